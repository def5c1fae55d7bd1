import { readConfig } from '../../src/config';
import { Database } from '../../src/neo4j';

/** Connects to the Neo4j that globalSetup provided (or the one NEO4J_URI names). */
export async function connectTestDatabase(): Promise<Database> {
  const config = readConfig();
  if (!config.neo4j) throw new Error('NEO4J_URI is not set: integration tests need globalSetup.');
  return Database.connect(config.neo4j, config.queryTimeoutMs);
}

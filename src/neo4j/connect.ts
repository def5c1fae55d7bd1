import type { Config } from '../config';
import { Database } from './database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';

/** A connected database plus, when this process started it, the embedded server. */
export interface Neo4jHandle {
  db: Database;
  embedded: EmbeddedNeo4j | null;
  uri: string;
  close(): Promise<void>;
}

/** NEO4J_URI set: connect to it. Unset: start the embedded Neo4j and connect to that. */
export async function connectNeo4j(config: Config): Promise<Neo4jHandle> {
  const embedded = config.neo4j ? null : await startEmbeddedNeo4j(config.embedded);
  const connection = config.neo4j ?? {
    uri: embedded!.uri,
    user: 'neo4j',
    password: embedded!.password,
  };
  let db: Database;
  try {
    db = await Database.connect(connection, config.queryTimeoutMs);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  embedded?.onAvailability((available) => db.setAvailable(available));
  return {
    db,
    embedded,
    uri: connection.uri,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

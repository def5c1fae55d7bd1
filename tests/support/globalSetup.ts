import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';

declare global {
  // The embedded server started for this test run, stopped in globalTeardown.
  var __TEST_NEO4J__: EmbeddedNeo4j | undefined;
}

/**
 * Gives every integration test a real Neo4j: NEO4J_URI when it is set, otherwise an
 * embedded one on a free port with a throwaway data directory. Workers inherit the URI
 * through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const base = readConfig({ ...process.env, NEO4J_URI: '' });
  const embedded = await startEmbeddedNeo4j({
    ...base.embedded,
    dataDir: mkdtempSync(join(tmpdir(), 'leshan-neo4j-test-')),
    boltPort: 0,
  });
  globalThis.__TEST_NEO4J__ = embedded;
  process.env.NEO4J_URI = embedded.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = 'unused';
}

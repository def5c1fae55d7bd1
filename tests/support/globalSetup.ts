import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';

declare global {
  // The embedded server started for this test run, stopped in globalTeardown.
  var __TEST_NEO4J__: EmbeddedNeo4j | undefined;
  // Its throwaway data directory, removed in globalTeardown.
  var __TEST_NEO4J_DIR__: string | undefined;
}

/**
 * Gives every integration test a real Neo4j: NEO4J_URI when it is set, otherwise an
 * embedded one on a free port with a throwaway data directory. Workers inherit the URI
 * through the environment. Jest runs it once per run, and only when an integration test
 * (the `integration` project) is selected.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const base = readConfig({ ...process.env, NEO4J_URI: '' });
  const dataDir = mkdtempSync(join(tmpdir(), 'leshan-neo4j-test-'));
  globalThis.__TEST_NEO4J_DIR__ = dataDir;
  try {
    globalThis.__TEST_NEO4J__ = await startEmbeddedNeo4j({
      ...base.embedded,
      dataDir,
      boltPort: 0,
    });
  } catch (error) {
    // Jest runs no teardown when the setup fails: the launcher's log is in the message.
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
  process.env.NEO4J_URI = globalThis.__TEST_NEO4J__.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = 'unused';
}

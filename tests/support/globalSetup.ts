import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';
import { connectTestDatabase } from './database';
import { ensureLeshanGraph } from './leshanGraph';

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
 *
 * It also loads the Leshan graph once, here, where no Jest timeout applies: the first load
 * on a cold server compiles every statement (33-61 s, and more, on a loaded machine), and
 * would otherwise fall on the hook of whichever file happens to run first.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) await startEmbedded();
  try {
    const db = await connectTestDatabase();
    try {
      await ensureLeshanGraph(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    // Jest runs no teardown when the setup fails.
    await globalThis.__TEST_NEO4J__?.stop();
    removeDataDir();
    throw error;
  }
}

async function startEmbedded(): Promise<void> {
  const base = readConfig({ ...process.env, NEO4J_URI: '' });
  globalThis.__TEST_NEO4J_DIR__ = mkdtempSync(join(tmpdir(), 'leshan-neo4j-test-'));
  try {
    globalThis.__TEST_NEO4J__ = await startEmbeddedNeo4j({
      ...base.embedded,
      dataDir: globalThis.__TEST_NEO4J_DIR__,
      boltPort: 0,
    });
  } catch (error) {
    // The launcher's log tail is in the message.
    removeDataDir();
    throw error;
  }
  process.env.NEO4J_URI = globalThis.__TEST_NEO4J__.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = globalThis.__TEST_NEO4J__.password;
}

export function removeDataDir(): void {
  const dataDir = globalThis.__TEST_NEO4J_DIR__;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
}

import { rmSync } from 'node:fs';

/** Stops the embedded Neo4j that globalSetup started, and removes its data directory. */
export default async function globalTeardown(): Promise<void> {
  try {
    await globalThis.__TEST_NEO4J__?.stop();
  } finally {
    const dataDir = globalThis.__TEST_NEO4J_DIR__;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

import { removeDataDir } from './globalSetup';

/** Stops the embedded Neo4j that globalSetup started, and removes its data directory. */
export default async function globalTeardown(): Promise<void> {
  try {
    await globalThis.__TEST_NEO4J__?.stop();
  } finally {
    removeDataDir();
  }
}

import { seedDatabase } from '../seed';
import { logger } from './logger';
import type { Database } from './neo4j';

/**
 * Loads the report's graph when the database lacks it or the seed changed (the graph
 * artifact's content hash differs from the one stored on the Document node). The build
 * runs first, so a broken annotation file stops the start with the database untouched.
 * Each step of the load is a log line, so a long cold load shows its progress.
 */
export async function ensureSeeded(db: Database): Promise<void> {
  const log = logger.child({ component: 'seed' });
  const started = Date.now();
  const result = await seedDatabase(db, { log: (line) => log.info(line) });
  log.info(
    {
      documentId: result.documentId,
      loaded: result.loaded,
      nodes: result.nodes,
      relationships: result.relationships,
      durationMs: Date.now() - started,
    },
    `seed: ${result.documentId} ${result.loaded ? 'loaded' : 'already up to date'}`,
  );
}

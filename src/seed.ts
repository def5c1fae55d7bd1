import { seedCorpus } from '../seed';
import { logger } from './logger';
import type { Database } from './neo4j';

/**
 * Loads every report of the corpus (the curated Leshan report and each seed/corpus
 * folder) whose graph the database lacks or holds stale (the graph artifact's content
 * hash differs from the one stored on its Document node). Each report is built before
 * anything loads; one that cannot be built is named with the reason and keeps its
 * previous graph, and the others load. Each step of the load is a log line, so a long
 * cold load shows its progress.
 */
export async function ensureSeeded(db: Database): Promise<void> {
  const log = logger.child({ component: 'seed' });
  const started = Date.now();
  const { loaded, refused } = await seedCorpus(db, { log: (line) => log.info(line) });
  for (const result of loaded) {
    log.info(
      {
        documentId: result.documentId,
        loaded: result.loaded,
        nodes: result.nodes,
        relationships: result.relationships,
      },
      `seed: ${result.documentId} ${result.loaded ? 'loaded' : 'already up to date'}`,
    );
  }
  for (const { name, reason } of refused) {
    log.warn({ report: name, reason }, `seed: ${name} refused; its previous graph, if any, stays`);
  }
  log.info(
    { reports: loaded.length, refused: refused.length, durationMs: Date.now() - started },
    `seed: ${loaded.length} report(s) in place, ${refused.length} refused`,
  );
}

import { seedCorpus } from '../seed';
import type { Database } from './neo4j';

/**
 * Loads every report of the corpus (the curated Leshan report and each seed/corpus
 * folder) whose graph the database lacks or holds stale (the graph artifact's content
 * hash differs from the one stored on its Document node). Each report is built before
 * anything loads; one that cannot be built is named with the reason and keeps its
 * previous graph, and the others load.
 */
export async function ensureSeeded(db: Database): Promise<void> {
  const { loaded, refused } = await seedCorpus(db);
  for (const result of loaded) {
    console.error(
      `seed: ${result.documentId} ${result.loaded ? 'loaded' : 'already up to date'} ` +
        `(${result.nodes} nodes, ${result.relationships} relationships)`,
    );
  }
  if (refused.length) {
    console.error(
      `seed: ${refused.length} report(s) refused: ${refused.map((r) => r.name).join(', ')}`,
    );
  }
}

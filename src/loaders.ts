import DataLoader from 'dataloader';
import type { Database, Params } from './neo4j';

/*
 * Why DataLoader: a GraphQL response is a tree, and resolving it field by field sends one
 * query per parent row (N+1). Each loader below collects every key its field asks for in
 * one tick of the event loop and answers them with a single `UNWIND $ids` statement, so
 * a request costs a number of Cypher round trips bounded by the depth of its query, never
 * by the number of rows. We chose this over compiling a whole GraphQL query into one
 * Cypher statement (as neo4j/graphql does) because each statement stays small, constant
 * and plan-cached, resolvers stay plain glue, and the research module can add fields
 * without touching a query compiler. Loaders live per request (context.ts), so their
 * caches never outlive a request or leak between users.
 */

/**
 * A per-request DataLoader over one Cypher statement that takes `$ids` (plus fixed
 * `params`) and returns rows `{id, <field>}`: every key asked for in one tick costs one
 * round trip, whatever the number of rows.
 */
export function batchBy<V>(
  db: Database,
  cypher: string,
  field: string,
  missing: V,
  params: Params = {},
) {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await db.read(cypher, { ...params, ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row[field] as V]));
    return ids.map((id) => byId.get(id) ?? missing);
  });
}

/**
 * One DataLoader per distinct set of field arguments (`mentions(first: 5)` and
 * `mentions(first: 10)` batch separately), made on first use within the request.
 */
export function batchByArgs<A, V>(make: (args: A) => DataLoader<string, V>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A): DataLoader<string, V> => {
    const key = JSON.stringify(args ?? null);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

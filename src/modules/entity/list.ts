import type { EntityOrder, EntityOrderField } from '../../generated/graphql';
import type { Database } from '../../neo4j';
import { encodeCursor, pageOf, pageRequest, type KeyValue, type PageArgs } from '../../pagination';
import { documentFor } from '../../documentScope';
import { compileFilter, CypherScope, type FilterName } from './filter';
import type { EntityLabel } from './labels';
import type { ConnectionModel, EntityModel } from './model';

/** Sort keys as Cypher expressions on `n`; none is ever null, so keyset comparisons hold. */
const SORT_KEYS: Record<EntityOrderField, string> = {
  ID: 'n.id',
  NAME: 'n.name',
  PINYIN: "coalesce(n.pinyin, '')",
  NAME_EN: "coalesce(n.nameEn, '')",
  KIND: "coalesce(n.kind, '')",
  MENTION_COUNT: 'COUNT { (n)-[:MENTIONED_IN]->() }',
  FIRST_MENTION:
    'coalesce(head(COLLECT { MATCH (n)-[m:MENTIONED_IN]->() RETURN m.start ORDER BY m.start LIMIT 1 }), 2147483647)',
};

const DEFAULT_ORDER: EntityOrder[] = [{ field: 'PINYIN', direction: 'ASC' }];

export interface ListArgs extends PageArgs {
  filter?: object | null;
  orderBy?: EntityOrder[] | null;
}

interface SortKey {
  alias: string;
  expression: string;
  ascending: boolean;
}

/** The order as given, then the id to break ties (every keyset needs a unique last key). */
function sortKeys(orderBy: EntityOrder[]): SortKey[] {
  const order = [...orderBy];
  if (order[order.length - 1]?.field !== 'ID') order.push({ field: 'ID', direction: 'ASC' });
  return order.map((o, i) => ({
    alias: `k${i}`,
    expression: SORT_KEYS[o.field],
    ascending: (o.direction ?? 'ASC') === 'ASC',
  }));
}

/**
 * Rows strictly after (or before) the cursor's key in the list's order:
 * k0 > c0 OR (k0 = c0 AND (k1 > c1 OR (k1 = c1 AND …))), with < for descending keys.
 */
function keysetPredicate(
  keys: SortKey[],
  cursor: KeyValue[],
  after: boolean,
  scope: CypherScope,
): string {
  const values = cursor.map((value) => scope.param(value));
  let predicate = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const operator = keys[i].ascending === after ? '>' : '<';
    const beyond = `${keys[i].alias} ${operator} ${values[i]}`;
    predicate = predicate
      ? `${beyond} OR (${keys[i].alias} = ${values[i]} AND (${predicate}))`
      : beyond;
  }
  return predicate;
}

export interface ListQuery {
  page: string;
  count: string;
  params: Record<string, unknown>;
  /** The filter gives a section label with no document: set `$defaultDocument` before running. */
  needsDefaultDocument: boolean;
}

/** Builds the page and count statements of a list; exported for the compiler's unit tests. */
export function listQuery(
  label: EntityLabel | 'Entity',
  filterName: FilterName,
  args: ListArgs,
  maxPageSize: number,
) {
  const orderBy = args.orderBy?.length ? args.orderBy : DEFAULT_ORDER;
  const keys = sortKeys(orderBy);
  const signature = orderBy.map((o) => `${o.field}:${o.direction ?? 'ASC'}`).join(',');
  const request = pageRequest(args, maxPageSize, signature, keys.length);

  const scope = new CypherScope();
  const filter = compileFilter(
    filterName,
    args.filter as Record<string, unknown> | null,
    { node: 'n' },
    scope,
  );
  const bounds: string[] = [];
  if (request.after) bounds.push(keysetPredicate(keys, request.after, true, scope));
  if (request.before) bounds.push(keysetPredicate(keys, request.before, false, scope));
  const limit = scope.param(request.size + 1);
  const readOrder = keys
    .map((k) => `${k.alias} ${k.ascending !== request.backward ? 'ASC' : 'DESC'}`)
    .join(', ');

  const page = [
    `MATCH (n:${label})`,
    `WHERE ${filter}`,
    `WITH n, ${keys.map((k) => `${k.expression} AS ${k.alias}`).join(', ')}`,
    ...(bounds.length ? [`WHERE ${bounds.map((b) => `(${b})`).join(' AND ')}`] : []),
    `ORDER BY ${readOrder}`,
    `LIMIT toInteger(${limit})`,
    `RETURN n {.*, labels: labels(n)} AS node, [${keys.map((k) => k.alias).join(', ')}] AS key`,
  ].join('\n');
  const count = [`MATCH (n:${label})`, `WHERE ${filter}`, 'RETURN count(n) AS total'].join('\n');
  const query: ListQuery = {
    page,
    count,
    params: scope.params,
    needsDefaultDocument: scope.needsDefaultDocument,
  };
  return { query, request, signature };
}

/**
 * One page of a list as a Relay connection; the count runs only if `totalCount` is asked.
 * `documentIds` is read only when a section label needs the document it stands in.
 */
export async function listEntities(
  db: Database,
  label: EntityLabel | 'Entity',
  filterName: FilterName,
  args: ListArgs,
  maxPageSize: number,
  documentIds: () => Promise<readonly string[]>,
): Promise<ConnectionModel> {
  const { query, request, signature } = listQuery(label, filterName, args, maxPageSize);
  if (query.needsDefaultDocument) {
    query.params.defaultDocument = await documentFor(null, documentIds, 'mentionedInDocument');
  }
  const rows = await db.read<{ node: EntityModel; key: KeyValue[] }>(query.page, query.params);
  const { edges, pageInfo } = pageOf(rows, request, (row) => encodeCursor(signature, row.key));
  let total: Promise<number> | undefined;
  return {
    edges: edges.map(({ row, cursor }) => ({ cursor, node: row.node })),
    pageInfo,
    totalCount: () =>
      (total ??= db
        .read<{ total: number }>(query.count, query.params)
        .then((r) => r[0]?.total ?? 0)),
  };
}

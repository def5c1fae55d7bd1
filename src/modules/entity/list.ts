import type { EntityOrder, EntityOrderField, OrderVia } from '../../generated/graphql';
import { badInput } from '../../errors';
import type { Database } from '../../neo4j';
import { encodeCursor, pageOf, pageRequest, type KeyValue, type PageArgs } from '../../pagination';
import { documentFor } from '../../documentScope';
import {
  anchorLookup,
  anchorOf,
  ARROWS,
  compileFilter,
  CypherScope,
  type FilterName,
} from './filter';
import { ENTITY_RELATION_TYPES, LABEL_OF_TYPE, type EntityLabel } from './labels';
import type { ConnectionModel, EntityModel } from './model';

/** Keys of an entity `e` that a list can sort by, directly or through `via`. */
const ENTITY_KEYS = {
  ID: (e: string) => `${e}.id`,
  NAME: (e: string) => `${e}.name`,
  PINYIN: (e: string) => `coalesce(${e}.pinyin, '')`,
  NAME_EN: (e: string) => `coalesce(${e}.nameEn, '')`,
  KIND: (e: string) => `coalesce(${e}.kind, '')`,
} as const;

/** Sort keys on `n` alone; none is ever null, so keyset comparisons hold. */
const OWN_KEYS: Record<Exclude<EntityOrderField, keyof typeof ENTITY_KEYS>, string> = {
  MENTION_COUNT: 'COUNT { (n)-[:MENTIONED_IN]->() }',
  FIRST_MENTION:
    'coalesce(head(COLLECT { MATCH (n)-[m:MENTIONED_IN]->() RETURN m.start ORDER BY m.start LIMIT 1 }), 2147483647)',
  RELATION_COUNT: 'COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $entityRelationTypes }',
};

/**
 * A key read through relationships: their count, or the smallest (ascending) or largest
 * (descending) key of the entities they reach, with a sentinel that sorts entities that
 * have none last, so that the key is never null.
 */
function viaKey(
  field: EntityOrderField,
  via: OrderVia,
  ascending: boolean,
  index: number,
  scope: CypherScope,
): string {
  const [left, right] = ARROWS[via.direction ?? 'BOTH'];
  const types = scope.param(via.types?.length ? via.types : ENTITY_RELATION_TYPES);
  const r = `sortRel${index}`;
  const m = `sortNode${index}`;
  const target = via.entityType?.length
    ? ` AND any(label IN labels(${m}) WHERE label IN ${scope.param(via.entityType.map((t) => LABEL_OF_TYPE[t]))})`
    : '';
  const pattern = `(n)${left}[${r}]${right}(${m}:Entity) WHERE type(${r}) IN ${types}${target}`;
  if (field === 'RELATION_COUNT') return `COUNT { MATCH ${pattern} }`;
  if (field === 'MENTION_COUNT' || field === 'FIRST_MENTION') {
    throw badInput(
      `orderBy ${field} takes no \`via\`: sort by RELATION_COUNT, ID, NAME, PINYIN, NAME_EN or KIND of related entities.`,
      'orderBy',
    );
  }
  const key = ENTITY_KEYS[field](m);
  const sentinel = ascending ? "'\uffff'" : "''";
  return `coalesce(head(COLLECT { MATCH ${pattern} RETURN ${key} AS key ORDER BY key ${ascending ? 'ASC' : 'DESC'} LIMIT 1 }), ${sentinel})`;
}

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
function sortKeys(orderBy: EntityOrder[], scope: CypherScope): SortKey[] {
  const order = [...orderBy];
  const last = order[order.length - 1];
  if (last?.field !== 'ID' || last.via) order.push({ field: 'ID', direction: 'ASC' });
  return order.map((o, i) => {
    const ascending = (o.direction ?? 'ASC') === 'ASC';
    let expression: string;
    if (o.via) expression = viaKey(o.field, o.via, ascending, i, scope);
    else if (o.field in ENTITY_KEYS)
      expression = ENTITY_KEYS[o.field as keyof typeof ENTITY_KEYS]('n');
    else expression = OWN_KEYS[o.field as keyof typeof OWN_KEYS];
    if (o.field === 'RELATION_COUNT' && !o.via)
      scope.params.entityRelationTypes = ENTITY_RELATION_TYPES;
    return { alias: `k${i}`, expression, ascending };
  });
}

/** What a cursor is valid for: the keys, their directions and what they follow. */
function orderSignature(orderBy: EntityOrder[]): string {
  return orderBy
    .map((o) => {
      const via = o.via
        ? `@${o.via.direction ?? 'BOTH'}:${(o.via.types ?? []).join('|')}:${(o.via.entityType ?? []).join('|')}`
        : '';
      return `${o.field}${via}:${o.direction ?? 'ASC'}`;
    })
    .join(',');
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
  const scope = new CypherScope();
  const keys = sortKeys(orderBy, scope);
  const signature = orderSignature(orderBy);
  const request = pageRequest(args, maxPageSize, signature, keys.length);

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

  // Rows reached from the entity the filter names, when it names one; else every row.
  const anchor = anchorOf(filterName, args.filter as Record<string, unknown> | null);
  const rows = anchor
    ? [
        anchorLookup(anchor, 'anchor', scope),
        `MATCH ${anchor.path('n', 'anchor')}`,
        `WITH DISTINCT n WHERE n:${label}`,
        'WITH n',
      ]
    : [`MATCH (n:${label})`];
  const page = [
    ...rows,
    `WHERE ${filter}`,
    `WITH n, ${keys.map((k) => `${k.expression} AS ${k.alias}`).join(', ')}`,
    ...(bounds.length ? [`WHERE ${bounds.map((b) => `(${b})`).join(' AND ')}`] : []),
    `ORDER BY ${readOrder}`,
    `LIMIT toInteger(${limit})`,
    `RETURN n {.*, labels: labels(n)} AS node, [${keys.map((k) => k.alias).join(', ')}] AS key`,
  ].join('\n');
  const count = [...rows, `WHERE ${filter}`, 'RETURN count(n) AS total'].join('\n');
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

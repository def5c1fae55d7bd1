import { ENTITY_LABELS, type EntityLabel } from './labels';

/** Named, parameterised Cypher for entities. `n {.*, labels: labels(n)}` is an EntityModel. */

export const entitiesById = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, labels: labels(n)} AS entity`;

/** Mentions in document order, the first `$first` of each entity. */
export const mentionsByEntity = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[m:MENTIONED_IN]->(t)
WITH id, m, t ORDER BY m.start
WITH id, collect({
  surface: m.surface, start: m.start, end: m.end, inHeading: t:Section,
  paragraph: CASE WHEN t:Paragraph THEN t {.*} END,
  sectionId: CASE WHEN t:Section THEN t.id ELSE t.sectionId END
}) AS mentions
RETURN id, mentions[..toInteger($first)] AS mentions`;

export const mentionCountByEntity = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)-[:MENTIONED_IN]->() } AS count`;

export const footnotesByEntity = `
UNWIND $ids AS id
MATCH (f:Footnote)-[:ANNOTATES]->(:Entity {id: id})
WITH id, f ORDER BY f.ordinal
RETURN id, collect(f {.*}) AS footnotes`;

/**
 * A link's place in its list, which its cursor encodes: where the text states it, its
 * type, the entity at the other end, then both ends (two links to one entity, through
 * two sub-industries, differ there). Every link list is in this order.
 */
export const LINK_KEYS = [
  'coalesce(r.start, 2147483647)',
  'type(r)',
  'n.id',
  'startNode(r).id',
  'endNode(r).id',
];
const LINK_KEY = `[${LINK_KEYS.join(', ')}]`;

/** The link record every link query returns (a LinkModel). */
const LINK = `{type: type(r), direction: direction, props: properties(r), key: ${LINK_KEY},
  node: n {.*, labels: labels(n)}, from: a {.*, labels: labels(a)}, to: b {.*, labels: labels(b)}}`;

const ORDER_LINKS = `ORDER BY ${LINK_KEYS.join(', ')}`;

/** Every relationship between entities of the given `$types`, by direction. */
export const relationsByEntity = {
  OUT: `
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r]->(n:Entity) WHERE type(r) IN $types
WITH id, r, n, s AS a, n AS b, 'OUT' AS direction ${ORDER_LINKS}
RETURN id, collect(${LINK}) AS links`,
  IN: `
UNWIND $ids AS id
MATCH (s:Entity {id: id})<-[r]-(n:Entity) WHERE type(r) IN $types
WITH id, r, n, n AS a, s AS b, 'IN' AS direction ${ORDER_LINKS}
RETURN id, collect(${LINK}) AS links`,
  BOTH: `
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r]-(n:Entity) WHERE type(r) IN $types
WITH id, r, n, startNode(r) AS a, endNode(r) AS b
WITH id, r, n, a, b, CASE WHEN a = n THEN 'IN' ELSE 'OUT' END AS direction ${ORDER_LINKS}
RETURN id, collect(${LINK}) AS links`,
} as const;

/**
 * A typed relationship field, e.g. Project.industries = IN_INDUSTRY, OUT, to Industry.
 * Every spec is a constant of this codebase; `through` is a fixed path fragment walked
 * from the entity first (sub-industries for `includeSubIndustries`).
 */
export interface LinkSpec {
  type: string;
  direction: 'OUT' | 'IN';
  target: EntityLabel | 'Entity';
  through?: string;
}

/**
 * What narrows a typed relationship field: a predicate on the entity at the other end
 * (`n`), one on the link's key (`after`), and a number of links per entity
 * (`$first`). Each is a fixed fragment or absent; values are parameters.
 */
export interface LinkNarrowing {
  where?: string;
  after?: string;
  first?: boolean;
}

export function linkQuery(spec: LinkSpec, narrowing: LinkNarrowing = {}): string {
  const [left, right] = spec.direction === 'OUT' ? ['-', '->'] : ['<-', '-'];
  const [start, end] = spec.direction === 'OUT' ? ['m', 'n'] : ['n', 'm'];
  const origin = spec.through ? `(:Entity {id: id})${spec.through}(m)` : '(m:Entity {id: id})';
  const conditions = [narrowing.where, narrowing.after].filter(Boolean);
  const where = conditions.length ? `\nWHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';
  const links = narrowing.first ? `collect(${LINK})[..toInteger($first)]` : `collect(${LINK})`;
  return `
UNWIND $ids AS id
MATCH ${origin}${left}[r:${spec.type}]${right}(n:${spec.target})${where}
WITH DISTINCT id, r, n, ${start} AS a, ${end} AS b, '${spec.direction}' AS direction ${ORDER_LINKS}
RETURN id, ${links} AS links`;
}

/** Entities of one label whose name or an alias is `$name`, canonical-name matches first. */
export const entitiesByName = Object.fromEntries(
  [...ENTITY_LABELS, 'Entity'].map((label) => [
    label,
    `
MATCH (n:${label})
WHERE n.name = $name OR $name IN coalesce(n.aliases, [])
RETURN n {.*, labels: labels(n)} AS entity
ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 1 END, n.id`,
  ]),
) as Record<EntityLabel | 'Entity', string>;

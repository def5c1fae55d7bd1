/**
 * Named, parameterised Cypher for the research queries. Every text is a constant: values
 * arrive as $parameters, and the hop bounds that Cypher cannot take as parameters are
 * written into one fixed text per depth (1–3) and per path length (1–6), chosen from a
 * map by a validated integer, never built from a request.
 */
import { HIERARCHY_HOPS } from '../entity/hierarchy';
import { statusPhases } from '../entity/phases';
import { RESEARCH_LIMITS } from './limits';

/** What a slice needs of a node, whatever its label (see graphSlice.ts, SliceNodeRow). */
const sliceNode = (n: string) =>
  `{id: ${n}.id, labels: labels(${n}), name: ${n}.name, nameEn: ${n}.nameEn, ` +
  `kind: ${n}.kind, lead: ${n}.lead, excerpt: left(${n}.text, 60), label: ${n}.label, ` +
  `title: ${n}.title, number: ${n}.number, order: ${n}.order, year: ${n}.year, ` +
  `phase: ${n}.phase, wording: ${n}.wording, anomaly: ${n}.anomaly}`;

/** What a slice needs of a relationship: its ends by id and its evidence. */
const sliceEdge = (r: string) =>
  `{id: coalesce(${r}.id, type(${r}) + ':' + startNode(${r}).id + '->' + endNode(${r}).id), ` +
  `type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, ` +
  `paragraphId: ${r}.paragraphId, start: ${r}.start, end: ${r}.end, quote: ${r}.quote, surface: ${r}.surface}`;

// ---------------------------------------------------------------------------------------
// Search

/** Entities by the full-text index over names, aliases, English names and pinyin. */
export const entitySearch = `
CALL db.index.fulltext.queryNodes('entitySearch', $lucene) YIELD node, score
WHERE node:Entity AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
RETURN node {.*, labels: labels(node)} AS entity, score
LIMIT toInteger($candidates)`;

/**
 * One or two characters: the cjk analyzer indexes character pairs, so a single character
 * matches nothing there. Names and aliases that contain the text, English names and
 * pinyin that start with it (or have a word that does). The closest first, so the
 * candidate limit cuts the weakest.
 */
export const entitySearchShort = `
MATCH (node:Entity)
WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  AND (node.name CONTAINS $text
    OR any(alias IN coalesce(node.aliases, []) WHERE alias CONTAINS $text)
    OR toLower(node.nameEn) STARTS WITH $lower
    OR toLower(node.nameEn) CONTAINS (' ' + $lower)
    OR node.pinyinCompact STARTS WITH $lower)
WITH node, CASE
    WHEN node.name = $text THEN 0
    WHEN $text IN coalesce(node.aliases, []) THEN 1
    WHEN node.name STARTS WITH $text THEN 2
    ELSE 3 END AS closeness
ORDER BY closeness, size(node.name), node.id
RETURN node {.*, labels: labels(node)} AS entity, 0.0 AS score
LIMIT toInteger($candidates)`;

/** Paragraphs by the full-text index over their text. */
export const passageSearch = `
CALL db.index.fulltext.queryNodes('paragraphText', $lucene) YIELD node, score
WHERE node:Paragraph
RETURN node {.*} AS paragraph, score
LIMIT toInteger($candidates)`;

/** One or two characters: paragraphs whose text (page breaks removed) contains them. */
export const passageSearchShort = `
MATCH (node:Paragraph)
WHERE coalesce(node.plainText, node.text) CONTAINS $text
RETURN node {.*} AS paragraph, 1.0 AS score
ORDER BY node.order
LIMIT toInteger($candidates)`;

// ---------------------------------------------------------------------------------------
// Graph slices

/**
 * The nodes at exactly `depth` hops from the centre, found from the ring before: each
 * ring is a breadth-first step, so a node is reached once however many paths lead to it,
 * and no ring holds more than the node budget. A ring is skipped once the budget is spent.
 */
function ring(depth: number): string {
  const before = Array.from({ length: depth - 1 }, (_, i) => `ring${i + 1}`);
  const previous = depth === 1 ? null : `ring${depth - 1}`;
  const imports = ['center', ...before].join(', ');
  const seen = before.map((name) => ` AND NOT n IN ${name}`).join('');
  const start =
    previous === null
      ? `  MATCH (center)-[r]-(n)`
      : `  WITH * WHERE ${before.map((name) => `size(${name})`).join(' + ')} < $limit\n` +
        `  UNWIND ${previous} AS m\n  MATCH (m)-[r]-(n)`;
  return `
CALL (${imports}) {
${start}
  WHERE type(r) IN $types AND n <> center${seen}
  WITH DISTINCT n ORDER BY n.id LIMIT toInteger($limit)
  RETURN collect(n) AS ring${depth}
}`;
}

function neighborhoodAt(depth: number): string {
  const rings = Array.from({ length: depth }, (_, i) => `ring${i + 1}`);
  return `
MATCH (center:Entity {id: $id})${rings.map((_, i) => ring(i + 1)).join('')}
WITH [center] + ${rings.join(' + ')} AS reached
WITH reached[..toInteger($limit)] AS kept, size(reached) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN kept
  WITH r ORDER BY r.id LIMIT toInteger($edgeLimit)
  RETURN collect(r) AS rels
}
RETURN [n IN kept | ${sliceNode('n')}] AS nodes,
       [r IN rels | ${sliceEdge('r')}] AS edges,
       truncated`;
}

/** The neighbourhood of an entity, one text per depth. */
export const neighborhoodByDepth: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(
    Array.from({ length: RESEARCH_LIMITS.neighborhoodDepth }, (_, i) => [
      i + 1,
      neighborhoodAt(i + 1),
    ]),
  ),
);

/** How many shortest paths are looked at before the few returned are chosen. */
export const PATH_SCAN = 1000;

function pathsWithin(maxHops: number): string {
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p LIMIT ${PATH_SCAN}
  WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT toInteger($fetch)
  RETURN collect({nodes: [n IN nodes(p) | ${sliceNode('n')}],
                  edges: [r IN relationships(p) | ${sliceEdge('r')}]}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       CASE WHEN a IS NULL THEN null ELSE ${sliceNode('a')} END AS from,
       paths`;
}

/** The shortest paths between two entities, one text per hop bound. */
export const pathsByMaxHops: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(
    Array.from({ length: RESEARCH_LIMITS.pathHops }, (_, i) => [i + 1, pathsWithin(i + 1)]),
  ),
);

// ---------------------------------------------------------------------------------------
// Grouped counts

export const entitiesByType = `
MATCH (e:Entity)
UNWIND labels(e) AS label
WITH label WHERE label IN $entityLabels
RETURN label, count(*) AS count`;

export const entitiesByKind = `
MATCH (e:Entity)
UNWIND labels(e) AS label
WITH e, label WHERE label IN $entityLabels AND e.kind IS NOT NULL
RETURN label, e.kind AS kind, count(*) AS count
ORDER BY label, count DESC, kind`;

/**
 * Projects per county-level division: located in it directly, or in a division or place
 * that is part of it or located in it (as the projects filter's \`county\` reads).
 */
export const projectsByCounty = `
MATCH (c:Entity:AdminDivision) WHERE c.kind IN $countyKinds
OPTIONAL MATCH (p:Entity:Project)-[:LOCATED_IN]->()-[:PART_OF|LOCATED_IN${HIERARCHY_HOPS}]->(c)
WITH c, count(DISTINCT p) AS count
RETURN c {.*, labels: labels(c)} AS entity, count
ORDER BY count DESC, c.pinyin, c.id`;

/** Projects per industry: in it directly or in an industry that is part of it (as the filter reads). */
export const projectsByIndustry = `
MATCH (p:Entity:Project)-[:IN_INDUSTRY]->(:Industry)-[:PART_OF${HIERARCHY_HOPS}]->(i:Entity:Industry)
WITH i, count(DISTINCT p) AS count
RETURN i {.*, labels: labels(i)} AS entity, count
ORDER BY count DESC, i.pinyin, i.id`;

/**
 * Projects per year and phase, each status read as the project filter's year and phase
 * read it (on the Status node or its edge; 竣工投产 under completed and in_operation
 * both, through statusPhases). $completedAndOperating is COMPLETED_AND_OPERATING.
 */
export const projectsByPhase = `
MATCH (p:Entity:Project)-[r:HAS_STATUS]->(s:Status)
WITH p, coalesce(s.year, r.year) AS year, coalesce(s.phase, r.phase) AS phase,
     coalesce(s.wording, r.wording) AS wording
UNWIND ${statusPhases('phase', 'wording', '$completedAndOperating')} AS counted
WITH year, counted AS phase, count(DISTINCT p) AS count
WHERE year IS NOT NULL AND phase IS NOT NULL
RETURN year, phase, count
ORDER BY year, phase`;

export const projectsByYear = `
MATCH (p:Entity:Project)-[r:HAS_STATUS]->(s:Status)
WITH coalesce(s.year, r.year) AS year, count(DISTINCT p) AS count
WHERE year IS NOT NULL
RETURN year, count
ORDER BY year`;

export const policiesByKind = `
MATCH (p:Entity:Policy)
WITH p.kind AS kind, count(*) AS count
WHERE kind IS NOT NULL
RETURN kind, count
ORDER BY count DESC, kind`;

/** Every section in document order, with the markers in the paragraphs it holds directly. */
export const footnotesBySection = `
MATCH (s:Section)
OPTIONAL MATCH (s)-[:HAS_PARAGRAPH]->(:Paragraph)<-[:IN]-(f:Footnote)
WITH s, count(DISTINCT f) AS count
RETURN s {.*} AS section, count
ORDER BY s.documentId, s.start, s.id`;

// ---------------------------------------------------------------------------------------
// Search by other readings (see pinyinReadings.ts)

/** Every entity's name, for matching pinyin against all readings of its characters. */
export const entityNames = `
MATCH (node:Entity)
RETURN node.id AS id, node.name AS name, labels(node) AS labels`;

export const entitiesById = `
UNWIND $ids AS id
MATCH (node:Entity {id: id})
RETURN node {.*, labels: labels(node)} AS entity, 0.0 AS score`;

/**
 * The exporters' Cypher: constant text, every value a parameter. Nodes are matched by the
 * seed's labels (so a scan is a label scan and a lookup by id an index seek) and read
 * generically (labels, type, all properties), so an export holds whatever the seed
 * loaded, structure included.
 */
import { ID_LABELS } from '../../seed/vocabulary';
import { nodeByIdSubquery } from '../nodeById';

/** Label expression matching any node of the graph, e.g. `Entity|Document|Section…`. */
const anyNodeLabel = ID_LABELS.join('|');

const nodeById = `\n${nodeByIdSubquery(ID_LABELS)}`;

export const allNodes = `
MATCH (n:${anyNodeLabel})
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

export const allRelationships = `
MATCH (s:${anyNodeLabel})-[r]->(t:${anyNodeLabel})
RETURN r.id AS id, type(r) AS type, coalesce(s.id, elementId(s)) AS source,
       coalesce(t.id, elementId(t)) AS target, properties(r) AS properties
ORDER BY type, source, target, id`;

/** The reports in the graph, which name an export and its files. */
export const documents = `
MATCH (d:Document)
RETURN d.slug AS slug, d.title AS title, d.region AS region
ORDER BY d.id`;

export const nodesByIds = `
UNWIND $ids AS id${nodeById}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

/** The relationships of the given types among the given nodes, each once (from its start). */
export const relationshipsAmong = `
UNWIND $ids AS id${nodeById}
MATCH (n)-[r]->(t)
WHERE type(r) IN $types AND t.id IN $ids
RETURN r.id AS id, type(r) AS type, n.id AS source, t.id AS target, properties(r) AS properties
ORDER BY type, source, target, id`;

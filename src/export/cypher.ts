/**
 * The exporters' Cypher: constant text, every value a parameter. Nodes and relationships
 * are read generically (labels, type, all properties), so an export holds whatever the
 * seed loaded, structure included.
 */

export const allNodes = `
MATCH (n)
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

export const allRelationships = `
MATCH (s)-[r]->(t)
RETURN r.id AS id, type(r) AS type, coalesce(s.id, elementId(s)) AS source,
       coalesce(t.id, elementId(t)) AS target, properties(r) AS properties
ORDER BY type, source, target, id`;

export const nodeExists = `
MATCH (n {id: $id})
RETURN n.id AS id
LIMIT 1`;

// One hop of a neighbourhood: the neighbours of the frontier, either direction, over
// the given relationship types.
export const neighboursOf = `
MATCH (n)-[r]-(m)
WHERE n.id IN $frontier AND type(r) IN $types AND m.id IS NOT NULL
RETURN DISTINCT m.id AS id
ORDER BY id`;

export const nodesByIds = `
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

export const relationshipsAmong = `
MATCH (s)-[r]->(t)
WHERE s.id IN $ids AND t.id IN $ids AND type(r) IN $types
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS properties
ORDER BY type, source, target, id`;

import type { LinkSpec } from '../entity/cypher';

/** Named, parameterised Cypher for indicators and their observations. */

export const observationsByIndicator = `
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:HAS_OBSERVATION]->(o:Observation)
WITH id, o ORDER BY o.year, o.kind, o.start
RETURN id, collect(o {.*}) AS observations`;

export const links = {
  measures: { type: 'MEASURES', direction: 'OUT', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

/**
 * Each indicator's observations per document, indicators in the order the text names
 * them; $document and $indicators (ids) narrow it when not null.
 */
export const indicatorObservations = `
MATCH (d:Document) WHERE $document IS NULL OR d.id = $document
MATCH (i:Entity:Indicator)-[:HAS_OBSERVATION]->(o:Observation {documentId: d.id})
WHERE $indicators IS NULL OR i.id IN $indicators
WITH d, i, collect(o {.*}) AS observations, min(o.start) AS firstAt
RETURN d {.*} AS document, i {.*, labels: labels(i)} AS indicator, observations
ORDER BY d.id, firstAt, i.id`;

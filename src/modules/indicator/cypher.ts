import type { LinkSpec } from '../entity/cypher';

/** Named, parameterised Cypher for indicators and their observations. */

export const observationsByIndicator = `
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:HAS_OBSERVATION]->(o:Observation)
WITH id, o ORDER BY o.year, o.kind, o.start
RETURN id, collect(o {.*}) AS observations`;

/** Indicators with values, in the order the text first names them. */
export const indicatorsWithObservations = `
MATCH (n:Indicator) WHERE EXISTS { (n)-[:HAS_OBSERVATION]->(:Observation) }
WITH n, coalesce(head(COLLECT {
  MATCH (n)-[:HAS_OBSERVATION]->(o:Observation) RETURN o.start ORDER BY o.start LIMIT 1
}), 2147483647) AS first
RETURN n {.*, labels: labels(n)} AS entity ORDER BY first, n.id`;

/** The year a report reports on: the first of its years. */
export const reportedYear = `
MATCH (d:Document) WHERE size(coalesce(d.years, [])) > 0
RETURN min(d.years[0]) AS year`;

export const links = {
  measures: { type: 'MEASURES', direction: 'OUT', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

export const indicatorByObservation = `
UNWIND $ids AS id
MATCH (n:Indicator)-[:HAS_OBSERVATION]->(:Observation {id: id})
RETURN id, n {.*, labels: labels(n)} AS entity`;

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

import type { LinkSpec } from '../entity/cypher';

/** The relationship fields of Project (see entity/cypher.ts linkQuery). */
export const links = {
  industries: { type: 'IN_INDUSTRY', direction: 'OUT', target: 'Industry' },
  locatedIn: { type: 'LOCATED_IN', direction: 'OUT', target: 'Entity' },
  adminDivisions: { type: 'LOCATED_IN', direction: 'OUT', target: 'AdminDivision' },
  undertakenBy: { type: 'UNDERTAKEN_BY', direction: 'OUT', target: 'Organization' },
  fundedBy: { type: 'FUNDED_BY', direction: 'OUT', target: 'Policy' },
  supportedBy: { type: 'SUPPORTS', direction: 'IN', target: 'Policy' },
  partOf: { type: 'PART_OF', direction: 'OUT', target: 'Project' },
  parts: { type: 'PART_OF', direction: 'IN', target: 'Project' },
  indicators: { type: 'MEASURES', direction: 'IN', target: 'Indicator' },
} as const satisfies Record<string, LinkSpec>;

/** Statuses by year, then in the order the text states them. */
export const statusesByProject = `
UNWIND $ids AS id
MATCH (:Project {id: id})-[r:HAS_STATUS]->(s:Status)
WITH id, r, s ORDER BY coalesce(s.year, r.year), r.start
RETURN id, collect({
  year: coalesce(s.year, r.year), phase: coalesce(s.phase, r.phase),
  wording: coalesce(r.wording, s.wording), commitment: coalesce(r.commitment, s.commitment),
  evidence: CASE WHEN r.quote IS NULL THEN null
    ELSE {quote: r.quote, start: r.start, end: r.end, paragraphId: r.paragraphId} END
}) AS statuses`;

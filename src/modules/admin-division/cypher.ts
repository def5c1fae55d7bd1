import type { LinkSpec } from '../entity/cypher';
import { HIERARCHY_HOPS } from '../entity/hierarchy';

/** The relationship fields of AdminDivision (see entity/cypher.ts linkQuery). */
export const links = {
  projects: { type: 'LOCATED_IN', direction: 'IN', target: 'Project' },
  /** Projects in the division or in a division or place inside it. */
  projectsIncludingParts: {
    type: 'LOCATED_IN',
    direction: 'IN',
    target: 'Project',
    through: `<-[:PART_OF|LOCATED_IN${HIERARCHY_HOPS}]-`,
  },
  organizations: { type: 'LOCATED_IN', direction: 'IN', target: 'Organization' },
  places: { type: 'LOCATED_IN', direction: 'IN', target: 'Place' },
  partOf: { type: 'PART_OF', direction: 'OUT', target: 'AdminDivision' },
  parts: { type: 'PART_OF', direction: 'IN', target: 'AdminDivision' },
  supportedBy: { type: 'SUPPORTS', direction: 'IN', target: 'Policy' },
  seeks: { type: 'SEEKS', direction: 'OUT', target: 'Entity' },
  pilots: { type: 'PILOTED_IN', direction: 'IN', target: 'Policy' },
  hosts: { type: 'HOSTS', direction: 'OUT', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

export const divisionByCode = `
MATCH (n:AdminDivision {code: $code})
RETURN n {.*, labels: labels(n)} AS entity ORDER BY n.id LIMIT 1`;

import type { LinkSpec } from '../entity/cypher';

/** The relationship fields of Organization (see entity/cypher.ts linkQuery). */
export const links = {
  projects: { type: 'UNDERTAKEN_BY', direction: 'IN', target: 'Project' },
  industries: { type: 'IN_INDUSTRY', direction: 'OUT', target: 'Industry' },
  locatedIn: { type: 'LOCATED_IN', direction: 'OUT', target: 'Entity' },
  supportedBy: { type: 'SUPPORTS', direction: 'IN', target: 'Policy' },
} as const satisfies Record<string, LinkSpec>;

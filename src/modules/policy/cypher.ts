import type { LinkSpec } from '../entity/cypher';

/** The relationship fields of Policy (see entity/cypher.ts linkQuery). */
export const links = {
  supports: { type: 'SUPPORTS', direction: 'OUT', target: 'Entity' },
  funds: { type: 'FUNDED_BY', direction: 'IN', target: 'Project' },
  soughtBy: { type: 'SEEKS', direction: 'IN', target: 'Entity' },
  pilotedIn: { type: 'PILOTED_IN', direction: 'OUT', target: 'AdminDivision' },
  targets: { type: 'TARGETS', direction: 'OUT', target: 'Entity' },
  designates: { type: 'DESIGNATED_AS', direction: 'IN', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

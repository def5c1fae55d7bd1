import type { LinkSpec } from '../entity/cypher';

/** The relationship fields of Place (see entity/cypher.ts linkQuery). */
export const links = {
  locatedIn: { type: 'LOCATED_IN', direction: 'OUT', target: 'Entity' },
  contains: { type: 'LOCATED_IN', direction: 'IN', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

import type { LinkSpec } from '../entity/cypher';

/** The relationship fields of Event (see entity/cypher.ts linkQuery). */
export const links = {
  locatedIn: { type: 'LOCATED_IN', direction: 'OUT', target: 'Entity' },
  hostedBy: { type: 'HOSTS', direction: 'IN', target: 'Entity' },
  participants: { type: 'PARTICIPATES_IN', direction: 'IN', target: 'Entity' },
} as const satisfies Record<string, LinkSpec>;

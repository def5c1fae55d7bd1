import type { LinkSpec } from '../entity/cypher';
import { HIERARCHY_HOPS } from '../entity/hierarchy';

/** Industries that are part of this one (up to HIERARCHY_DEPTH), and the industry itself. */
const SUB_INDUSTRIES = `<-[:PART_OF${HIERARCHY_HOPS}]-`;

/** The relationship fields of Industry (see entity/cypher.ts linkQuery). */
export const links = {
  projects: { type: 'IN_INDUSTRY', direction: 'IN', target: 'Project' },
  projectsIncludingSubIndustries: {
    type: 'IN_INDUSTRY',
    direction: 'IN',
    target: 'Project',
    through: SUB_INDUSTRIES,
  },
  organizations: { type: 'IN_INDUSTRY', direction: 'IN', target: 'Organization' },
  organizationsIncludingSubIndustries: {
    type: 'IN_INDUSTRY',
    direction: 'IN',
    target: 'Organization',
    through: SUB_INDUSTRIES,
  },
  partOf: { type: 'PART_OF', direction: 'OUT', target: 'Industry' },
  subIndustries: { type: 'PART_OF', direction: 'IN', target: 'Industry' },
  supportedBy: { type: 'SUPPORTS', direction: 'IN', target: 'Policy' },
  indicators: { type: 'MEASURES', direction: 'IN', target: 'Indicator' },
  designatedAs: { type: 'DESIGNATED_AS', direction: 'OUT', target: 'Policy' },
} as const satisfies Record<string, LinkSpec>;

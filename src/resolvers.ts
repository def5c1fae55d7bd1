import type { Resolvers } from './generated/graphql';
import { adminDivisionResolvers } from './modules/admin-division/resolvers';
import { documentResolvers } from './modules/document/resolvers';
import { entityResolvers } from './modules/entity/resolvers';
import { eventResolvers } from './modules/event/resolvers';
import { footnoteResolvers } from './modules/footnote/resolvers';
import { indicatorResolvers } from './modules/indicator/resolvers';
import { industryResolvers } from './modules/industry/resolvers';
import { nodeResolvers } from './modules/node/resolvers';
import { organizationResolvers } from './modules/organization/resolvers';
import { placeResolvers } from './modules/place/resolvers';
import { policyResolvers } from './modules/policy/resolvers';
import { projectResolvers } from './modules/project/resolvers';
import { researchResolvers } from './modules/research/resolvers';

/** Every module's resolvers, merged per type. */
export const resolvers: Resolvers[] = [
  documentResolvers,
  entityResolvers,
  nodeResolvers,
  adminDivisionResolvers,
  industryResolvers,
  projectResolvers,
  organizationResolvers,
  policyResolvers,
  placeResolvers,
  eventResolvers,
  indicatorResolvers,
  footnoteResolvers,
  researchResolvers,
];

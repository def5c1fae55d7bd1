import type { Resolvers } from '../../generated/graphql';
import * as counts from './counts';
import { indicatorComparison } from '../indicator/comparison';
import { searchEntities, searchPassages } from './search';
import { neighborhood, paths } from './slices';

export const researchResolvers: Resolvers = {
  Query: {
    search: (_root, args, { db }) => searchEntities(db, args),
    searchPassages: (_root, args, { db }) => searchPassages(db, args),
    neighborhood: (_root, args, { db }) => neighborhood(db, args),
    paths: (_root, args, { db }) => paths(db, args),
    counts: () => ({}),
    indicatorComparison: (_root, args, { db }) => indicatorComparison(db, args),
  },
  GroupedCounts: {
    entitiesByType: (_counts, _args, { db }) => counts.entitiesByType(db),
    entitiesByKind: (_counts, _args, { db }) => counts.entitiesByKind(db),
    projectsByCounty: (_counts, _args, { db }) => counts.projectsByCounty(db),
    projectsByIndustry: (_counts, _args, { db }) => counts.projectsByIndustry(db),
    projectsByPhase: (_counts, _args, { db }) => counts.projectsByPhase(db),
    projectsByYear: (_counts, _args, { db }) => counts.projectsByYear(db),
    policiesByKind: (_counts, _args, { db }) => counts.policiesByKind(db),
    footnotesBySection: (_counts, _args, { db }) => counts.footnotesBySection(db),
  },
};

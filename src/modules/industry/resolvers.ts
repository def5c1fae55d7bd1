import type { Resolvers } from '../../generated/graphql';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

const projects = linkField(links.projects);
const projectsIncludingSubIndustries = linkField(links.projectsIncludingSubIndustries);
const organizations = linkField(links.organizations);
const organizationsIncludingSubIndustries = linkField(links.organizationsIncludingSubIndustries);

export const industryResolvers: Resolvers = {
  Query: {
    industries: listField('Industry', 'IndustryFilter'),
    industry: oneField('Industry'),
  },
  Industry: {
    ...entityFields,
    projects: (industry, { includeSubIndustries, ...args }, context) =>
      (includeSubIndustries ? projectsIncludingSubIndustries : projects)(industry, args, context),
    organizations: (industry, { includeSubIndustries, ...args }, context) =>
      (includeSubIndustries ? organizationsIncludingSubIndustries : organizations)(
        industry,
        args,
        context,
      ),
    partOf: linkField(links.partOf),
    subIndustries: linkField(links.subIndustries),
    supportedBy: linkField(links.supportedBy),
    indicators: linkField(links.indicators),
    designatedAs: linkField(links.designatedAs),
  },
  IndustryConnection: connectionFields,
};

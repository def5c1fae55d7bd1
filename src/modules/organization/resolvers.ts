import type { Resolvers } from '../../generated/graphql';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

export const organizationResolvers: Resolvers = {
  Query: {
    organizations: listField('Organization', 'OrganizationFilter'),
    organization: oneField('Organization'),
  },
  Organization: {
    ...entityFields,
    projects: linkField(links.projects),
    industries: linkField(links.industries),
    locatedIn: linkField(links.locatedIn),
    supportedBy: linkField(links.supportedBy),
  },
  OrganizationConnection: connectionFields,
};

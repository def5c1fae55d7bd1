import type { Resolvers } from '../../generated/graphql';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

export const policyResolvers: Resolvers = {
  Query: {
    policies: listField('Policy', 'PolicyFilter'),
    policy: oneField('Policy'),
  },
  Policy: {
    ...entityFields,
    supports: linkField(links.supports),
    funds: linkField(links.funds),
    soughtBy: linkField(links.soughtBy),
    pilotedIn: linkField(links.pilotedIn),
    targets: linkField(links.targets),
    designates: linkField(links.designates),
  },
  PolicyConnection: connectionFields,
};

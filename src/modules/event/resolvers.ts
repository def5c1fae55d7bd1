import type { Resolvers } from '../../generated/graphql';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

export const eventResolvers: Resolvers = {
  Query: {
    events: listField('Event', 'EventFilter'),
    event: oneField('Event'),
  },
  Event: {
    ...entityFields,
    locatedIn: linkField(links.locatedIn),
    hostedBy: linkField(links.hostedBy),
    participants: linkField(links.participants),
  },
  EventConnection: connectionFields,
};

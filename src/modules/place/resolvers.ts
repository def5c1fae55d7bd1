import type { Resolvers } from '../../generated/graphql';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

export const placeResolvers: Resolvers = {
  Query: {
    places: listField('Place', 'PlaceFilter'),
    place: oneField('Place'),
  },
  Place: {
    ...entityFields,
    locatedIn: linkField(links.locatedIn),
    contains: linkField(links.contains),
  },
  PlaceConnection: connectionFields,
};

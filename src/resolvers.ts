import type { Resolvers } from './generated/graphql';
import { documentResolvers } from './modules/document/resolvers';

/** Every module's resolvers, merged per type. */
export const resolvers: Resolvers[] = [documentResolvers];

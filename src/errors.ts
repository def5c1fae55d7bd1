import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes clients can rely on, in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  LimitExceeded: 'LIMIT_EXCEEDED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

export function limitExceeded(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.LimitExceeded, limit } });
}

/**
 * Errors we raised on purpose (a GraphQLError with a code) reach the client as they are;
 * anything else (a driver error, a bug) is logged in full and masked, so no stack, Cypher
 * or driver message leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const deliberate =
    original instanceof GraphQLError && code !== undefined && code !== ErrorCode.Internal;
  if (deliberate) return formatted;
  console.error('unexpected error:', original);
  return {
    message: 'Internal server error: the request could not be completed. It has been logged.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal },
  };
}

import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The error codes clients can rely on, in `extensions.code`:
 * - BAD_USER_INPUT: an argument is malformed (an id that is not an id, a foreign cursor);
 * - NOT_FOUND: a name or label given to pick one thing matches nothing it could mean;
 * - LIMIT_EXCEEDED: the request is over a published limit (page size, ids per request,
 *   query depth, aliases, tokens, cost, body size, the shape of filters, the Neo4j
 *   transaction timeout, the request deadline, the response size);
 *   `extensions.limit` says the limit;
 * - BAD_REQUEST: the HTTP body is not a GraphQL request at all (not JSON);
 * - READ_ONLY: a mutation or subscription: the API only answers queries (HTTP 400);
 * - SERVICE_UNAVAILABLE: Neo4j is down or restarting; HTTP 503 with Retry-After,
 *   `extensions.retryable` true: the same request succeeds once it is back;
 * - INTERNAL_SERVER_ERROR: anything unexpected, logged in full and masked.
 * Apollo's own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED …) pass through.
 */
export const ErrorCode = {
  BadRequest: 'BAD_REQUEST',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  LimitExceeded: 'LIMIT_EXCEEDED',
  ReadOnly: 'READ_ONLY',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}

export function limitExceeded(message: string, limit: number, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.LimitExceeded, limit, ...(argument ? { argument } : {}) },
  });
}

/** A mutation or a subscription: the API answers queries only. */
export function readOnly(operation: string): GraphQLError {
  return withStatus(
    new GraphQLError(
      `This API is read-only: it answers queries, and a ${operation} is not one. Send a \`query\` operation.`,
      { extensions: { code: ErrorCode.ReadOnly } },
    ),
    400,
  );
}

/** A request stopped at its deadline (REQUEST_TIMEOUT_MS). */
export function requestTimedOut(timeoutMs: number): GraphQLError {
  return limitExceeded(
    `The request ran longer than the ${timeoutMs} ms allowed (REQUEST_TIMEOUT_MS) and was stopped, ` +
      'its Neo4j work cancelled. Ask for fewer items, fewer nested lists, or a narrower filter.',
    timeoutMs,
  );
}

/** A request whose answer grew past the ceiling (RESPONSE_LIMIT_BYTES). */
export function responseTooLarge(limitBytes: number): GraphQLError {
  return limitExceeded(
    `The answer grew past the limit of ${limitBytes} bytes (RESPONSE_LIMIT_BYTES) and the request was stopped. ` +
      'Page through lists with `first`/`after`, or ask for fewer fields or nested lists.',
    limitBytes,
  );
}

/**
 * The same error with an HTTP status, for errors raised before execution (Apollo answers
 * those 500 unless told otherwise); Apollo strips `extensions.http` from the response.
 */
export function withStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status } },
  });
}

export function serviceUnavailable(message: string, retryAfterSeconds = 2): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.ServiceUnavailable,
      retryable: true,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** graphql-js's own wording when `parseOptions.maxTokens` stops the parser ("more that" in 16.x). */
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Errors we raised on purpose (a GraphQLError with a code) reach the client as they are;
 * anything else (a driver error, a bug) is logged in full and masked, so no stack, Cypher
 * or driver message leaks. Apollo re-labels every validation error
 * GRAPHQL_VALIDATION_FAILED and every parse error GRAPHQL_PARSE_FAILED; a limit rule's
 * error keeps LIMIT_EXCEEDED, so a client can tell "too big" from "wrong".
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  queryTimeoutMs?: number,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isTransactionTimeout(original)) {
    return {
      message:
        `The query ran longer than the ${queryTimeoutMs ?? 'configured'} ms Neo4j allows a request and was stopped. ` +
        'Ask for fewer items, fewer nested lists, or a narrower filter.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.LimitExceeded, limit: queryTimeoutMs ?? null },
    };
  }
  const limit = limitOf(original, formatted);
  if (limit) {
    return {
      ...formatted,
      message: limit.message ?? formatted.message,
      extensions: { ...formatted.extensions, limit: limit.limit, code: ErrorCode.LimitExceeded },
    };
  }
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

function limitOf(
  error: unknown,
  formatted: GraphQLFormattedError,
): { limit?: unknown; message?: string } | null {
  if (!(error instanceof GraphQLError)) return null;
  const inner = error.originalError;
  if (inner instanceof GraphQLError && inner.extensions.code === ErrorCode.LimitExceeded) {
    return { limit: inner.extensions.limit };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    return {
      limit: Number(tokens[1]),
      message: `The query is over the limit of ${tokens[1]} tokens. Split it into smaller queries, or use fragments.`,
    };
  }
  return null;
}

/** Neo4j stops a transaction past its timeout with one of these codes (server-side). */
function isTransactionTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
  );
}

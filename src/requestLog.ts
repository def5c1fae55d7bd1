import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { logger } from './logger';
import { countStatements, statementsSent } from './neo4j';

/** Express middleware for /graphql: counts the Cypher statements each request sends. */
export const countRequestStatements: RequestHandler = (_req, _res, next) => countStatements(next);

/**
 * One log line per GraphQL request: operation name, duration, Cypher statements sent,
 * HTTP status and the error codes of the answer (never the variables, which may be large).
 */
export function requestLogPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          logger.info(
            {
              operation: operationName ?? request.operationName ?? null,
              durationMs: Math.round(performance.now() - started),
              statements: statementsSent(),
              status: response.http.status ?? 200,
              ...(codes.length ? { errors: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express, { type ErrorRequestHandler } from 'express';
import { printSchema } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { ErrorCode, formatError } from './errors';
import { httpHeaders } from './httpHeaders';
import { parseOptions, queryLimitRules } from './limits';
import type { Database } from './neo4j';
import { requestGuard } from './requestGuard';
import { resolvers } from './resolvers';
import { countRequestStatements, requestLogPlugin } from './requestLog';
import { loadTypeDefs } from './schema';
import { webRouter } from './web';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

/**
 * express.json's own failures (a body over `bodyLimit`, a body that is not JSON) answered
 * in GraphQL's error shape, so clients read every error the same way.
 */
function bodyErrors(config: Config): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is over the limit of ${config.bodyLimit}. Send a shorter query, or pass long values as variables in several requests.`,
            extensions: { code: ErrorCode.LimitExceeded, limit: config.bodyLimit },
          },
        ],
      });
    } else if (type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [
          {
            message:
              'The request body is not valid JSON. Send {"query": "...", "variables": {...}}.',
            extensions: { code: ErrorCode.BadRequest },
          },
        ],
      });
    } else {
      next(error);
    }
  };
}

/** Builds the HTTP app (GraphQL, health, readiness) without listening, so tests can use it. */
export async function buildApp(db: Database, config: Config): Promise<App> {
  const app = express();
  app.use(httpHeaders(config));
  const httpServer = createServer(app);
  const schema = buildSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error, config.queryTimeoutMs),
    includeStacktraceInErrorResponses: false,
    // Refuses simple (CSRF-able) requests: a browser must send a JSON content type or the
    // apollo-require-preflight header.
    csrfPrevention: true,
    validationRules: queryLimitRules(),
    parseOptions,
    // One operation per request: a batch would multiply every per-query limit.
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown order: HTTP drain, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(),
      requestGuard(config),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The SDL, for typed clients (graphql-codegen): the same text as docs/schema.graphql.
  const sdl = `${printSchema(schema)}\n`;
  app.get('/schema.graphql', (_req, res) => {
    res.type('application/graphql; charset=utf-8').send(sdl);
  });
  app.get('/ready', async (_req, res) => {
    const neo4j = await db.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ready' : 'unavailable', neo4j });
  });
  // The playground, the explorer and the downloads; GraphQL requests pass through to Apollo.
  app.use(webRouter({ db }));
  app.use(
    '/graphql',
    countRequestStatements,
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, { context: async () => createContext(db, config) }),
  );
  app.use(bodyErrors(config));
  return { httpServer, apollo };
}

export function listen(app: App, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(port, host, () => {
      const address = app.httpServer.address();
      resolveListen(typeof address === 'object' && address ? address.port : port);
    });
  });
}

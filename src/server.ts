import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { formatError } from './errors';
import type { Database } from './neo4j';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
}

/** Builds the HTTP app (GraphQL, health, readiness) without listening, so tests can use it. */
export async function buildApp(db: Database, config: Config): Promise<App> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns shutdown order: HTTP drain, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const neo4j = await db.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ready' : 'unavailable', neo4j });
  });
  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, { context: async () => createContext(db, config) }),
  );
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

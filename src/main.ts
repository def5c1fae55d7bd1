import { ConfigError, readConfig } from './config';
import { logger, redactUri } from './logger';
import { connectNeo4j, Neo4jStartError, type Neo4jHandle } from './neo4j';
import { buildApp, listen } from './server';
import { ensureSeeded } from './seed';
import { BuildError } from '../seed';

/** config → Neo4j (embedded unless NEO4J_URI) → schema and seed graph → serve; clean shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  const neo4j: Neo4jHandle = await connectNeo4j(config);
  if (neo4j.embedded) {
    logger.info(
      { javaPid: neo4j.embedded.pid, log: neo4j.embedded.logFile, uri: neo4j.uri },
      `neo4j: embedded (pid ${neo4j.embedded.pid}) at ${neo4j.uri}`,
    );
  } else {
    logger.info({ uri: redactUri(neo4j.uri) }, `neo4j: external at ${neo4j.uri}`);
  }

  let app;
  try {
    if (config.seedOnStart) await ensureSeeded(neo4j.db);
    app = await buildApp(neo4j.db, config);
    const port = await listen(app, config.port, config.host);
    logger.info(
      { port, startMs: Date.now() - started },
      `GraphQL API ready at http://${config.host}:${port}/graphql`,
    );
  } catch (error) {
    await neo4j.close();
    throw error;
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: finishing in-flight requests, then stopping Neo4j`);
    // Apollo's drain plugin closes the HTTP server and waits for in-flight requests.
    await app.apollo.stop();
    await neo4j.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof Neo4jStartError) {
    logger.fatal(`error: ${error.message}`);
  } else if (error instanceof BuildError) {
    logger.fatal(
      `${error.message}\nThe database was left as it was; fix the annotation and start again.`,
    );
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    logger.fatal(
      `error: the API port is taken (${error.message}). Set PORT to a free port or stop the other server.`,
    );
  } else {
    logger.fatal({ err: error }, 'error: the server could not start');
  }
  process.exit(1);
});

import { ConfigError, readConfig } from './config';
import { logger, redactUri } from './logger';
import { connectNeo4j, Neo4jStartError, type Neo4jHandle } from './neo4j';
import { portIsFree } from './ports';
import { buildApp, listen } from './server';
import { ensureSeeded } from './seed';
import { trackRequests } from './shutdown';
import { BuildError } from '../seed';

/**
 * The longest SIGTERM waits for requests in flight. Each ends by its own deadline well
 * before (a request runs a few transactions of at most QUERY_TIMEOUT_MS); this only
 * bounds a shutdown that something else holds up.
 */
const DRAIN_LIMIT_MS = 60000;

class PortTaken extends Error {}

/** config → Neo4j (embedded unless NEO4J_URI) → schema and seed graph → serve; clean shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  // Before Neo4j and the seed (a minute on a cold start): a taken port fails in a second.
  if (config.port !== 0 && !(await portIsFree(config.port, config.host))) {
    throw new PortTaken(`${config.host}:${config.port}`);
  }
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
  let requests: ReturnType<typeof trackRequests>;
  try {
    if (config.seedOnStart) await ensureSeeded(neo4j.db);
    app = await buildApp(neo4j.db, config);
    requests = trackRequests(app.httpServer);
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
    logger.info(
      { signal, inFlight: requests.inFlight },
      `${signal}: finishing ${requests.inFlight} in-flight requests, then stopping Neo4j`,
    );
    const drainStarted = Date.now();
    const cut = await requests.drain(DRAIN_LIMIT_MS);
    logger.info(
      { drainMs: Date.now() - drainStarted, cut },
      cut ? `${cut} requests still running after ${DRAIN_LIMIT_MS} ms are cut` : 'requests drained',
    );
    // Apollo's drain plugin closes what is left of the HTTP server.
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
  } else if (
    error instanceof PortTaken ||
    (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')
  ) {
    logger.fatal(
      `error: the API port is taken (${error.message}). Set PORT to a free port or stop the other server.`,
    );
  } else {
    logger.fatal({ err: error }, 'error: the server could not start');
  }
  process.exit(1);
});

import type { Config } from '../config';
import { logger, redactUri } from '../logger';
import { Database } from './database';
import { Neo4jStartError, runningServer, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';

/** A connected database plus, when this process started it, the embedded server. */
export interface Neo4jHandle {
  db: Database;
  embedded: EmbeddedNeo4j | null;
  /** True when the database is a running server's embedded Neo4j (a CLI next to `npm start`). */
  shared: boolean;
  uri: string;
  close(): Promise<void>;
}

/**
 * NEO4J_URI set: connect to it. Unset: start the embedded Neo4j and connect to that, or,
 * for a CLI (`share`), use the one a running server already serves on the same store
 * (its runtime file), so the store and its logs are never touched by a second Neo4j.
 */
export async function connectNeo4j(
  config: Config,
  { share = false }: { share?: boolean } = {},
): Promise<Neo4jHandle> {
  const running = config.neo4j ? null : runningServer(config.embedded.dataDir);
  if (running && !share) {
    throw new Neo4jStartError(
      `Another server (pid ${running.pid}) already runs the embedded Neo4j in ${config.embedded.dataDir}. ` +
        'Stop it first, or give this one its own NEO4J_DATA_DIR.',
    );
  }
  if (running) {
    logger.info(
      { uri: running.uri, serverPid: running.pid },
      `neo4j: using the running server's database (pid ${running.pid}) at ${running.uri}`,
    );
  }
  const embedded = config.neo4j || running ? null : await startEmbeddedNeo4j(config.embedded);
  const connection = config.neo4j ??
    running ?? { uri: embedded!.uri, user: 'neo4j', password: embedded!.password };
  let db: Database;
  try {
    db = await Database.connect({ user: 'neo4j', ...connection }, config.queryTimeoutMs);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  embedded?.onAvailability((available) => db.setAvailable(available));
  return {
    db,
    embedded,
    shared: running !== null,
    uri: redactUri(connection.uri),
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

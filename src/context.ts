import type { Config } from './config';
import { requestTimedOut, responseTooLarge } from './errors';
import type { Database } from './neo4j';
import { RequestScope } from './requestScope';
import { documentLoaders } from './modules/document/loaders';
import { entityLoaders } from './modules/entity/loaders';
import { footnoteLoaders } from './modules/footnote/loaders';
import { indicatorLoaders } from './modules/indicator/loaders';
import { nodeLoaders } from './modules/node/loaders';
import { projectLoaders } from './modules/project/loaders';

/** What every resolver gets: the database and this request's own DataLoaders. */
export interface Context {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The request's deadline and answer budget; stopping it cancels its Neo4j work. */
  scope: RequestScope;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Fresh loaders per request: batching within a request, no cache shared between requests. */
export function createLoaders(db: Database) {
  return {
    ...documentLoaders(db),
    ...entityLoaders(db),
    ...footnoteLoaders(db),
    ...indicatorLoaders(db),
    ...nodeLoaders(db),
    ...projectLoaders(db),
  };
}

export function createContext(database: Database, config: Config): Context {
  const scope = new RequestScope(
    config.requestTimeoutMs,
    () => requestTimedOut(config.requestTimeoutMs),
    config.responseLimitBytes,
    () => responseTooLarge(config.responseLimitBytes),
  );
  const db = database.forRequest(scope);
  return { db, config, loaders: createLoaders(db), scope };
}

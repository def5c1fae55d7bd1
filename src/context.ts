import type { Config } from './config';
import type { Database } from './neo4j';
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

export function createContext(db: Database, config: Config): Context {
  return { db, config, loaders: createLoaders(db) };
}

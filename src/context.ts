import type { Config } from './config';
import type { Database } from './neo4j';
import { documentLoaders } from './modules/document/loaders';

/** What every resolver gets: the database and this request's own DataLoaders. */
export interface Context {
  db: Database;
  config: Config;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Database) {
  return {
    ...documentLoaders(db),
  };
}

export function createContext(db: Database, config: Config): Context {
  return { db, config, loaders: createLoaders(db) };
}

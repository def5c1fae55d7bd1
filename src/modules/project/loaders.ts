import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import * as cypher from './cypher';
import type { StatusModel } from './model';

export function projectLoaders(db: Database) {
  return {
    statusesByProject: batchBy<StatusModel[]>(db, cypher.statusesByProject, 'statuses', []),
  };
}

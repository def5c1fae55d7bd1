import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import * as cypher from './cypher';
import type { NodeModel } from './model';

export function nodeLoaders(db: Database) {
  return {
    nodeById: batchBy<NodeModel | null>(db, cypher.nodesById, 'node', null),
  };
}

import type { Params } from '../../neo4j';

/** A statement ready for `Database.read`: constant text and its parameters. */
export interface Statement {
  cypher: string;
  params: Params;
}

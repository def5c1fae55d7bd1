export { Database, toPlain, countStatements, statementsSent } from './database';
export type { Neo4jConnection, Params, Row, Run, QueryObserver } from './database';
export { startEmbeddedNeo4j, freePort, Neo4jStartError } from './embedded';
export type { EmbeddedNeo4j } from './embedded';
export { connectNeo4j } from './connect';
export type { Neo4jHandle } from './connect';

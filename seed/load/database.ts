import type { Database } from '../../src/neo4j';

/** What the loader needs of the project's one database module. */
export type SeedDatabase = Pick<Database, 'read' | 'transaction' | 'schema'>;

/** Progress goes to stderr, one line per step, so stdout stays clean for the CLI's output. */
export type Log = (line: string) => void;

export const stderrLog: Log = (line) => process.stderr.write(`seed: ${line}\n`);

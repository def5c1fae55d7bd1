/**
 * `npm run seed` builds and loads the Leshan report; `npm run seed -- report.txt
 * [--meta meta.yaml] [--annotations dir]` adds another report as its own Document.
 * Connects like the server does (NEO4J_URI, else the embedded Neo4j), or, next to a
 * running `npm start`, to that server's embedded Neo4j. A build error
 * prints `file: entry: reason` lines, exits 1 and touches nothing in the database.
 */
import { readConfig } from '../src/config';
import { connectNeo4j } from '../src/neo4j';
import { parseSeedArgs } from './args';
import { BuildError, buildSeed } from './compile';
import { reportOrDefault } from './paths';
import { seedDatabase } from './seedDatabase';

async function main(): Promise<void> {
  const args = reportOrDefault(parseSeedArgs(process.argv.slice(2), 'seed'));
  // Build before connecting: a curation error should not even start Neo4j.
  const { artifact, warnings } = buildSeed(args);
  for (const warning of warnings) console.error(`warning: ${warning}`);
  const neo4j = await connectNeo4j(readConfig(), { share: true });
  try {
    const result = await seedDatabase(neo4j.db, { ...args, artifact, force: true });
    console.log(
      `${result.documentId}: ${result.nodes} nodes, ${result.relationships} relationships loaded`,
    );
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BuildError ? error.message : `error: ${(error as Error).message}`);
  process.exit(1);
});

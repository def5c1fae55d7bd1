import { NODE_LABELS } from '../vocabulary';
import { type Log, type SeedDatabase, stderrLog } from './database';

/** Labels whose `id` is unique; Program is an extra label on entities, covered by Entity. */
const UNIQUE_ID_LABELS = NODE_LABELS.filter((label) => label !== 'Program');

/**
 * Constraints and indexes the graph relies on, created if missing (idempotent). Schema
 * commands cannot share a transaction with data, so this runs before the load.
 */
export function schemaStatements(): string[] {
  return [
    ...UNIQUE_ID_LABELS.map(
      (label) =>
        `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    // Filters that name an entity (industry, county, organization …) start from it: by id
    // (the constraints above), by name (this index) or by alias (entitySearch).
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    `CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS
     FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameEn, n.pinyin, n.pinyinCompact]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
    `CREATE FULLTEXT INDEX paragraphText IF NOT EXISTS
     FOR (n:Paragraph) ON EACH [n.text, n.plainText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  ];
}

export async function applySchema(db: SeedDatabase, log: Log = stderrLog): Promise<void> {
  const statements = schemaStatements();
  for (const statement of statements) await db.schema(statement);
  // A search right after seeding must see the full-text indexes populated.
  await db.schema('CALL db.awaitIndexes(300)');
  log(`schema: ${statements.length} constraints and indexes in place`);
}

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

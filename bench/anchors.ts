/**
 * What starting a filtered list from the entity it names is worth as the graph grows:
 * `npm run bench:anchors -- [--projects 85000] [--runs 30]`. Starts a throwaway embedded
 * Neo4j, loads the Leshan graph, then adds synthetic projects (each in a synthetic
 * industry and county, with a status), and times the same questions two ways on the same
 * database, interleaved: as the API sends them (anchored: the named industry, county or
 * organization found by index, rows reached from it) and with the condition inside an OR
 * (which the compiler never anchors: every project is tested). Both must give the same
 * rows. Prints p50/p95 per question and size; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { listQuery } from '../src/modules/entity/list';
import { Database, startEmbeddedNeo4j } from '../src/neo4j';
import { seedDatabase } from '../seed';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '85000' },
    runs: { type: 'string', default: '30' },
  },
});
const SYNTHETIC = Number(values.projects);
const RUNS = Number(values.runs);

const questions = [
  { name: 'projects of 晶硅光伏 (industry by name)', filter: { industry: '晶硅光伏' } },
  { name: 'projects in 健为 (county by alias)', filter: { county: '健为' } },
  { name: 'projects of 京运通 in 2025', filter: { organization: '京运通', year: 2025 } },
];

async function timeOf(db: Database, filter: object): Promise<{ ms: number; ids: string[] }> {
  const { query } = listQuery('Project', 'ProjectFilter', { filter, first: 20 }, 100);
  const started = process.hrtime.bigint();
  const rows = await db.read<{ node: { id: string } }>(query.page, query.params);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, ids: rows.map((row) => row.node.id) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(db: Database, label: string): Promise<void> {
  const [{ projects }] = await db.read<{ projects: number }>(
    'MATCH (n:Project) RETURN count(n) AS projects',
  );
  console.log(`\n${label}: ${projects} projects`);
  for (const { name, filter } of questions) {
    const anchored: number[] = [];
    const scanned: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const a = await timeOf(db, filter);
      const s = await timeOf(db, { OR: [filter] });
      if (JSON.stringify(a.ids) !== JSON.stringify(s.ids)) {
        throw new Error(`${name}: the two forms disagree (${a.ids} vs ${s.ids})`);
      }
      if (run >= 3) {
        anchored.push(a.ms);
        scanned.push(s.ms);
      }
    }
    anchored.sort((x, y) => x - y);
    scanned.sort((x, y) => x - y);
    const fmt = (xs: number[]) =>
      `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;
    console.log(`  ${name}: anchored ${fmt(anchored)}; every project tested ${fmt(scanned)}`);
  }
}

async function addSynthetic(db: Database, count: number): Promise<void> {
  const batch = 10000;
  for (let from = 0; from < count; from += batch) {
    await db.write(
      `UNWIND range($from, $to - 1) AS i
       MERGE (ind:Entity:Industry {id: 'Industry:synthetic-' + (i % 500)})
         ON CREATE SET ind.name = 'synthetic industry ' + (i % 500), ind.kind = 'industry', ind.aliases = []
       MERGE (c:Entity:AdminDivision {id: 'AdminDivision:synthetic-' + (i % 300)})
         ON CREATE SET c.name = 'synthetic county ' + (i % 300), c.kind = 'county', c.aliases = []
       CREATE (p:Entity:Project {id: 'Project:synthetic-' + i, name: 'synthetic project ' + i,
         kind: 'industrial', aliases: [], pinyin: 'synthetic ' + i})
       CREATE (p)-[:IN_INDUSTRY]->(ind)
       CREATE (p)-[:LOCATED_IN]->(c)
       CREATE (p)-[:HAS_STATUS {year: 2025}]->(:Status {id: 'Status:synthetic-' + i, year: 2025, phase: 'planned'})`,
      { from, to: Math.min(count, from + batch) },
    );
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-anchors-'));
  const base = readConfig({ ...process.env, NEO4J_URI: '' });
  const neo4j = await startEmbeddedNeo4j({ ...base.embedded, dataDir, boltPort: 0 });
  const db = await Database.connect(
    { uri: neo4j.uri, user: 'neo4j', password: neo4j.password },
    120000,
  );
  try {
    await seedDatabase(db, { log: () => {} });
    await measure(db, 'the Leshan graph');
    const started = Date.now();
    await addSynthetic(db, SYNTHETIC);
    console.log(
      `\n(added ${SYNTHETIC} synthetic projects in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    await measure(db, `the Leshan graph + ${SYNTHETIC} synthetic projects`);
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

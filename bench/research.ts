/**
 * Latency of the research queries on the real graph, end to end over HTTP:
 * `npm run bench` (or `npx tsx bench/research.ts [--runs 50] [--warmup 5]`).
 *
 * Connects like the server does (NEO4J_URI, else the embedded Neo4j in NEO4J_DATA_DIR),
 * loads the 乐山 graph when it is missing or stale, serves the API on a free port and
 * times each operation: a few warm-up runs, then N timed runs, printing p50, p95 and max.
 * A benchmark, never a test: nothing here asserts a time.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { connectNeo4j } from '../src/neo4j';
import { buildApp, listen } from '../src/server';
import { seedDatabase } from '../seed/seedDatabase';

interface Operation {
  name: string;
  query: string;
}

const OPERATIONS: Operation[] = [
  {
    name: 'search 健为 (typo alias)',
    query: '{ search(query: "健为") { entity { id } score matchedOn } }',
  },
  {
    name: 'search jianwei (pinyin)',
    query: '{ search(query: "jianwei") { entity { id } score matchedOn } }',
  },
  {
    name: 'search leshan (pinyin)',
    query: '{ search(query: "leshan") { entity { id } score matchedOn } }',
  },
  { name: 'search 县 (one character)', query: '{ search(query: "县") { entity { id } score } }' },
  {
    name: 'search Qianwei County (English)',
    query: '{ search(query: "Qianwei County", types: [ADMIN_DIVISION]) { entity { id } score } }',
  },
  {
    name: 'searchPassages 入选全国',
    query: '{ searchPassages(query: "入选全国") { paragraph { id } snippet start end score } }',
  },
  {
    name: 'neighborhood 马边 depth 1',
    query: `{ neighborhood(id: "AdminDivision:马边彝族自治县") {
      nodes { id type name nameEn kind } edges { id type source target evidence { quote start end } } truncated } }`,
  },
  {
    name: 'neighborhood 乐山市 depth 2',
    query: `{ neighborhood(id: "AdminDivision:乐山市", depth: 2) {
      nodes { id type name } edges { id type source target } truncated } }`,
  },
  {
    name: 'neighborhood 乐山市 depth 3 +mentions, 500',
    query: `{ neighborhood(id: "AdminDivision:乐山市", depth: 3, limit: 500,
      relationshipTypes: ["MENTIONED_IN", "LOCATED_IN", "IN_INDUSTRY", "PART_OF"]) {
      nodes { id type name } edges { id type source target } truncated } }`,
  },
  {
    name: 'paths 京运通 → 晶硅光伏',
    query: `{ paths(from: "Organization:京运通", to: "Industry:晶硅光伏") {
      nodes { id type name } edges { id type source target evidence { quote } } truncated } }`,
  },
  {
    name: 'paths 马边 → 晶硅光伏, 6 hops, 25',
    query: `{ paths(from: "AdminDivision:马边彝族自治县", to: "Industry:晶硅光伏", maxHops: 6, limit: 25) {
      nodes { id type name } edges { id type source target } truncated } }`,
  },
  {
    name: 'counts (all groups)',
    query: `{ counts {
      entitiesByType { type count } entitiesByKind { type kind count }
      projectsByCounty { entity { id name } count } projectsByIndustry { entity { id name } count }
      projectsByPhase { year phase count } projectsByYear { year count }
      policiesByKind { kind count } footnotesBySection { section { id label } count } } }`,
  },
  {
    name: 'indicatorComparison',
    query: `{ indicatorComparison { indicator { id name } year estimate target gap nextYear nextTarget change unit } }`,
  },
];

/** Columns a terminal gives the text: Chinese and full-width characters take two. */
function displayWidth(text: string): number {
  return Array.from(text).reduce(
    (width, c) =>
      width +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        c,
      )
        ? 2
        : 1),
    0,
  );
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '50' }, warmup: { type: 'string', default: '5' } },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
    throw new Error('--runs must be a whole number of at least 1 and --warmup one of at least 0.');
  }

  const config = readConfig();
  const neo4j = await connectNeo4j(config);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    console.error(`neo4j: ${neo4j.embedded ? 'embedded' : 'external'} at ${neo4j.uri}`);
    const seeded = await seedDatabase(neo4j.db, { log: () => undefined });
    console.error(
      `graph: ${seeded.documentId}, ${seeded.nodes} nodes, ${seeded.relationships} relationships` +
        (seeded.loaded ? ' (loaded now)' : ' (already loaded)'),
    );
    app = await buildApp(neo4j.db, config);
    const port = await listen(app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;

    const run = async (operation: Operation): Promise<number> => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      const elapsed = performance.now() - started;
      if (body.errors) throw new Error(`${operation.name} failed: ${JSON.stringify(body.errors)}`);
      return elapsed;
    };

    console.log(
      `research queries over HTTP, ${runs} runs each after ${warmup} warm-up runs (ms)\n`,
    );
    const width = Math.max(...OPERATIONS.map((operation) => displayWidth(operation.name)));
    console.log(`${padEnd('query', width)}   first     p50     p95     max`);
    for (const operation of OPERATIONS) {
      const first = await run(operation);
      for (let i = 1; i < warmup; i += 1) await run(operation);
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) samples.push(await run(operation));
      samples.sort((a, b) => a - b);
      const cells = [
        first,
        percentile(samples, 0.5),
        percentile(samples, 0.95),
        samples[samples.length - 1],
      ];
      console.log(
        `${padEnd(operation.name, width)} ${cells.map((ms) => ms.toFixed(1).padStart(7)).join(' ')}`,
      );
    }
  } finally {
    await app?.apollo.stop();
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * The hostile probes of issue 10 against the real graph, end to end over HTTP:
 * `npm run bench:probes`. Connects like the server does (NEO4J_URI, else the embedded
 * Neo4j in NEO4J_DATA_DIR), loads the 乐山 graph when missing, serves the API on a free
 * port and prints, for each probe, the status, the error code, the time, the answer's
 * size and how many of the API's transactions Neo4j still runs a second later.
 * A benchmark, never a test: nothing here asserts a time.
 */
import { readConfig } from '../src/config';
import { connectNeo4j } from '../src/neo4j';
import { buildApp, listen } from '../src/server';
import { seedDatabase } from '../seed/seedDatabase';

function nest<T>(levels: number, wrap: (inner: T) => T, leaf: T): T {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

type Filter = Record<string, unknown>;
const FILTERED = 'query ($f: ProjectFilter) { projects(filter: $f) { totalCount } }';

/** Each probe's request body, as an object or (too deep to stringify) as JSON text. */
const PROBES: { name: string; body: unknown }[] = [
  {
    name: 'OR of 3,000 conditions (variables)',
    body: {
      query: FILTERED,
      variables: {
        f: { OR: Array.from({ length: 3000 }, (_, i) => ({ name: { contains: `x${i}` } })) },
      },
    },
  },
  {
    name: '`some` nested 40 deep',
    body: {
      query: FILTERED,
      variables: {
        f: nest<Filter>(40, (inner) => ({ industries: { some: { projects: { some: inner } } } }), {
          year: 2024,
        }),
      },
    },
  },
  {
    name: 'orderBy with 1,000 keys',
    body: {
      query: 'query ($o: [EntityOrder!]) { projects(orderBy: $o) { totalCount } }',
      variables: { o: Array.from({ length: 1000 }, () => ({ field: 'NAME' })) },
    },
  },
  // Written as text: JSON.stringify itself overflows the stack on an object this deep.
  ...[500, 2000].map((depth) => ({
    name: `AND/OR nested ${depth} deep`,
    body:
      `{"query": ${JSON.stringify(FILTERED)}, "variables": {"f": ` +
      `${'{"AND": [{"OR": ['.repeat(depth)}{"year": 2024}${']}]}'.repeat(depth)}}}`,
  })),
  {
    name: 'indicatorComparison → footnotes → paragraph, nested',
    body: {
      query: `{ indicatorComparison { document { footnotes { paragraph { section { footnotes { paragraph { section { footnotes { paragraph { text } } } } } } } } } } }`,
    },
  },
  {
    name: '乐山市 relations at depth 11',
    body: {
      query: `{ adminDivision(name: "乐山市") { ${nest(5, (inner: string) => `relations { node { ${inner} } }`, 'name')} } }`,
    },
  },
  {
    name: 'a page of 100 entities with two hops of relations',
    body: {
      query:
        '{ entities(first: 100) { nodes { relations { node { relations { node { name } } } } } } }',
    },
  },
  { name: 'mutation', body: { query: 'mutation { __typename }' } },
  { name: 'subscription', body: { query: 'subscription { __typename }' } },
];

async function main(): Promise<void> {
  const config = readConfig();
  const neo4j = await connectNeo4j(config);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await seedDatabase(neo4j.db, { log: () => undefined });
    app = await buildApp(neo4j.db, config);
    const port = await listen(app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    console.log(
      `REQUEST_TIMEOUT_MS ${config.requestTimeoutMs}, RESPONSE_LIMIT_BYTES ${config.responseLimitBytes}\n`,
    );
    console.log('status  code               ms       bytes  running after 1 s  probe');
    for (const probe of PROBES) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof probe.body === 'string' ? probe.body : JSON.stringify(probe.body),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? '-';
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const [{ running }] = await neo4j.db.read<{ running: number }>(
        'SHOW TRANSACTIONS YIELD metaData WHERE metaData.request IS NOT NULL RETURN count(*) AS running',
      );
      console.log(
        `${String(response.status).padEnd(6)}  ${code.padEnd(17)} ${ms.toFixed(0).padStart(6)} ${String(Buffer.byteLength(text)).padStart(11)}  ${String(running).padStart(17)}  ${probe.name}`,
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

/**
 * The API under load: `npm run bench:load` (or `npx tsx bench/load.ts [--connections 50]
 * [--duration 60]`).
 *
 * Starts the server as `npm start` does (its own process: NEO4J_URI, else the embedded
 * Neo4j in NEO4J_DATA_DIR, the graph loaded when missing or stale) on a free port, checks
 * that every query of the mix answers without error, then drives it with autocannon:
 * N connections for D seconds over a realistic mix (the cookbook's questions with their
 * variables, and the researcher questions of tests/api/queries.ts). Prints throughput,
 * latency p50/p99, non-2xx answers by status, GraphQL error bodies, and the server's RSS
 * before and after. A benchmark, never a test: nothing here asserts a figure.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../src/config';
import { freePort } from '../src/neo4j';
import { QUERIES } from '../tests/api/queries';

interface Operation {
  name: string;
  body: string;
}

/** Values for the researcher questions that take variables, as their tests ask them. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  entitiesByName: { name: '无废城市' },
  nodeById: { id: 'AdminDivision:犍为县' },
  pageOfProjects: { first: 20 },
  nestedThreeLevels: { first: 10 },
};

function mix(): Operation[] {
  const cookbook = join(projectRoot, 'cookbook');
  const fromCookbook = readdirSync(cookbook)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const variablesFile = join(cookbook, file.replace(/\.graphql$/, '.variables.json'));
      const variables = existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as unknown)
        : undefined;
      const query = readFileSync(join(cookbook, file), 'utf8');
      // A file may hold several operations (search, then the neighbourhood of the hit).
      return parse(query)
        .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
        .map((d) => d.name?.value)
        .map((operationName) => ({
          name: `${file} ${operationName ?? ''}`.trim(),
          body: JSON.stringify({ query, variables, operationName }),
        }));
    });
  const researcher = Object.entries(QUERIES).map(([name, query]) => ({
    name,
    body: JSON.stringify({ query, variables: VARIABLES[name] }),
  }));
  return [...fromCookbook, ...researcher];
}

/** Resident memory of a process, in MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '60' },
    },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  if (!(
    Number.isInteger(connections) &&
    connections > 0 &&
    Number.isInteger(duration) &&
    duration > 0
  )) {
    throw new Error('--connections and --duration must be whole numbers above 0.');
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'main.ts')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20000)));
  const exited = new Promise<number | null>((r) => server.once('exit', r));
  try {
    console.error(`starting the server on ${base} (Neo4j and the seed first: a minute or more)…`);
    const startedAt = Date.now();
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited:\n${log}`);
      const ready = await fetch(`${base}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() - startedAt > 600000)
        throw new Error(`the server was not ready in 10 min:\n${log}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.error(`ready after ${Math.round((Date.now() - startedAt) / 1000)} s`);

    const operations = mix();
    const url = `${base}/graphql`;
    for (const operation of operations) {
      const answer = await post(url, operation.body);
      if (answer.status !== 200 || answer.text.includes('"errors"')) {
        throw new Error(
          `${operation.name} does not answer cleanly: ${answer.status} ${answer.text.slice(0, 500)}`,
        );
      }
    }
    const rssBefore = rssMiB(server.pid!);

    const statuses = new Map<number, number>();
    const errorBodies = new Map<string, number>();
    let graphqlErrors = 0;
    const result = await autocannon({
      url,
      connections,
      duration,
      requests: operations.map((operation) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
        onResponse: (status: number, body: string) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== 200 || body.includes('"errors"')) {
            graphqlErrors += 1;
            const key = `${operation.name}: ${status} ${body.slice(0, 300)}`;
            errorBodies.set(key, (errorBodies.get(key) ?? 0) + 1);
          }
        },
      })),
    });
    const rssAfter = rssMiB(server.pid!);

    const lines = [
      `load: ${connections} connections × ${duration} s over ${operations.length} operations (cookbook + researcher questions)`,
      `requests: ${result.requests.total} (${result.requests.average.toFixed(1)} req/s mean, ${result.throughput.average / 1024 / 1024 > 1 ? (result.throughput.average / 1024 / 1024).toFixed(1) + ' MiB/s' : (result.throughput.average / 1024).toFixed(0) + ' KiB/s'})`,
      `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `statuses: ${[...statuses].map(([status, count]) => `${status} ×${count}`).join(', ')}`,
      `non-2xx: ${result.non2xx}; socket errors: ${result.errors}; timeouts: ${result.timeouts}; answers with GraphQL errors: ${graphqlErrors}`,
      `server RSS: ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after`,
    ];
    console.log(lines.join('\n'));
    if (errorBodies.size) {
      console.log('error bodies (operation: status body, count):');
      for (const [key, count] of [...errorBodies].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
        console.log(`  ×${count} ${key}`);
      }
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

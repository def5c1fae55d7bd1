/**
 * Cold and warm start of `npm start`'s server, its memory, and its shutdown:
 * `npm run bench:startup`. Starts src/main.ts twice on a fresh data directory (cold: Neo4j
 * store created and the graph loaded; warm: the graph is already there), measures the time
 * from spawn to the first answered GraphQL query, the resident memory of the Node and Java
 * processes after start, and the time SIGTERM takes to stop both. Prints figures; asserts none.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/neo4j';

const root = join(__dirname, '..');

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Every descendant of pid (tsx runs node, node runs java). */
function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function commandOf(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
}

async function firstAnswer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      });
      const body = (await response.json()) as { data?: { documents: unknown[] } };
      if (body.data?.documents.length) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not answer within the deadline');
}

async function run(label: string, dataDir: string): Promise<void> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: '0',
      NEO4J_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  await firstAnswer(`http://127.0.0.1:${port}/graphql`, started + 180000);
  const ready = Date.now() - started;
  await new Promise((r) => setTimeout(r, 2000));
  const java = descendants(child.pid!).find((pid) => commandOf(pid).includes('EmbeddedNeo4j'));
  const node = rssMiB(child.pid!);
  const javaRss = java ? rssMiB(java) : NaN;
  const stopAt = Date.now();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  const stopped = Date.now() - stopAt;
  const left =
    java && readdirSync('/proc').includes(String(java))
      ? 'java still running!'
      : 'nothing left running';
  console.log(
    `${label.padEnd(5)} first answer ${(ready / 1000).toFixed(1)} s   ` +
      `RSS node ${node.toFixed(0)} MiB, java ${javaRss.toFixed(0)} MiB   ` +
      `SIGTERM → exit ${(stopped / 1000).toFixed(1)} s, ${left}`,
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leshan-bench-startup-'));
  try {
    await run('cold', dataDir);
    await run('warm', dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();

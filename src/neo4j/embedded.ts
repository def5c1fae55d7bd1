import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { EmbeddedNeo4jOptions } from '../config';
import { projectRoot } from '../config';

/** A Neo4j started by this process from the project's own launcher (neo4j/pom.xml). */
export interface EmbeddedNeo4j {
  uri: string;
  logFile: string;
  pid: number;
  /** The user `neo4j`'s password, from `<dataDir>/password` (made by the launcher, mode 0600). */
  password: string;
  stop(): Promise<void>;
}

export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

const launcherDir = join(projectRoot, 'neo4j', 'target');

function bytes(size: string): number {
  const units: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const unit = size.at(-1) ?? '';
  return unit in units ? Number(size.slice(0, -1)) * units[unit] : Number(size);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

/** Asks the kernel for a free loopback port (used for tests and NEO4J_BOLT_PORT=0). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function checkPrerequisites(javaCommand: string): void {
  const java = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Neo4jStartError(
      `Java was not found (${javaCommand}), and the embedded Neo4j needs JDK 17 or newer. ` +
        'Install one (Debian: apt-get install openjdk-17-jdk-headless maven), then run npm ci; ' +
        'or set NEO4J_URI to a running Neo4j (see docker-compose.yml).',
    );
  }
  if (!existsSync(join(launcherDir, 'classes')) || !existsSync(join(launcherDir, 'lib'))) {
    throw new Neo4jStartError(
      'The embedded Neo4j launcher is not built (neo4j/target is missing). Run `npm run build:neo4j` ' +
        '(it needs Maven and reaches Maven Central), or set NEO4J_URI to a running Neo4j.',
    );
  }
}

async function waitForBolt(child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Neo4jStartError(
        `The embedded Neo4j exited with code ${exited} before Bolt answered. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    if (readFileSync(logFile, 'utf8').includes('READY bolt://')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Neo4jStartError(
    `The embedded Neo4j did not answer within ${timeoutMs} ms (NEO4J_START_TIMEOUT_MS). Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/** Starts the launcher, waits until Bolt is up, and returns a handle that stops it. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  checkPrerequisites(options.java);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  if (!(await portIsFree(port))) {
    throw new Neo4jStartError(
      `Port ${port} on 127.0.0.1 is taken, so the embedded Neo4j cannot listen there. ` +
        'Stop whatever holds it, set NEO4J_BOLT_PORT to another port (0 picks a free one), ' +
        'or set NEO4J_URI to use that Neo4j instead.',
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'launcher.log');
  const log = createWriteStream(logFile, { flags: 'w' });
  await new Promise((r) => log.once('open', r));

  const child = spawn(
    options.java,
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      `-Dneo4j.pagecache=${bytes(options.pageCache)}`,
      `-Dneo4j.txTimeoutSeconds=${options.txTimeoutSeconds}`,
      '-XX:+UseG1GC',
      '-cp',
      `${join(launcherDir, 'classes')}:${join(launcherDir, 'lib', '*')}`,
      'leshan.neo4j.EmbeddedNeo4j',
      options.dataDir,
      String(port),
    ],
    // stdin stays a pipe: the launcher exits when it closes, so it never outlives us.
    { stdio: ['pipe', log, log] },
  );
  await waitForBolt(child, logFile, options.startTimeoutMs);

  const exit = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    uri: `bolt://127.0.0.1:${port}`,
    logFile,
    pid: child.pid ?? -1,
    password: readFileSync(join(options.dataDir, 'password'), 'utf8').trim(),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 30000);
      await exit;
      clearTimeout(killed);
      log.end();
    },
  };
}

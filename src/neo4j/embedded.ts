import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { EmbeddedNeo4jOptions } from '../config';
import { projectRoot } from '../config';
import { logger } from '../logger';
import { portIsFree } from '../ports';

/**
 * A Neo4j started by this process from the project's own launcher (neo4j/pom.xml), and
 * supervised: when the Java process exits, or stops answering Bolt handshakes, it is
 * restarted with backoff on the same store and port.
 */
export interface EmbeddedNeo4j {
  uri: string;
  logFile: string;
  /** The Java process's pid (a restart changes it). */
  readonly pid: number;
  /** The user `neo4j`'s password, from `<dataDir>/password` (made by the launcher, mode 0600). */
  password: string;
  /** Called with false when Neo4j goes away, with true when a restart answers again. */
  onAvailability(listener: (available: boolean) => void): void;
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

/** Waits for the launcher's READY line, written to `logFile` after byte `from`. */
async function waitForBolt(
  child: ChildProcess,
  logFile: string,
  from: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      if (readFileSync(logFile).subarray(from).toString().includes('FileLockException')) {
        throw new Neo4jStartError(
          `The embedded Neo4j's store in ${dirname(logFile)} is locked by another Neo4j process. ` +
            'Stop that process, give this one its own NEO4J_DATA_DIR, or set NEO4J_URI.',
        );
      }
      throw new Neo4jStartError(
        `The embedded Neo4j exited with code ${exited} before Bolt answered. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    if (readFileSync(logFile).subarray(from).toString().includes('READY bolt://')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Neo4jStartError(
    `The embedded Neo4j did not answer within ${timeoutMs} ms (NEO4J_START_TIMEOUT_MS). Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/** Written next to the store while a process serves it, removed on stop: `{uri, pid}`. */
const RUNTIME_FILE = 'server.json';

export interface RunningServer {
  uri: string;
  /** The Node process that started and supervises it. */
  pid: number;
  password: string;
}

/**
 * The server that serves the embedded store in `dataDir` now, if any: its runtime file
 * names a live process. (A process killed with -9 leaves the file; its pid is dead.)
 */
export function runningServer(dataDir: string): RunningServer | null {
  let runtime: { uri?: unknown; pid?: unknown };
  try {
    runtime = JSON.parse(readFileSync(join(dataDir, RUNTIME_FILE), 'utf8')) as typeof runtime;
  } catch {
    return null;
  }
  if (typeof runtime.uri !== 'string' || typeof runtime.pid !== 'number') return null;
  try {
    process.kill(runtime.pid, 0);
  } catch (error) {
    // EPERM: alive, another user's. ESRCH: gone.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  let password: string;
  try {
    password = readFileSync(join(dataDir, 'password'), 'utf8').trim();
  } catch {
    throw new Neo4jStartError(
      `A server (pid ${runtime.pid}) runs the embedded Neo4j in ${dataDir}, but its password file cannot be read. ` +
        'Run this as the user who started the server, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  return { uri: runtime.uri, pid: runtime.pid, password };
}

/**
 * True when something on `port` answers a Bolt handshake within `timeoutMs`: a live Neo4j
 * does so even when its connection pool is busy, a stopped or hung one does not.
 */
export function answersBolt(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolveProbe) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolveProbe(answered);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () =>
      // The magic preamble, then four proposed versions (5.0 and 4.4, then none).
      socket.write(Buffer.from('6060b017' + '00000005' + '00000404' + '0'.repeat(16), 'hex')),
    );
    socket.once('data', () => done(true));
  });
}

const PROBE_EVERY_MS = 1000;
/** Consecutive unanswered probes after which a live Java process counts as hung. */
const PROBE_MISSES = 3;
const BACKOFF_MS = [500, 1000, 2000, 5000, 10000];

/** Starts the launcher, waits until Bolt is up, and returns a supervised handle. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  checkPrerequisites(options.java);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  if (!(await portIsFree(port, '127.0.0.1'))) {
    throw new Neo4jStartError(
      `Port ${port} on 127.0.0.1 is taken, so the embedded Neo4j cannot listen there. ` +
        'Stop whatever holds it, set NEO4J_BOLT_PORT to another port (0 picks a free one), ' +
        'or set NEO4J_URI to use that Neo4j instead.',
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'launcher.log');
  // Restarts append to the same log: the file keeps the whole history of this server.
  const log = createWriteStream(logFile, { flags: 'w' });
  await new Promise((r) => log.once('open', r));

  let child: ChildProcess;
  let stopping = false;
  const listeners = new Set<(available: boolean) => void>();
  const tell = (available: boolean) => listeners.forEach((listener) => listener(available));

  async function launch(): Promise<void> {
    const from = statSync(logFile).size;
    child = spawn(
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
    await waitForBolt(child, logFile, from, options.startTimeoutMs);
    supervise(child);
  }

  function supervise(running: ChildProcess): void {
    let misses = 0;
    const probe = setInterval(() => {
      void answersBolt(port, PROBE_EVERY_MS).then((answered) => {
        misses = answered ? 0 : misses + 1;
        if (misses === PROBE_MISSES && running.exitCode === null && !stopping) {
          logger.warn(
            { javaPid: running.pid },
            `neo4j: no Bolt answer for ${PROBE_MISSES} s; killing the hung Java process ${running.pid}`,
          );
          running.kill('SIGKILL');
        }
      });
    }, PROBE_EVERY_MS);
    probe.unref();
    running.once('exit', (code, signal) => {
      clearInterval(probe);
      if (stopping) return;
      logger.error(
        { javaPid: running.pid, code, signal },
        `neo4j: the Java process ${running.pid} exited (${signal ?? `code ${code}`}); requests get SERVICE_UNAVAILABLE until it is back`,
      );
      tell(false);
      void restart(1);
    });
  }

  async function restart(attempt: number): Promise<void> {
    const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length) - 1];
    await new Promise((r) => setTimeout(r, delay));
    if (stopping) return;
    logger.info({ attempt, delayMs: delay }, `neo4j: restart ${attempt} on the same store`);
    const started = Date.now();
    try {
      await launch();
    } catch (error) {
      if (stopping) return;
      logger.error({ attempt, err: error }, `neo4j: restart ${attempt} failed`);
      return restart(attempt + 1);
    }
    if (stopping) return;
    logger.info(
      { attempt, javaPid: child.pid, startMs: Date.now() - started },
      `neo4j: back up (Java process ${child.pid})`,
    );
    tell(true);
  }

  await launch();
  const uri = `bolt://127.0.0.1:${port}`;
  const runtime = join(options.dataDir, RUNTIME_FILE);
  writeFileSync(runtime, JSON.stringify({ uri, pid: process.pid }) + '\n', { mode: 0o600 });
  return {
    uri,
    logFile,
    get pid() {
      return child.pid ?? -1;
    },
    password: readFileSync(join(options.dataDir, 'password'), 'utf8').trim(),
    onAvailability(listener) {
      listeners.add(listener);
    },
    async stop() {
      stopping = true;
      rmSync(runtime, { force: true });
      const running = child;
      if (running.exitCode === null && running.signalCode === null) {
        const exit = new Promise<void>((r) => running.once('exit', () => r()));
        running.kill('SIGTERM');
        const killed = setTimeout(() => running.kill('SIGKILL'), 30000);
        await exit;
        clearTimeout(killed);
      }
      log.end();
    },
  };
}

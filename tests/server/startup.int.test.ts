import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/neo4j';

const root = join(__dirname, '..', '..');

describe('npm start with the API port taken', () => {
  let dataDir: string;
  let holder: Server;
  let port: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leshan-port-taken-'));
    port = await freePort();
    holder = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
  });
  afterAll(() => {
    holder?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits at once naming the port, before it starts Neo4j', async () => {
    const started = Date.now();
    const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((r) => server.once('exit', r));
    console.log(`a taken port stopped npm start after ${Date.now() - started} ms (tsx included)`);
    expect(code).toBe(1);
    expect(stderr).toContain(`the API port is taken (127.0.0.1:${port})`);
    // Neo4j was never started: no launcher log, no store.
    expect(existsSync(join(dataDir, 'launcher.log'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(30000);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runningServer } from '../../src/neo4j/embedded';

describe('runningServer', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'leshan-runtime-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const runtime = (pid: number) =>
    writeFileSync(
      join(dataDir, 'server.json'),
      JSON.stringify({ uri: 'bolt://127.0.0.1:7999', pid }),
    );

  it('finds a live server with its password', () => {
    runtime(process.pid);
    writeFileSync(join(dataDir, 'password'), 'kept-password\n', { mode: 0o600 });
    expect(runningServer(dataDir)).toEqual({
      uri: 'bolt://127.0.0.1:7999',
      pid: process.pid,
      password: 'kept-password',
    });
  });

  it('ignores a runtime file left by a process that is gone, and a missing one', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    runtime(gone);
    expect(runningServer(dataDir)).toBeNull();
    rmSync(join(dataDir, 'server.json'));
    expect(runningServer(dataDir)).toBeNull();
  });

  it('says what to do when the password file cannot be read', () => {
    runtime(process.pid);
    expect(() => runningServer(dataDir)).toThrow(/its password file cannot be read.*NEO4J_URI/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config';
import { freePort, Neo4jStartError, startEmbeddedNeo4j } from '../../src/neo4j';

// Every attempt gets its own data directory under one root, removed after the file.
let root: string;
const options = () => ({
  ...readConfig({}).embedded,
  dataDir: mkdtempSync(join(root, 'attempt-')),
});

describe('startEmbeddedNeo4j failures', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'leshan-neo4j-fail-'));
  });
  // A launcher killed at its deadline may still be exiting: retry while it lets go.
  afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10 }));

  it('refuses a taken port at once and says what to do', async () => {
    const port = await freePort();
    const holder: Server = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    const started = Date.now();
    try {
      await expect(startEmbeddedNeo4j({ ...options(), boltPort: port })).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is taken.*NEO4J_BOLT_PORT`),
      );
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      holder.close();
    }
  });

  it('explains a missing JDK', async () => {
    await expect(
      startEmbeddedNeo4j({ ...options(), java: '/nonexistent/bin/java', boltPort: 0 }),
    ).rejects.toThrow(/Java was not found \(\/nonexistent\/bin\/java\).*JDK 17.*NEO4J_URI/s);
  });

  it('shows the log tail when Neo4j does not come up in time', async () => {
    const error = await startEmbeddedNeo4j({
      ...options(),
      boltPort: 0,
      startTimeoutMs: 1000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jStartError);
    expect((error as Error).message).toMatch(
      /did not answer within 1000 ms \(NEO4J_START_TIMEOUT_MS\)/,
    );
  });
});

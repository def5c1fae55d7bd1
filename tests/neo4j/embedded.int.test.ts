import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { Database, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';

/** A launcher of this file's own (never the shared test Neo4j), on a throwaway store. */
describe('the embedded Neo4j', () => {
  let dataDir: string;
  let server: EmbeddedNeo4j | undefined;
  const start = async () =>
    (server = await startEmbeddedNeo4j({ ...readConfig({}).embedded, dataDir, boltPort: 0 }));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leshan-neo4j-own-'));
    await start();
  }, 180000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 10 });
  });

  async function refusal(user: string, password: string): Promise<string> {
    const driver = neo4j.driver(server!.uri, neo4j.auth.basic(user, password));
    try {
      await driver.verifyConnectivity();
      return 'accepted';
    } catch (error) {
      return String((error as { code?: string }).code);
    } finally {
      await driver.close();
    }
  }

  describe('auth', () => {
    it('keeps a generated password in the data directory, readable by its owner only', () => {
      const file = join(dataDir, 'password');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(server!.password);
      expect(server!.password).toMatch(/^[\w-]{32}$/);
    });

    it('refuses made-up credentials and accepts the kept password', async () => {
      expect(await refusal('neo4j', 'neo4j')).toBe('Neo.ClientError.Security.Unauthorized');
      expect(await refusal('intruder', 'whatever')).toBe('Neo.ClientError.Security.Unauthorized');
      const db = await Database.connect({
        uri: server!.uri,
        user: 'neo4j',
        password: server!.password,
      });
      try {
        expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await db.close();
      }
    });

    it('never prints the password, and keeps it across a restart on the same store', async () => {
      const { password } = server!;
      expect(readFileSync(server!.logFile, 'utf8')).not.toContain(password);
      await server!.stop();
      await start();
      expect(server!.password).toBe(password);
      expect(await refusal('neo4j', password)).toBe('accepted');
    }, 180000);
  });
});

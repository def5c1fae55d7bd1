import { GraphQLError } from 'graphql';
import { readConfig } from '../../src/config';
import { Database } from '../../src/neo4j';
import { RequestScope } from '../../src/requestScope';
import { startApi } from './support/api';

const stopped = () => new GraphQLError('stopped', { extensions: { code: 'LIMIT_EXCEEDED' } });

/** The transactions Neo4j is running for one request (by the metadata the API sets). */
async function transactionsOf(db: Database, request: string): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.request = $request RETURN transactionId AS id',
    { request },
  );
  return rows.map((row) => row.id);
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('the request deadline', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.connect(readConfig().neo4j!, 60000);
  });
  afterAll(() => db.close());

  it('stops a running statement at the deadline and Neo4j stops working on it', async () => {
    const scope = new RequestScope(1500, stopped, 1e9, stopped);
    const started = Date.now();
    const slow = db
      .forRequest(scope)
      .read('UNWIND range(1, 2000000000) AS x RETURN sum(x * x) AS total');
    // While it runs, Neo4j lists it under the request's id …
    expect(await until(async () => (await transactionsOf(db, scope.id)).length === 1, 1400)).toBe(
      true,
    );
    await expect(slow).rejects.toThrow('stopped');
    expect(Date.now() - started).toBeLessThan(5000);
    // … and soon after the deadline, no more.
    expect(await until(async () => (await transactionsOf(db, scope.id)).length === 0, 5000)).toBe(
      true,
    );
  });

  it('refuses further reads of a stopped request without sending them', async () => {
    const scope = new RequestScope(60000, stopped, 1e9, stopped);
    let sent = 0;
    const unobserve = db.observe(() => (sent += 1));
    try {
      scope.abort(stopped());
      await expect(db.forRequest(scope).read('RETURN 1 AS one')).rejects.toThrow('stopped');
      expect(sent).toBe(0);
    } finally {
      unobserve();
      scope.end();
    }
  });
});

describe('a request past REQUEST_TIMEOUT_MS over HTTP', () => {
  it('is answered LIMIT_EXCEEDED with the deadline, and leaves no transaction behind', async () => {
    const api = await startApi({ requestTimeoutMs: 1 });
    try {
      const response = await api.post('{ documents { sections { paragraphs { text } } } }');
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 1 });
      expect(response.errors![0].message).toMatch(/REQUEST_TIMEOUT_MS/);
      const mine = await api.db.read<{ n: number }>(
        'SHOW TRANSACTIONS YIELD metaData WHERE metaData.request IS NOT NULL RETURN count(*) AS n',
      );
      expect(mine[0].n).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('the response-size ceiling', () => {
  it('stops a request whose answer grows past RESPONSE_LIMIT_BYTES', async () => {
    const api = await startApi({ responseLimitBytes: 5000 });
    try {
      const small = await api.post('{ documents { id } }');
      expect(small.errors).toBeUndefined();
      const response = await api.post('{ documents { paragraphs { text } } }');
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors![0].extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 5000 });
      expect(response.errors![0].message).toMatch(/RESPONSE_LIMIT_BYTES/);
    } finally {
      await api.close();
    }
  });
});

import { connectTestDatabase } from '../support/database';
import type { Database } from '../../src/neo4j';

describe('Database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(() => db.close());

  it('returns integers, lists and maps as plain JavaScript values', async () => {
    const [row] = await db.read('RETURN 42 AS n, [1, 2] AS list, {a: 1} AS map, "乐山" AS s');
    expect(row).toEqual({ n: 42, list: [1, 2], map: { a: 1 }, s: '乐山' });
  });

  it('rolls back the whole transaction when one statement fails', async () => {
    await expect(
      db.transaction(async (run) => {
        await run('CREATE (:RollbackProbe {id: $id})', { id: 'probe' });
        await run('RETURN 1 / 0');
      }),
    ).rejects.toThrow();
    const rows = await db.read('MATCH (n:RollbackProbe) RETURN count(n) AS n');
    expect(rows[0].n).toBe(0);
  });

  it('tells observers about every statement it sends', async () => {
    const seen: string[] = [];
    const stop = db.observe((cypher) => seen.push(cypher));
    await db.read('RETURN 1 AS one');
    stop();
    await db.read('RETURN 2 AS two');
    expect(seen).toEqual(['RETURN 1 AS one']);
  });
});

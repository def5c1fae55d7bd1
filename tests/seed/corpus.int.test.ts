import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/neo4j';
import { listCorpus } from '../../seed/corpus';
import { seedCorpus } from '../../seed/seedCorpus';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';

jest.setTimeout(300_000);
const quiet = () => {};

/**
 * npm start loads the whole corpus. A report that cannot be read is named with its reason
 * and loads nothing of itself; the reports around it load, and the graph loaded before
 * stays.
 */
describe('loading the corpus', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await connectTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    // A report with no year anywhere: refused by its build.
    mkdirSync(join(dir, 'broken-report'));
    writeFileSync(
      join(dir, 'broken-report', 'report.txt'),
      '关于某县工作的报告\n\n一、主要工作\n\n全县工作稳步推进。\n',
    );
  });
  afterAll(async () => {
    // Leave the database as the other tests expect it: the Leshan graph alone.
    await ensureLeshanGraph(db);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every readable report and names the one it refuses, keeping the rest', async () => {
    await ensureLeshanGraph(db);
    const [leshan, ...folders] = listCorpus();
    const kaizhou = folders.find((report) => report.name === 'kaizhou-2025')!;
    const broken = { name: 'broken-report', sourcePath: join(dir, 'broken-report', 'report.txt') };
    const logged: string[] = [];
    const result = await seedCorpus(db, {
      reports: [leshan, broken, kaizhou],
      log: (line) => logged.push(line),
    });

    expect(result.refused.map((r) => r.name)).toEqual(['broken-report']);
    expect(result.refused[0].reason).toMatch(/report\.txt/);
    expect(result.refused[0].reason).toMatch(/years/);
    expect(logged.some((line) => line.startsWith('refused: broken-report'))).toBe(true);
    expect(result.loaded.map((r) => r.documentId)).toEqual([
      'Document:leshan-2025',
      'Document:kaizhou-2025',
    ]);
    // Leshan was already there and unchanged: not reloaded.
    expect(result.loaded[0].loaded).toBe(false);
    expect(result.loaded[1].loaded).toBe(true);
    const documents = await db.read<{ id: string }>(
      'MATCH (d:Document) RETURN d.id AS id ORDER BY id',
    );
    expect(documents.map((d) => d.id)).toEqual(['Document:kaizhou-2025', 'Document:leshan-2025']);
  });

  it('loads every report of seed/corpus as shipped, refusing none', async () => {
    const result = await seedCorpus(db, { log: quiet });
    expect(result.refused).toEqual([]);
    expect(result.loaded).toHaveLength(listCorpus().length);
    const [{ count }] = await db.read<{ count: number }>(
      'MATCH (d:Document) RETURN count(d) AS count',
    );
    expect(count).toBe(listCorpus().length);
  });
});

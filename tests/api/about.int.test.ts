import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../../seed/seedDatabase';
import type { Database } from '../../src/neo4j';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { sliceOf } from '../seed/leshan';
import { dataOf, serve, type Json, type TestApi } from './support/api';

const FIXTURES = join(__dirname, '..', 'fixtures');
const quiet = () => {};

/*
 * Document.about: the region each report is about (ABOUT), with the words that name it.
 * Leshan's comes from its metadata; the 犍为 fixture is loaded with metadata that names no
 * region, so its region is read from the report's own title.
 */
describe('Document.about', () => {
  let db: Database;
  let api: TestApi | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'about-'));
    copyFileSync(join(FIXTURES, 'another-report.txt'), join(dir, 'another-report.txt'));
    const meta = readFileSync(join(FIXTURES, 'another-report.yaml'), 'utf8');
    expect(meta).toMatch(/^region: 犍为县$/mu);
    writeFileSync(join(dir, 'another-report.yaml'), meta.replace(/^region: .*\n/mu, ''));
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    await seedDatabase(db, {
      sourcePath: join(dir, 'another-report.txt'),
      force: true,
      log: quiet,
    });
    api = await serve(db);
  }, 180_000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await ensureLeshanGraph(db);
    if (api) await api.close();
    else await db.close();
  }, 180_000);

  const ABOUT = `{ documents { id region about {
    division { id name code kind partOf { node { name } } }
    evidence { quote start end paragraph { id } }
  } } }`;

  it('links each report to its region, with the words of the text that name it', async () => {
    const { documents } = dataOf<Json>(await api!.post(ABOUT));
    const byId = Object.fromEntries(documents.map((d: Json) => [d.id, d]));
    expect(byId['Document:leshan-2025'].about).toEqual({
      division: {
        id: 'AdminDivision:乐山市',
        name: '乐山市',
        code: '511100',
        kind: 'CITY',
        partOf: [{ node: { name: '四川省' } }],
      },
      evidence: {
        quote: '乐山市',
        start: 4,
        end: 7,
        paragraph: { id: 'Paragraph:leshan-2025:1' },
      },
    });
    const qianwei = byId['Document:qianwei-2025'];
    // Read from the title, as the metadata no longer names it.
    expect(qianwei.region).toBe('犍为县');
    expect(qianwei.about.division).toMatchObject({ id: 'AdminDivision:犍为县', code: '511123' });
    const { quote, start, end } = qianwei.about.evidence;
    expect(quote).toBe('犍为县');
    const source = readFileSync(join(FIXTURES, 'another-report.txt'), 'utf8');
    expect(sliceOf(source, start, end)).toBe(quote);
    expect(start).toBeLessThan(100);
  });

  it('lists the reports about a division, or about it and its parts', async () => {
    const data = dataOf<Json>(
      await api!.post(`{
        leshan: adminDivision(id: "AdminDivision:乐山市") {
          reports { id }
          withParts: reports(includeParts: true) { id }
        }
        qianwei: adminDivision(id: "AdminDivision:犍为县") { reports { id } }
        sichuan: adminDivision(id: "AdminDivision:四川省") { reports { id } }
      }`),
    );
    expect(data.leshan.reports).toEqual([{ id: 'Document:leshan-2025' }]);
    expect(data.leshan.withParts).toEqual([
      { id: 'Document:leshan-2025' },
      { id: 'Document:qianwei-2025' },
    ]);
    expect(data.qianwei.reports).toEqual([{ id: 'Document:qianwei-2025' }]);
    expect(data.sichuan.reports).toEqual([]);
  });
});

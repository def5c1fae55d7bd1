import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/neo4j';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from '../../seed/paths';
import { seedDatabase } from '../../seed/seedDatabase';
import { connectTestDatabase } from '../support/database';
import { graphHash, otherReports } from './leshan';

const quiet = () => {};

/** Uncurated reports of other places, loaded beside the curated Leshan graph. */
describe('loading reports of other Sichuan cities and counties beside Leshan, without curation', () => {
  let db: Database;
  let annotationsDir: string;
  const documents = {
    'Document:leshan-2025': LESHAN_SOURCE,
    'Document:meishan-2024': otherReports.meishan,
    'Document:jingyan-2025': otherReports.jingyan,
    'Document:yibin-2023': otherReports.yibin,
    'Document:jiajiang-2024': otherReports.jiajiang,
  };

  beforeAll(async () => {
    annotationsDir = mkdtempSync(join(tmpdir(), 'seed-annotations-'));
    cpSync(LESHAN_ANNOTATIONS, annotationsDir, { recursive: true });
    db = await connectTestDatabase();
    await db.write('MATCH (n) DETACH DELETE n');
    await seedDatabase(db, { annotationsDir, force: true, log: quiet });
    for (const path of Object.values(otherReports)) {
      await seedDatabase(db, { sourcePath: path, force: true, log: quiet });
    }
  }, 240000);
  afterAll(async () => {
    if (annotationsDir) rmSync(annotationsDir, { recursive: true, force: true });
    await db?.close();
  });

  it('holds every document with its paragraphs, and the other reports have no curated facts', async () => {
    const rows = await db.read<{ id: string; paragraphs: number; curated: number }>(
      `MATCH (d:Document)
       OPTIONAL MATCH (p:Paragraph {documentId: d.id})
       WITH d, count(p) AS paragraphs
       OPTIONAL MATCH ()-[r {documentId: d.id}]->() WHERE r.source = 'curated'
       RETURN d.id AS id, paragraphs, count(r) AS curated ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(Object.keys(documents).sort());
    for (const row of rows) {
      expect(row.paragraphs).toBeGreaterThan(10);
      expect(row.curated > 0).toBe(row.id === 'Document:leshan-2025');
    }
  });

  it('shares the gazetteer’s divisions: 眉山市 is named by three reports, never by Leshan’s 峨眉山', async () => {
    const [meishan] = await db.read<{ documentIds: string[]; code: string; parents: string[] }>(
      `MATCH (m:AdminDivision {id: 'AdminDivision:眉山市'})
       OPTIONAL MATCH (m)-[:PART_OF {source: 'gazetteer'}]->(p)
       RETURN m.documentIds AS documentIds, m.code AS code, collect(p.id) AS parents`,
    );
    expect([...meishan.documentIds].sort()).toEqual([
      'Document:jiajiang-2024',
      'Document:jingyan-2025',
      'Document:meishan-2024',
    ]);
    expect(meishan).toMatchObject({ code: '511400', parents: ['AdminDivision:四川省'] });
    const inLeshan = await db.read(
      `MATCH (:AdminDivision {id: 'AdminDivision:眉山市'})-[m:MENTIONED_IN]->()
       WHERE m.documentId = 'Document:leshan-2025' RETURN m.id AS id`,
    );
    expect(inLeshan).toEqual([]);
    const chongqing = await db.read(
      `MATCH (:AdminDivision {id: 'AdminDivision:重庆市'})-[:PART_OF]->(p) RETURN p.id AS id`,
    );
    expect(chongqing).toEqual([]);
  });

  it('compares GDP growth across the reports, each with the words it was read from', async () => {
    const rows = await db.read<{
      id: string;
      value: number;
      quote: string;
      documentId: string;
      start: number;
      end: number;
    }>(
      `MATCH (:Indicator {id: 'Indicator:地区生产总值增长'})-[:HAS_OBSERVATION]->(o:Observation {kind: 'estimate'})
       RETURN o.id AS id, o.value AS value, o.quote AS quote, o.documentId AS documentId,
              o.start AS start, o.end AS end ORDER BY id`,
    );
    expect(rows.map((r) => [r.id, r.value])).toEqual([
      ['Observation:jiajiang-2024:地区生产总值增长:2023:estimate', 6],
      ['Observation:jingyan-2025:地区生产总值增长:2024:estimate', 5.9],
      ['Observation:leshan-2025:地区生产总值增长:2024:estimate', 4.5],
      ['Observation:meishan-2024:地区生产总值增长:2023:estimate', 6.2],
      ['Observation:yibin-2023:地区生产总值增长:2022:estimate', 4.5],
    ]);
    for (const row of rows) {
      const source = Array.from(
        readFileSync(documents[row.documentId as keyof typeof documents], 'utf8'),
      );
      expect(source.slice(row.start, row.end).join('')).toBe(row.quote);
    }
  });

  it('gives every entity but gazetteer-only ones a mention', async () => {
    const silent = await db.read<{ id: string }>(
      `MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() AND e.source <> 'gazetteer' RETURN e.id AS id`,
    );
    expect(silent).toEqual([]);
  });

  it('reloads the Leshan report without touching the others', async () => {
    const before = (await graphHash(db)).hash;
    await seedDatabase(db, { annotationsDir, force: true, log: quiet });
    expect((await graphHash(db)).hash).toBe(before);
  }, 120000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDatabase } from '../../seed/seedDatabase';
import { LESHAN_SOURCE } from '../../seed/paths';
import type { Database } from '../../src/neo4j';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { fixtures, otherReports, sliceOf } from '../seed/leshan';
import { readCookbook } from '../web/cookbook';
import { dataOf, serve, type Json, type TestApi } from './support/api';

const JIAJIANG_2025 = join(fixtures, 'jiajiang-2025.txt');
const SOURCES: Record<string, string> = {
  'Document:leshan-2025': LESHAN_SOURCE,
  'Document:jiajiang-2024': otherReports.jiajiang,
  'Document:jiajiang-2025': JIAJIANG_2025,
  'Document:meishan-2024': otherReports.meishan,
};
const quiet = () => {};

const CELL = `value text kind measure curated wording
  document { id } region { id } evidence { quote start end }
  metEvidence { quote start end }`;
const ROW = `indicator { id } region { name } year unit differenceUnit
  target targetText targetWording targetDerived estimate estimateText gap metTarget
  targetObservation { ${CELL} } estimateObservation { ${CELL} }`;
const SERIES = `query ($indicator: String!, $regions: [String!], $years: IntFilter) {
  indicatorSeries(indicator: $indicator, regions: $regions, years: $years) { ${ROW} }
}`;

/** Every quote of a cell is its report's text at its offsets. */
function expectEvidence(cell: Json) {
  const text = readFileSync(SOURCES[cell.document.id], 'utf8');
  for (const evidence of [cell.evidence, cell.metEvidence].filter(Boolean)) {
    expect(sliceOf(text, evidence.start, evidence.end)).toBe(evidence.quote);
  }
}

/*
 * Four reports of three regions: 乐山 2025, 夹江 2024 and 2025 (the second gives the
 * estimates of the year the first planned), 眉山 2024. One indicator across them, side by
 * side by region and year, each cell with its report and words.
 */
describe('indicatorSeries across reports', () => {
  let db: Database;
  let api: TestApi | undefined;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    for (const sourcePath of [otherReports.jiajiang, JIAJIANG_2025, otherReports.meishan]) {
      await seedDatabase(db, { sourcePath, force: true, log: quiet });
    }
    api = await serve(db);
  }, 300_000);

  afterAll(async () => {
    await ensureLeshanGraph(db);
    if (api) await api.close();
    else await db.close();
  }, 180_000);

  const series = async (variables: Record<string, unknown>) =>
    dataOf<Json>(await api!.post(SERIES, variables)).indicatorSeries as Json[];

  it('puts a report’s target for a year beside the next report’s estimate, with the gap', async () => {
    const rows = await series({ indicator: '地区生产总值增长' });
    const byRegion = (name: string) =>
      rows.filter((row) => row.region?.name === name).map((row) => row.year);
    expect(byRegion('乐山市')).toEqual([2024, 2025]);
    expect(byRegion('夹江县')).toEqual([2023, 2024, 2025]);
    expect(new Set(rows.map((row) => row.region?.name)).size).toBeGreaterThanOrEqual(3);

    const jiajiang2024 = rows.find((row) => row.region?.name === '夹江县' && row.year === 2024);
    expect(jiajiang2024).toMatchObject({
      unit: '%',
      differenceUnit: '个百分点',
      target: 6.5,
      targetDerived: false,
      estimate: 5.8,
      gap: -0.7,
      metTarget: false,
    });
    // The target is the 2024 report's plan; the estimate the 2025 report's.
    expect(jiajiang2024.targetObservation).toMatchObject({
      kind: 'TARGET',
      measure: 'LEVEL',
      curated: false,
      document: { id: 'Document:jiajiang-2024' },
      region: { id: 'AdminDivision:夹江县' },
    });
    expect(jiajiang2024.targetObservation.evidence.quote).toContain('地区生产总值增长6.5%左右');
    expect(jiajiang2024.estimateObservation).toMatchObject({
      kind: 'ESTIMATE',
      document: { id: 'Document:jiajiang-2025' },
    });
    // Without the 2023 plan's report, 2023's target is the one the 2024 report implies.
    expect(rows.find((row) => row.region?.name === '夹江县' && row.year === 2023)).toMatchObject({
      target: 7,
      targetDerived: true,
      estimate: 6,
      gap: -1,
    });
    expect(rows.find((row) => row.region?.name === '乐山市' && row.year === 2024)).toMatchObject({
      target: 7,
      targetDerived: true,
      estimate: 4.5,
      gap: -2.5,
    });
    expect(rows.find((row) => row.region?.name === '乐山市' && row.year === 2025)).toMatchObject({
      target: 6,
      estimate: null,
      gap: null,
    });
    for (const row of rows) {
      for (const cell of [row.targetObservation, row.estimateObservation].filter(Boolean))
        expectEvidence(cell);
    }
  });

  it('subtracts one report’s target from the next one’s estimate when the text gives no gap', async () => {
    const [row] = await series({
      indicator: 'Indicator:固定资产投资增长',
      regions: ['AdminDivision:夹江县'],
      years: { equals: 2024 },
    });
    expect(row).toMatchObject({ year: 2024, target: 5, estimate: 3.1, gap: -1.9 });
    // Missed, as the 2025 report's own list of indicators with a gap says.
    expect(row.metTarget).toBe(false);
    expect(row.estimateObservation.metEvidence.quote).toMatch(
      /^对照.*2024年计划.*固定资产投资.*差距$/u,
    );
    expectEvidence(row.estimateObservation);
  });

  it('keeps to the regions (by name or id) and years asked for', async () => {
    const rows = await series({
      indicator: '地区生产总值增长',
      regions: ['夹江县', 'AdminDivision:乐山市'],
      years: { gte: 2024 },
    });
    expect(rows.map((row) => [row.region.name, row.year])).toEqual([
      ['乐山市', 2024],
      ['乐山市', 2025],
      ['夹江县', 2024],
      ['夹江县', 2025],
    ]);
  });

  it('answers the cookbook’s question across the four reports, each cell with its words', async () => {
    const [entry] = readCookbook().filter((e) => e.file.startsWith('15-'));
    const { indicatorSeries } = dataOf<Json>(await api!.post(entry.query, entry.variables ?? {}));
    const documents = new Set<string>();
    for (const row of indicatorSeries) {
      for (const cell of [row.targetObservation, row.estimateObservation].filter(Boolean)) {
        documents.add(cell.document.id);
        expectEvidence({ ...cell, metEvidence: null });
      }
    }
    expect([...documents].sort()).toEqual(Object.keys(SOURCES).sort());
    expect(
      indicatorSeries
        .filter((row: Json) => row.target !== null && row.estimate !== null)
        .map((row: Json) => [row.region.name, row.year, row.gap]),
    ).toEqual([
      ['乐山市', 2024, -2.5],
      ['夹江县', 2023, -1],
      ['夹江县', 2024, -0.7],
      ['眉山市', 2023, -0.8],
    ]);
  });

  it('names an indicator it does not know', async () => {
    const response = await api!.post(SERIES, { indicator: '不存在的指标' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('不存在的指标');
  });

  it('filters observations on measure and curation', async () => {
    const QUERY = `query ($some: ObservationFilter) {
      indicators(filter: { observations: { some: $some } }, first: 100) {
        nodes { id observations { measure curated } }
      }
    }`;
    const having = async (some: Json) =>
      dataOf<Json>(await api!.post(QUERY, { some })).indicators.nodes as Json[];
    const changes = await having({ measure: ['CHANGE'] });
    expect(changes.map((node) => node.id)).toContain('Indicator:常住人口城镇化率');
    for (const node of changes)
      expect(node.observations.map((o: Json) => o.measure)).toContain('CHANGE');
    const curated = await having({ curated: true });
    const uncurated = await having({ curated: false });
    expect(curated.length).toBeGreaterThan(0);
    expect(uncurated.length).toBeGreaterThan(0);
    for (const node of curated)
      expect(node.observations.map((o: Json) => o.curated)).toContain(true);
    for (const node of uncurated)
      expect(node.observations.map((o: Json) => o.curated)).toContain(false);
  });
});

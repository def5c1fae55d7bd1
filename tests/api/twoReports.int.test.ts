import { join } from 'node:path';
import { seedDatabase } from '../../seed/seedDatabase';
import type { Database } from '../../src/neo4j';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { dataOf, serve, type Json, type TestApi } from './support/api';

const ANOTHER_REPORT = join(__dirname, '..', 'fixtures', 'another-report.txt');
const LESHAN = 'Document:leshan-2025';
const QIANWEI = 'Document:qianwei-2025';
const quiet = () => {};

/*
 * Two reports loaded side by side: the 乐山 report and a short 犍为 report of the same
 * genre (tests/fixtures/another-report.txt). Both report GDP growth on the one shared
 * Indicator node, and both have a 二、(三) and a paragraph 3: nothing asked of one may
 * answer from the other.
 */
describe('the API with two reports loaded', () => {
  let db: Database;
  let api: TestApi | undefined;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    await seedDatabase(db, { sourcePath: ANOTHER_REPORT, force: true, log: quiet });
    api = await serve(db);
  }, 180_000);

  afterAll(async () => {
    // Leave the database holding the Leshan graph alone, as the other test files expect.
    await ensureLeshanGraph(db);
    if (api) await api.close();
    else await db.close();
  }, 180_000);

  const ask = async (query: string, variables?: Record<string, unknown>) =>
    dataOf<Json>(await api!.post(query, variables));

  async function refusal(query: string, variables?: Record<string, unknown>) {
    const response = await api!.post(query, variables);
    expect(response.errors).toHaveLength(1);
    return response.errors![0];
  }

  const ROW = `indicator { name } document { id } estimate gap target targetDerived metTarget nextTarget`;

  it('loads both reports', async () => {
    const { documents } = await ask('{ documents { id } }');
    expect(documents.map((d: Json) => d.id)).toEqual([LESHAN, QIANWEI]);
  });

  it('keeps 乐山’s GDP row at 4.5, −2.5, 7 and 6, each report compared on its own', async () => {
    const { leshan, all } = await ask(
      `query ($document: ID) {
        leshan: indicatorComparison(document: $document) { ${ROW} }
        all: indicatorComparison { ${ROW} }
      }`,
      { document: LESHAN },
    );
    const gdp = {
      indicator: { name: '地区生产总值增长' },
      document: { id: LESHAN },
      estimate: 4.5,
      gap: -2.5,
      target: 7,
      targetDerived: true,
      metTarget: false,
      nextTarget: 6,
    };
    expect(leshan[0]).toEqual(gdp);
    expect(leshan.every((row: Json) => row.document.id === LESHAN)).toBe(true);
    // Every document's rows, 乐山's exactly as asked alone, and 犍为's GDP row its own.
    expect(all.filter((row: Json) => row.document.id === LESHAN)).toEqual(leshan);
    expect(
      all.find(
        (row: Json) => row.document.id === QIANWEI && row.indicator.name === '地区生产总值增长',
      ),
    ).toMatchObject({ estimate: 5.8, gap: -0.7 });
  });

  it('still lists every indicator 乐山 missed, 规模以上工业增加值增长 included', async () => {
    const { indicatorComparison } = await ask(
      `query ($document: ID) { indicatorComparison(document: $document, missedTarget: true) { ${ROW} } }`,
      { document: LESHAN },
    );
    expect(indicatorComparison.map((row: Json) => [row.indicator.name, row.estimate])).toEqual([
      ['地区生产总值增长', 4.5],
      ['规模以上工业增加值增长', 1.2],
      ['固定资产投资增长', 3],
      ['社会消费品零售总额增长', 5],
      ['地方一般公共预算收入增长', 2.7],
    ]);
  });

  it('compares one indicator in the document named, and asks which when several give it values', async () => {
    const COMPARISON = `query ($document: ID) {
      indicator(name: "地区生产总值增长") { comparison(document: $document) { document { id } estimate gap } }
    }`;
    expect((await ask(COMPARISON, { document: LESHAN })).indicator.comparison).toEqual({
      document: { id: LESHAN },
      estimate: 4.5,
      gap: -2.5,
    });
    expect((await ask(COMPARISON, { document: QIANWEI })).indicator.comparison).toMatchObject({
      estimate: 5.8,
    });
    const error = await refusal(COMPARISON);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'document' });
    expect(error.message).toContain(LESHAN);
    expect(error.message).toContain(QIANWEI);
  });

  it.each([
    ['section', `{ section(label: "二、(三)") { id } }`],
    ['paragraph', `{ paragraph(order: 3) { id } }`],
    ['footnotes', `{ footnotes(section: "二、(三)") { number } }`],
    ['programs', `{ programs(section: "二、(三)") { name } }`],
    [
      'mentionedInSection',
      `{ industries(filter: { mentionedInSection: "二、(一)" }) { totalCount } }`,
    ],
  ])('refuses a %s lookup by label or order that names no document', async (_field, query) => {
    const error = await refusal(query);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`(${LESHAN}, ${QIANWEI})`);
  });

  it('looks a label or an order up in the document named', async () => {
    const data = await ask(
      `query ($document: ID) {
        section(label: "二、(三)", document: $document) { id title }
        paragraph(order: 3, document: $document) { id }
        footnotes(section: "二、(三)", document: $document) { number }
        programs(section: "二、(三)", document: $document) { name }
        industries(filter: { mentionedInSection: "二、(一)", mentionedInDocument: $document, kind: [EMERGING_INDUSTRY] }) {
          nodes { name }
        }
      }`,
      { document: LESHAN },
    );
    expect(data.section).toEqual({
      id: 'Section:leshan-2025:二、(三)',
      title: '强化发展后劲支撑,发挥项目投资拉动作用',
    });
    expect(data.paragraph).toEqual({ id: 'Paragraph:leshan-2025:3' });
    expect(data.footnotes.map((f: Json) => f.number)).toEqual([25, 26, 28]);
    expect(data.programs).toHaveLength(3);
    expect(data.industries.nodes.map((i: Json) => i.name).sort()).toEqual(
      ['低空经济', '新型储能', '氢能'].sort(),
    );
  });

  it('needs no document for a section id, which names its own', async () => {
    const data = await ask(`{
      section(id: "Section:leshan-2025:二、(三)") { label }
      footnotes(section: "Section:leshan-2025:二、(三)") { number }
      industries(filter: { mentionedInSection: "Section:leshan-2025:二、(一)", kind: [EMERGING_INDUSTRY] }) {
        totalCount
      }
    }`);
    expect(data.section.label).toBe('二、(三)');
    expect(data.footnotes.map((f: Json) => f.number)).toEqual([25, 26, 28]);
    expect(data.industries.totalCount).toBe(3);
  });
});

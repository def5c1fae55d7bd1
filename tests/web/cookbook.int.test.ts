import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { projectRoot, readConfig } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { buildApp, listen, type App } from '../../src/server';
import { connectTestDatabase } from '../support/database';
import { readCookbook } from './cookbook';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { fetch } from '../support/http';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

const source = Array.from(
  readFileSync(join(projectRoot, 'seed', 'source', 'leshan-2025-plan-report.txt'), 'utf8'),
);
const at = (start: number, end: number) => source.slice(start, end).join('');
const names = (items: { name: string }[]) => items.map((item) => item.name).sort();

/**
 * What each cookbook operation must answer, read off the report itself. Every operation
 * in cookbook/ needs an entry here, so a new question comes with its answer.
 */
const expectedAnswers: Record<string, (data: Answer) => void> = {
  ProjectsOfAnIndustryByCounty({ projects }) {
    expect(projects.totalCount).toBe(6);
    const counties = Object.fromEntries(
      projects.nodes.map((project: Answer) => [
        project.name,
        names(project.adminDivisions.map((link: Answer) => link.node)),
      ]),
    );
    expect(counties).toMatchObject({
      马边黄磷企业搬迁: ['马边彝族自治县'],
      '犍为—马边飞地省级化工园区': ['犍为县', '马边彝族自治县'].sort(),
      五通桥化工园区: ['五通桥区'],
    });
  },

  IndicatorsThatMissedTheir2024Target({ indicatorComparison }) {
    const rows = indicatorComparison.map((row: Answer) => [
      row.indicator.name,
      row.estimate,
      row.gap,
      row.target,
      row.nextTarget,
    ]);
    expect(rows).toEqual([
      ['地区生产总值增长', 4.5, -2.5, 7, 6],
      ['规模以上工业增加值增长', 1.2, -3.5, 4.7, 6.5],
      ['固定资产投资增长', 3, -3, 6, 5],
      ['社会消费品零售总额增长', 5, -3.5, 8.5, 7],
      // Missed as the report's summary of indicators with a gap says; its gap is to 经济增速.
      ['地方一般公共预算收入增长', 2.7, null, null, 3.2],
    ]);
    for (const row of indicatorComparison) {
      expect(row).toMatchObject({ year: 2024, nextYear: 2025, targetDerived: row.target !== null });
      const { quote, start, end } = row.estimateObservation.evidence;
      expect(at(start, end)).toBe(quote);
    }
    expect(indicatorComparison[0].targetObservation.derivation).toContain('4.5');
  },

  FootnotedPrograms({ programs }) {
    const byName = Object.fromEntries(programs.map((program: Answer) => [program.name, program]));
    expect(programs[0].name).toBe('三大使命任务');
    expect(programs[0].footnotes[0]).toMatchObject({ number: 1, ordinal: 1, anomaly: 'NONE' });
    expect(byName['无废城市'].footnotes.map((footnote: Answer) => footnote.number)).toEqual([
      14, 38,
    ]);
    expect(byName['五外联动'].footnotes[0]).toMatchObject({ number: 27, anomaly: 'OUT_OF_ORDER' });
    expect(byName['四公一农'].footnotes[0]).toMatchObject({
      number: 28,
      anomaly: 'DUPLICATE_NUMBER',
    });
    const footnotes = programs.flatMap((program: Answer) => program.footnotes);
    expect(footnotes).toHaveLength(42);
    expect(footnotes.every((footnote: Answer) => footnote.definition === null)).toBe(true);
  },

  ACompanysProjectsAndTheirPhases({ organization }) {
    expect(organization.name).toBe('京运通');
    const project = organization.projects.find(
      (link: Answer) => link.node.name === '京运通二期22吉瓦切片设备安装',
    );
    expect(project.type).toBe('UNDERTAKEN_BY');
    expect(project.node.statuses).toContainEqual(
      expect.objectContaining({ year: 2024, phase: 'ACCELERATING', wording: '加快推进' }),
    );
  },

  SearchAnEntity({ search }) {
    expect(search[0].entity.id).toBe('AdminDivision:犍为县');
    expect(search[0].matchedOn).toBe('alias:健为');
  },

  NeighbourhoodOfAnEntity({ neighborhood }) {
    const ids = neighborhood.nodes.map((node: Answer) => node.id);
    expect(ids[0]).toBe('AdminDivision:犍为县');
    // The county is part of the city, and the report puts one project in it: the park.
    expect([...ids].sort()).toEqual(
      ['AdminDivision:犍为县', 'AdminDivision:乐山市', 'Project:犍为—马边飞地省级化工园区'].sort(),
    );
    const located = neighborhood.edges.find(
      (edge: Answer) =>
        edge.type === 'LOCATED_IN' &&
        edge.source === 'Project:犍为—马边飞地省级化工园区' &&
        edge.target === 'AdminDivision:犍为县',
    );
    expect(located.evidence.quote).toContain('健为—马边飞地省级化工园区');
    expect(at(located.evidence.start, located.evidence.end)).toBe(located.evidence.quote);
  },

  PathBetweenTwoEntities({ paths }) {
    // One shortest path: the relocation is green chemicals, which, like crystalline-silicon
    // photovoltaics, is part of the hundred-billion industrial clusters.
    expect(paths.nodes.map((node: Answer) => node.id).sort()).toEqual(
      [
        'Project:马边黄磷企业搬迁',
        'Industry:绿色化工',
        'Industry:千亿产业集群',
        'Industry:晶硅光伏',
      ].sort(),
    );
    expect(
      paths.edges.map((edge: Answer) => `${edge.source} ${edge.type} ${edge.target}`).sort(),
    ).toEqual(
      [
        'Project:马边黄磷企业搬迁 IN_INDUSTRY Industry:绿色化工',
        'Industry:绿色化工 PART_OF Industry:千亿产业集群',
        'Industry:晶硅光伏 PART_OF Industry:千亿产业集群',
      ].sort(),
    );
  },

  CountiesSeekingAProvincialDevelopmentZone({ policy }) {
    expect(names(policy.seekers.map((link: Answer) => link.node))).toEqual(
      ['市中区', '沐川县', '峨边彝族自治县', '马边彝族自治县'].sort(),
    );
    for (const link of policy.seekers) {
      expect(link).toMatchObject({ year: 2025, commitment: '支持' });
      expect(link.evidence.quote).toContain('创建省级经开区');
    }
  },

  ProjectsCompletedIn2024({ projects }) {
    expect(names(projects.nodes)).toEqual(
      [
        '沃耐稀3000吨抛光粉',
        '海创高纯年产10万吨动力电池负极材料一体化一期',
        '铁道兵博物馆提升改造',
        '巨星生物科技年产45万吨畜禽饲料生产线扩能技改',
      ].sort(),
    );
    for (const project of projects.nodes) {
      expect(project.statuses).toContainEqual(
        expect.objectContaining({ phase: 'COMPLETED', wording: '竣工投产' }),
      );
    }
  },

  ASectionItsParagraphsAndMentions({ section }) {
    expect(section.title).toBe('强化发展后劲支撑,发挥项目投资拉动作用');
    expect(section.parent.label).toBe('二、');
    expect(section.paragraphs.map((paragraph: Answer) => paragraph.lead)).toEqual([
      '增强招商引资实效。',
      '持续提高投资效益。',
      '提速实施重大项目。',
    ]);
    expect(
      section.paragraphs.map((paragraph: Answer) =>
        paragraph.footnotes.map((f: Answer) => f.number),
      ),
    ).toEqual([[25], [26], [28]]);
    expect(section.paragraphs[2].mentions.map((mention: Answer) => mention.surface)).toContain(
      '七包四主',
    );
    for (const paragraph of section.paragraphs) {
      expect(at(paragraph.start, paragraph.end)).toBe(paragraph.text);
      for (const mention of paragraph.mentions)
        expect(at(mention.start, mention.end)).toBe(mention.surface);
    }
  },

  GroupedCounts({ counts }) {
    expect(counts.entitiesByType.map((row: Answer) => row.type)).toHaveLength(8);
    const footnotes = Object.fromEntries(
      counts.footnotesBySection.map((row: Answer) => [row.section.label, row.count]),
    );
    expect(
      Object.values(footnotes).reduce((sum: number, count) => sum + (count as number), 0),
    ).toBe(42);
    expect(footnotes['二、(五)']).toBe(10);
    const mabian = counts.projectsByCounty.find(
      (row: Answer) => row.entity.name === '马边彝族自治县',
    );
    expect(mabian.count).toBeGreaterThanOrEqual(3);
    const completed2024 = counts.projectsByPhase.find(
      (row: Answer) => row.year === 2024 && row.phase === 'COMPLETED',
    );
    expect(completed2024.count).toBeGreaterThanOrEqual(4);
  },

  IndicatorComparisonTable({ indicatorComparison }) {
    expect(indicatorComparison[0]).toMatchObject({
      indicator: { name: '地区生产总值增长' },
      year: 2024,
      nextYear: 2025,
      estimate: 4.5,
      target: 7,
      targetDerived: true,
      gap: -2.5,
      metTarget: false,
      nextTarget: 6,
      nextTargetText: '6%左右',
    });
    const unemployment = indicatorComparison.find(
      (row: Answer) => row.indicator.name === '城镇调查失业率',
    );
    expect(unemployment).toMatchObject({ estimate: 5.5, metTarget: true, nextTarget: 5.5 });
  },

  ExportANeighbourhood({ neighborhood }) {
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes[0].id).toBe('AdminDivision:马边彝族自治县');
    const resort = neighborhood.edges.find(
      (edge: Answer) =>
        edge.type === 'LOCATED_IN' &&
        edge.source === 'Project:马边彝诺农旅田园度假项目' &&
        edge.target === 'AdminDivision:马边彝族自治县',
    );
    expect(resort.evidence.quote).toContain('马边彝诺农旅田园度假项目');
  },

  IndustriesByNumberOfProjects({ industries }) {
    const counts = industries.nodes.map((industry: Answer) => industry.projects.length);
    expect(counts.length).toBe(5);
    expect(counts[0]).toBeGreaterThan(counts[4]);
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
    for (const industry of industries.nodes) {
      for (const { node, evidence } of industry.projects) {
        expect(at(evidence.start, evidence.end)).toBe(evidence.quote);
        expect(node.name.length).toBeGreaterThan(0);
      }
    }
  },

  OneIndicatorAcrossReports({ indicatorSeries }) {
    // The Leshan graph alone: its 2024 row (the target its gap implies) and its 2025 plan.
    expect(
      indicatorSeries.map((row: Answer) => [
        row.region.name,
        row.year,
        row.target,
        row.estimate,
        row.gap,
      ]),
    ).toEqual([
      ['乐山市', 2024, 7, 4.5, -2.5],
      ['乐山市', 2025, 6, null, null],
    ]);
    for (const row of indicatorSeries) {
      for (const cell of [row.targetObservation, row.estimateObservation].filter(Boolean)) {
        expect(cell.document.id).toBe('Document:leshan-2025');
        expect(at(cell.evidence.start, cell.evidence.end)).toBe(cell.evidence.quote);
      }
    }
  },

  MeanGrowthTarget({ observationStats }) {
    expect(observationStats).toHaveLength(1);
    const [stats] = observationStats;
    const values = stats.observations.map((o: Answer) => o.value);
    expect(stats.count).toBe(values.length);
    expect(stats.avg).toBeCloseTo(
      values.reduce((a: number, b: number) => a + b, 0) / values.length,
      9,
    );
    expect(stats.min).toBe(Math.min(...values));
    expect(stats.max).toBe(Math.max(...values));
    // The GDP target, 增长6%左右, is one of them, in the report's own words.
    const gdp = stats.observations.find((o: Answer) => o.indicator.name === '地区生产总值增长');
    expect(gdp).toMatchObject({ value: 6, qualifier: '左右' });
    for (const o of stats.observations) {
      expect(at(o.evidence.start, o.evidence.end)).toBe(o.evidence.quote);
      expect(o.evidence.quote).toContain(String(o.value));
    }
  },
};

const operations = readCookbook().flatMap((entry) =>
  parse(entry.query)
    .definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => ({ file: entry.file, entry, name: operation.name!.value })),
);

describe('the cookbook against the Leshan graph', () => {
  let db: Database;
  let app: App;
  let endpoint: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    app = await buildApp(db, readConfig());
    endpoint = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
  });

  it('has an expected answer for every operation', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual(
      Object.keys(expectedAnswers).sort(),
    );
  });

  it.each(operations.map((operation) => [operation.file, operation.name, operation] as const))(
    '%s: %s answers what the report says',
    async (_file, name, { entry }) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: entry.query,
          variables: entry.variables,
          operationName: name,
        }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expectedAnswers[name](body.data);
    },
  );
});

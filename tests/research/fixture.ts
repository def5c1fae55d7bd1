import type { Database } from '../../src/neo4j';
import { applySchema } from '../../seed/load';
import { pinyinOf } from '../../seed/compile';

/**
 * A small hand-made graph shaped like the report's (ids prefixed `Test:`, names that occur
 * nowhere in the report), for tests that must know every node and edge.
 */

const DOC = 'Test:Document:research';

interface FixtureEntity {
  type: string;
  name: string;
  kind: string;
  nameEn: string;
  aliases?: string[];
  /** Overrides the computed pinyin, as the seed reads 犍 in place names (qian). */
  pinyin?: string;
}

const entities: FixtureEntity[] = [
  { type: 'AdminDivision', name: '测山市', kind: 'city', nameEn: 'Ceshan City', aliases: ['测山'] },
  {
    type: 'AdminDivision',
    name: '犍源县',
    kind: 'county',
    nameEn: 'Qianyuan County',
    aliases: ['犍源', '健源'],
    pinyin: 'qian yuan xian',
  },
  {
    type: 'AdminDivision',
    name: '测边自治县',
    kind: 'autonomous_county',
    nameEn: 'Cebian Autonomous County',
  },
  { type: 'AdminDivision', name: '测川县', kind: 'county', nameEn: 'Cechuan County' },
  {
    type: 'Industry',
    name: '测硅光伏',
    kind: 'hundred_billion_cluster',
    nameEn: 'Test silicon photovoltaics',
  },
  { type: 'Industry', name: '测化工', kind: 'hundred_billion_cluster', nameEn: 'Test chemicals' },
  { type: 'Industry', name: '测磷化工', kind: 'sub_industry', nameEn: 'Test phosphorus chemicals' },
  { type: 'Organization', name: '测运通', kind: 'company', nameEn: 'Ceyuntong' },
  {
    type: 'Project',
    name: '测运通切片项目',
    kind: 'industrial',
    nameEn: 'Ceyuntong wafer slicing',
  },
  { type: 'Project', name: '测运通二期', kind: 'industrial', nameEn: 'Ceyuntong phase II' },
  { type: 'Project', name: '测边农旅项目', kind: 'culture_tourism', nameEn: 'Cebian agri-tourism' },
  { type: 'Project', name: '测边磷矿项目', kind: 'industrial', nameEn: 'Cebian phosphate mine' },
  { type: 'Project', name: '犍源化工园区', kind: 'park', nameEn: 'Qianyuan chemical park' },
  { type: 'Policy', name: '测硅硬十条', kind: 'policy', nameEn: 'Ten test silicon measures' },
  { type: 'Policy', name: '测专项债', kind: 'fund', nameEn: 'Test special bonds' },
  { type: 'Indicator', name: '测总值增长', kind: 'headline', nameEn: 'Test GDP growth' },
];

export const id = (type: string, name: string) => `Test:${type}:${name}`;

const paragraphs = [
  {
    key: 'p1',
    section: 's1',
    order: 1,
    start: 1000,
    text: '健源的测运通切片项目加快推进。测硅光\n\n伏产业入选名单^{〔1〕}。',
  },
  { key: 'p2', section: 's1', order: 2, start: 1100, text: '测边农旅项目建成投运^{〔2〕}。' },
  {
    key: 'p3',
    section: 's2',
    order: 3,
    start: 1200,
    text: '测总值增长4.5%左右,低于预期目标2.5个百分点^{〔3〕}。',
  },
];

interface FixtureRelation {
  type: string;
  from: string;
  to: string;
  quote?: string;
  paragraph?: string;
}

const E = {
  city: id('AdminDivision', '测山市'),
  qianyuan: id('AdminDivision', '犍源县'),
  cebian: id('AdminDivision', '测边自治县'),
  cechuan: id('AdminDivision', '测川县'),
  silicon: id('Industry', '测硅光伏'),
  chemicals: id('Industry', '测化工'),
  phosphorus: id('Industry', '测磷化工'),
  company: id('Organization', '测运通'),
  slicing: id('Project', '测运通切片项目'),
  phase2: id('Project', '测运通二期'),
  tourism: id('Project', '测边农旅项目'),
  mine: id('Project', '测边磷矿项目'),
  park: id('Project', '犍源化工园区'),
  measures: id('Policy', '测硅硬十条'),
  bonds: id('Policy', '测专项债'),
  gdp: id('Indicator', '测总值增长'),
} as const;

export const FIXTURE = E;

const relations: FixtureRelation[] = [
  { type: 'PART_OF', from: E.qianyuan, to: E.city },
  { type: 'PART_OF', from: E.cebian, to: E.city },
  { type: 'PART_OF', from: E.cechuan, to: E.city },
  { type: 'PART_OF', from: E.phosphorus, to: E.chemicals, quote: '测磷化工', paragraph: 'p1' },
  {
    type: 'UNDERTAKEN_BY',
    from: E.slicing,
    to: E.company,
    quote: '测运通切片项目',
    paragraph: 'p1',
  },
  { type: 'UNDERTAKEN_BY', from: E.phase2, to: E.company, quote: '测运通', paragraph: 'p1' },
  { type: 'IN_INDUSTRY', from: E.slicing, to: E.silicon, quote: '测运通切片项目', paragraph: 'p1' },
  { type: 'IN_INDUSTRY', from: E.phase2, to: E.silicon, quote: '测运通', paragraph: 'p1' },
  { type: 'IN_INDUSTRY', from: E.mine, to: E.phosphorus, quote: '测边', paragraph: 'p2' },
  { type: 'IN_INDUSTRY', from: E.park, to: E.chemicals, quote: '健源', paragraph: 'p1' },
  {
    type: 'LOCATED_IN',
    from: E.slicing,
    to: E.qianyuan,
    quote: '健源的测运通切片项目',
    paragraph: 'p1',
  },
  { type: 'LOCATED_IN', from: E.tourism, to: E.cebian, quote: '测边农旅项目', paragraph: 'p2' },
  { type: 'LOCATED_IN', from: E.mine, to: E.cebian, quote: '测边', paragraph: 'p2' },
  { type: 'LOCATED_IN', from: E.park, to: E.qianyuan, quote: '健源', paragraph: 'p1' },
  { type: 'SUPPORTS', from: E.measures, to: E.silicon, quote: '测硅光', paragraph: 'p1' },
  { type: 'FUNDED_BY', from: E.park, to: E.bonds, quote: '健源', paragraph: 'p1' },
  { type: 'MEASURES', from: E.gdp, to: E.city, quote: '测总值增长', paragraph: 'p3' },
];

const statuses = [
  { project: E.slicing, year: 2024, phase: 'accelerating', wording: '加快推进' },
  { project: E.tourism, year: 2025, phase: 'in_operation', wording: '建成投运' },
  { project: E.mine, year: 2024, phase: 'started', wording: '开工' },
  { project: E.mine, year: 2025, phase: 'completed', wording: '建成' },
];

const mentions = [
  { entity: E.qianyuan, paragraph: 'p1', surface: '健源' },
  { entity: E.slicing, paragraph: 'p1', surface: '测运通切片项目' },
  { entity: E.company, paragraph: 'p1', surface: '测运通' },
  { entity: E.tourism, paragraph: 'p2', surface: '测边农旅项目' },
  { entity: E.gdp, paragraph: 'p3', surface: '测总值增长' },
];

const paragraphId = (key: string) => `Test:Paragraph:research:${key}`;

function codePoints(text: string): number {
  return Array.from(text).length;
}

/** Creates the fixture graph (and the seed's indexes if the database has none yet). */
export async function createFixture(db: Database): Promise<void> {
  await applySchema(db, () => undefined);
  await removeFixture(db);
  const entityRows = entities.map((e) => {
    const pinyin = e.pinyin ?? pinyinOf(e.name).pinyin;
    return {
      id: id(e.type, e.name),
      type: e.type,
      props: {
        id: id(e.type, e.name),
        type: e.type,
        kind: e.kind,
        name: e.name,
        nameEn: e.nameEn,
        aliases: e.aliases ?? [],
        pinyin,
        pinyinCompact: pinyin.replace(/ /g, ''),
        documentIds: [DOC],
      },
    };
  });
  const paragraphRows = paragraphs.map((p) => ({
    id: paragraphId(p.key),
    section: `Test:Section:research:${p.section}`,
    props: {
      id: paragraphId(p.key),
      order: p.order,
      text: p.text,
      plainText: p.text.replace(/\n\n/g, ''),
      lead: null,
      start: p.start,
      end: p.start + codePoints(p.text),
      documentId: DOC,
    },
  }));
  const evidence = (r: FixtureRelation) => {
    if (!r.quote || !r.paragraph) return { paragraphId: null, start: null, end: null, quote: null };
    const p = paragraphs.find((candidate) => candidate.key === r.paragraph)!;
    const at = codePoints(p.text.slice(0, p.text.indexOf(r.quote)));
    return {
      paragraphId: paragraphId(p.key),
      start: p.start + at,
      end: p.start + at + codePoints(r.quote),
      quote: r.quote,
    };
  };
  const relationRows = relations.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    props: { id: `Test:${r.type}:${r.from}->${r.to}`, ...evidence(r), documentId: DOC },
  }));
  const mentionRows = mentions.map((m) => {
    const p = paragraphs.find((candidate) => candidate.key === m.paragraph)!;
    const at = codePoints(p.text.slice(0, p.text.indexOf(m.surface)));
    return {
      from: m.entity,
      to: paragraphId(m.paragraph),
      props: {
        id: `Test:MENTIONED_IN:${m.entity}->${paragraphId(m.paragraph)}`,
        start: p.start + at,
        end: p.start + at + codePoints(m.surface),
        surface: m.surface,
        documentId: DOC,
      },
    };
  });

  await db.transaction(async (run) => {
    await run(
      `CREATE (d:Document {id: $doc, title: '测试报告', years: [2024, 2025]})
       WITH d UNWIND $sections AS s
       CREATE (d)-[:HAS_SECTION {id: 'Test:HAS_SECTION:' + s.id}]->(:Section {id: s.id, label: s.label, title: s.title, level: 2, order: s.order, start: s.start, documentId: $doc})`,
      {
        doc: DOC,
        sections: [
          {
            id: 'Test:Section:research:s1',
            label: '一、(一)',
            title: '测试一',
            order: 1,
            start: 990,
          },
          {
            id: 'Test:Section:research:s2',
            label: '二、(一)',
            title: '测试二',
            order: 2,
            start: 1190,
          },
        ],
      },
    );
    await run(
      `UNWIND $rows AS row
       MATCH (s:Section {id: row.section})
       CREATE (s)-[:HAS_PARAGRAPH {id: 'Test:HAS_PARAGRAPH:' + row.id}]->(p:Paragraph)
       SET p = row.props`,
      { rows: paragraphRows },
    );
    for (const label of [...new Set(entities.map((e) => e.type))]) {
      // Labels come from this file's constant list, never from input.
      await run(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row.props`, {
        rows: entityRows.filter((row) => row.type === label),
      });
    }
    for (const type of [...new Set(relations.map((r) => r.type))]) {
      await run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: relationRows.filter((row) => row.type === type) },
      );
    }
    await run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (p:Paragraph {id: row.to})
       CREATE (a)-[r:MENTIONED_IN]->(p) SET r = row.props`,
      { rows: mentionRows },
    );
    await run(
      `UNWIND $rows AS row
       MATCH (p:Project {id: row.project})
       CREATE (p)-[:HAS_STATUS {id: 'Test:HAS_STATUS:' + row.project + ':' + row.year + ':' + row.phase, year: row.year, phase: row.phase, wording: row.wording, documentId: $doc}]->
              (:Status {id: 'Test:Status:' + row.project + ':' + row.year + ':' + row.phase, year: row.year, phase: row.phase, wording: row.wording, projectId: row.project, documentId: $doc})`,
      { rows: statuses, doc: DOC },
    );
    await run(
      `UNWIND range(1, 3) AS n
       MATCH (p:Paragraph {id: $paragraphs[(n - 1)]})
       CREATE (p)<-[:IN {id: 'Test:IN:' + n}]-(:Footnote {id: 'Test:Footnote:research:' + n, number: n, ordinal: n, anomaly: 'none', documentId: $doc})`,
      { paragraphs: [paragraphId('p1'), paragraphId('p1'), paragraphId('p3')], doc: DOC },
    );
    await run(
      `MATCH (i:Indicator {id: $indicator})
       UNWIND $observations AS o
       CREATE (i)-[:HAS_OBSERVATION {id: 'Test:HAS_OBSERVATION:' + o.id}]->(n:Observation)
       SET n = o, n.indicatorId = $indicator, n.documentId = $doc`,
      {
        indicator: E.gdp,
        doc: DOC,
        observations: [
          {
            id: 'Test:Observation:gdp:2024:estimate',
            year: 2024,
            kind: 'estimate',
            value: 4.5,
            unit: '%',
            text: '4.5%左右',
            gap: -2.5,
            gapAgainst: '预期目标',
            met: false,
            measure: 'level',
            start: 1205,
          },
          {
            id: 'Test:Observation:gdp:2024:derived',
            year: 2024,
            kind: 'derived',
            value: 7,
            unit: '%',
            text: '低于预期目标2.5个百分点',
            measure: 'level',
            start: 1211,
          },
          {
            id: 'Test:Observation:gdp:2025:target',
            year: 2025,
            kind: 'target',
            value: 6,
            unit: '%',
            text: '6%左右',
            measure: 'level',
            start: 1300,
          },
        ],
      },
    );
  });
}

/** Deletes every node of the fixture, and with them their relationships. */
export async function removeFixture(db: Database): Promise<void> {
  await db.write(`MATCH (n) WHERE n.id STARTS WITH 'Test:' DETACH DELETE n`);
}

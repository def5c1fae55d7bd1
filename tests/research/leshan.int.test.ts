import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/neo4j';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { connectTestDatabase } from '../support/database';
import {
  errorCodes,
  startTestServer,
  type ResearchData,
  type TestServer,
  type WireCounts,
} from './support';

const SOURCE = Array.from(
  readFileSync(join(__dirname, '../../seed/source/leshan-2025-plan-report.txt'), 'utf8'),
);

/** The research queries over the report's own graph, as the seed loads it. */
describe('research queries over the 乐山 graph', () => {
  let db: Database;
  let server: TestServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    server = await startTestServer(db);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  async function data(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<ResearchData> {
    const response = await server.query(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const SEARCH = `query ($q: String!) { search(query: $q, first: 5) { entity { id } matchedOn } }`;

  describe('search', () => {
    it.each([
      ['健为', 'alias:健为'],
      ['jianwei', 'pinyin'],
      ['Qianwei', 'pinyin'],
      ['Qianwei County', 'nameEn'],
      ['犍为', 'alias:犍为'],
    ])('finds 犍为县 first for %s', async (q, matchedOn) => {
      const { search } = await data(SEARCH, { q });
      expect(search[0]).toEqual({ entity: { id: 'AdminDivision:犍为县' }, matchedOn });
    });

    it('finds 乐山市 by its pinyin', async () => {
      const { search } = await data(SEARCH, { q: 'leshan' });
      expect(search.map((hit) => hit.entity.id).slice(0, 3)).toContain('AdminDivision:乐山市');
    });

    it('finds 井研县 by its typo 并研县', async () => {
      const { search } = await data(SEARCH, { q: '并研县' });
      expect(search[0]).toEqual({
        entity: { id: 'AdminDivision:井研县' },
        matchedOn: 'alias:并研县',
      });
    });
  });

  describe('searchPassages', () => {
    it('finds words split by a page break, with offsets into the source file', async () => {
      const { searchPassages } = await data(
        `{ searchPassages(query: "入选全国“无废城市”", first: 3) { paragraph { id start } snippet start end } }`,
      );
      const [hit] = searchPassages;
      expect(SOURCE.slice(hit.start, hit.end).join('')).toBe('入\n\n选全国“无废城市”');
      expect(SOURCE.join('')).toContain(hit.snippet);
      expect(hit.start).toBeGreaterThanOrEqual(hit.paragraph.start);
    });
  });

  describe('paths', () => {
    it('joins 京运通 and 晶硅光伏', async () => {
      const { paths } = await data(`{
        paths(from: "Organization:京运通", to: "Industry:晶硅光伏") {
          nodes { id } edges { type source target evidence { quote } } truncated
        }
      }`);
      const ids = paths.nodes.map((node) => node.id);
      expect(ids).toEqual(expect.arrayContaining(['Organization:京运通', 'Industry:晶硅光伏']));
      expect(paths.edges.length).toBeGreaterThan(0);
      for (const edge of paths.edges) {
        expect(ids).toEqual(expect.arrayContaining([edge.source, edge.target]));
        expect(edge.evidence?.quote).toEqual(expect.any(String));
      }
    });
  });

  describe('neighborhood', () => {
    it('holds the projects of 马边彝族自治县 at depth 1', async () => {
      const rows = await db.read<{ id: string }>(
        `MATCH (p:Project)-[:LOCATED_IN]->(:AdminDivision {id: 'AdminDivision:马边彝族自治县'}) RETURN p.id AS id`,
      );
      expect(rows.length).toBeGreaterThan(0);
      const { neighborhood } = await data(`{
        neighborhood(id: "AdminDivision:马边彝族自治县") { nodes { id type } edges { source target } truncated }
      }`);
      const ids = neighborhood.nodes.map((node) => node.id);
      expect(ids[0]).toBe('AdminDivision:马边彝族自治县');
      expect(ids).toEqual(expect.arrayContaining(rows.map((row) => row.id)));
      expect(neighborhood.truncated).toBe(false);
    });

    it('stays within its bounds at the largest depth and limit', async () => {
      const { neighborhood } = await data(`{
        neighborhood(id: "AdminDivision:乐山市", depth: 3, limit: 500, relationshipTypes: ["MENTIONED_IN", "LOCATED_IN", "IN_INDUSTRY", "PART_OF"]) {
          nodes { id } edges { id } truncated
        }
      }`);
      expect(neighborhood.nodes.length).toBeLessThanOrEqual(500);
      expect(neighborhood.edges.length).toBeLessThanOrEqual(2000);
    });
  });

  describe('over-limit requests', () => {
    it.each([
      [`{ search(query: "乐山", first: 101) { score } }`, 'LIMIT_EXCEEDED'],
      [`{ neighborhood(id: "AdminDivision:乐山市", depth: 4) { truncated } }`, 'LIMIT_EXCEEDED'],
      [
        `{ neighborhood(id: "AdminDivision:乐山市", limit: 10000) { truncated } }`,
        'LIMIT_EXCEEDED',
      ],
      [
        `{ paths(from: "Organization:京运通", to: "Industry:晶硅光伏", maxHops: 7) { truncated } }`,
        'LIMIT_EXCEEDED',
      ],
      [
        `{ paths(from: "Organization:京运通", to: "Industry:晶硅光伏", limit: 100) { truncated } }`,
        'LIMIT_EXCEEDED',
      ],
      [
        `{ neighborhood(id: "AdminDivision:乐山市", relationshipTypes: ["FOLLOWS"]) { truncated } }`,
        'BAD_USER_INPUT',
      ],
      [
        `{ paths(from: "Organization:京运通", to: "Industry:无此产业") { truncated } }`,
        'NOT_FOUND',
      ],
    ])('refuses %s with its code', async (query, code) => {
      expect(errorCodes(await server.query(query))).toEqual([code]);
    });
  });

  describe('counts', () => {
    const COUNTS = `{ counts {
      entitiesByType { type count }
      entitiesByKind { type kind count }
      projectsByCounty { entity { id } count }
      projectsByIndustry { entity { id } count }
      projectsByPhase { year phase count }
      projectsByYear { year count }
      policiesByKind { kind count }
      footnotesBySection { section { id } count }
    } }`;
    let counts: WireCounts;

    beforeAll(async () => {
      counts = (await data(COUNTS)).counts;
    });

    const TYPES: Record<string, string> = {
      ADMIN_DIVISION: 'AdminDivision',
      INDUSTRY: 'Industry',
      PROJECT: 'Project',
      ORGANIZATION: 'Organization',
      POLICY: 'Policy',
      PLACE: 'Place',
      EVENT: 'Event',
      INDICATOR: 'Indicator',
    };

    it('counts entities by type and kind as the graph does', async () => {
      for (const { type, count } of counts.entitiesByType) {
        const [row] = await db.read<{ n: number }>(
          'MATCH (e:Entity) WHERE $label IN labels(e) RETURN count(e) AS n',
          {
            label: TYPES[type],
          },
        );
        expect([type, count]).toEqual([type, row.n]);
      }
      const kinds = await db.read<{ label: string; kind: string; n: number }>(
        'MATCH (e:Entity) UNWIND labels(e) AS label WITH label, e.kind AS kind WHERE label IN $labels RETURN label, kind, count(*) AS n',
        { labels: Object.values(TYPES) },
      );
      expect(
        counts.entitiesByKind
          .map((row) => `${TYPES[row.type]}/${row.kind.toLowerCase()}=${row.count}`)
          .sort(),
      ).toEqual(kinds.map((row) => `${row.label}/${row.kind}=${row.n}`).sort());
      const total = counts.entitiesByType.reduce((sum, row) => sum + row.count, 0);
      const [all] = await db.read<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
      expect(total).toBe(all.n);
    });

    it('counts policies by kind as the graph does', async () => {
      const rows = await db.read<{ kind: string; n: number }>(
        'MATCH (p:Policy) RETURN p.kind AS kind, count(*) AS n',
      );
      expect(
        counts.policiesByKind.map((row) => `${row.kind.toLowerCase()}=${row.count}`).sort(),
      ).toEqual(rows.map((row) => `${row.kind}=${row.n}`).sort());
    });

    /** Everything a node reaches along the given edges, itself included (breadth-first, in memory). */
    function reach(start: string, edges: Map<string, string[]>): Set<string> {
      const seen = new Set([start]);
      const queue = [start];
      for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
        for (const next of edges.get(at) ?? []) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      return seen;
    }

    async function edgesOf(types: string[]): Promise<Map<string, string[]>> {
      const rows = await db.read<{ a: string; b: string }>(
        'MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types RETURN a.id AS a, b.id AS b',
        { types },
      );
      const edges = new Map<string, string[]>();
      for (const { a, b } of rows) edges.set(a, [...(edges.get(a) ?? []), b]);
      return edges;
    }

    it('counts projects by county as the graph’s LOCATED_IN and PART_OF edges say', async () => {
      const up = await edgesOf(['LOCATED_IN', 'PART_OF']);
      const projects = await db.read<{ id: string; places: string[] }>(
        'MATCH (p:Project) OPTIONAL MATCH (p)-[:LOCATED_IN]->(x) RETURN p.id AS id, collect(x.id) AS places',
      );
      for (const { entity, count } of counts.projectsByCounty) {
        const expected = projects.filter((p) =>
          p.places.some((place) => reach(place, up).has(entity.id)),
        ).length;
        expect([entity.id, count]).toEqual([entity.id, expected]);
      }
      const counties = await db.read<{ n: number }>(
        "MATCH (c:AdminDivision) WHERE c.kind IN ['district', 'county', 'autonomous_county', 'county_level_city', 'development_zone'] RETURN count(c) AS n",
      );
      expect(counts.projectsByCounty).toHaveLength(counties[0].n);
    });

    it('counts projects by industry as the graph’s IN_INDUSTRY and PART_OF edges say', async () => {
      const up = await edgesOf(['PART_OF']);
      const projects = await db.read<{ id: string; industries: string[] }>(
        'MATCH (p:Project)-[:IN_INDUSTRY]->(i:Industry) RETURN p.id AS id, collect(i.id) AS industries',
      );
      const expected = new Map<string, number>();
      for (const project of projects) {
        const all = new Set(project.industries.flatMap((industry) => [...reach(industry, up)]));
        for (const industry of all)
          if (industry.startsWith('Industry:'))
            expected.set(industry, (expected.get(industry) ?? 0) + 1);
      }
      expect(new Map(counts.projectsByIndustry.map((row) => [row.entity.id, row.count]))).toEqual(
        expected,
      );
    });

    it('counts projects by phase and year as their statuses say, 竣工投产 as completed and in operation', async () => {
      const statuses = await db.read<{
        project: string;
        year: number;
        phase: string;
        wording: string | null;
      }>(
        'MATCH (p:Project)-[:HAS_STATUS]->(s:Status) RETURN p.id AS project, s.year AS year, s.phase AS phase, s.wording AS wording',
      );
      const distinct = (keys: string[]) =>
        keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
      // The knowledge model: 竣工投产 is completed and in operation.
      const phasesOf = (s: { phase: string; wording: string | null }) =>
        s.wording === '竣工投产' ? [s.phase, 'in_operation'] : [s.phase];
      const byPhase = distinct(
        [
          ...new Set(
            statuses.flatMap((s) => phasesOf(s).map((phase) => `${s.year}/${phase}/${s.project}`)),
          ),
        ].map((k) => k.split('/').slice(0, 2).join('/')),
      );
      expect(byPhase.get('2024/completed')).toBeGreaterThanOrEqual(4);
      const byYear = distinct(
        [...new Set(statuses.map((s) => `${s.year}/${s.project}`))].map((k) => k.split('/')[0]),
      );
      expect(
        new Map(
          counts.projectsByPhase.map((row) => [
            `${row.year}/${row.phase.toLowerCase()}`,
            row.count,
          ]),
        ),
      ).toEqual(byPhase);
      expect(new Map(counts.projectsByYear.map((row) => [String(row.year), row.count]))).toEqual(
        byYear,
      );
    });

    it('counts per phase exactly the projects the phase filter lists', async () => {
      for (const { year, phase, count } of counts.projectsByPhase) {
        const { projects } = (await data(
          `query ($year: Int, $phase: [Phase!]) {
            projects(filter: { year: $year, phase: $phase }) { totalCount }
          }`,
          { year, phase: [phase] },
        )) as unknown as { projects: { totalCount: number } };
        expect({ year, phase, count: projects.totalCount }).toEqual({ year, phase, count });
      }
      const inOperation2024 = counts.projectsByPhase.find(
        (row) => row.year === 2024 && row.phase === 'IN_OPERATION',
      );
      const completed2024 = counts.projectsByPhase.find(
        (row) => row.year === 2024 && row.phase === 'COMPLETED',
      );
      // The four 竣工投产 projects of 2024 count under both.
      expect(inOperation2024!.count).toBeGreaterThanOrEqual(4);
      expect(completed2024!.count).toBeGreaterThanOrEqual(4);
    });

    it('counts every footnote marker once, in the section whose paragraph holds it', async () => {
      const markers = await db.read<{ section: string }>(
        'MATCH (f:Footnote), (p:Paragraph {id: f.paragraphId}) RETURN p.sectionId AS section',
      );
      const expected = new Map<string, number>();
      for (const { section } of markers) expected.set(section, (expected.get(section) ?? 0) + 1);
      const actual = new Map<string, number>(
        counts.footnotesBySection
          .filter((row) => row.count > 0)
          .map((row) => [row.section.id, row.count]),
      );
      expect(actual).toEqual(expected);
      const total = counts.footnotesBySection.reduce((sum, row) => sum + row.count, 0);
      expect(total).toBe(markers.length);
    });
  });

  describe('indicatorComparison', () => {
    it('turns a 2025 target set as a change into a level: 城镇化率 56.3 + 0.5 = 56.8', async () => {
      const { indicatorComparison } = await data(`{ indicatorComparison {
        indicator { name } estimate nextTarget nextTargetDerived change
      } }`);
      expect(
        indicatorComparison.find((row) => row.indicator.name === '常住人口城镇化率'),
      ).toMatchObject({ nextTarget: 56.8, nextTargetDerived: true, change: 0.5 });
    });

    it('gives GDP growth’s 2024 estimate, its gap and implied target, and the 2025 target', async () => {
      const { indicatorComparison } = await data(`{ indicatorComparison {
        indicator { id } year estimate gap target targetDerived metTarget nextYear nextTarget change differenceUnit
      } }`);
      expect(indicatorComparison[0]).toEqual({
        indicator: { id: 'Indicator:地区生产总值增长' },
        year: 2024,
        estimate: 4.5,
        gap: -2.5,
        target: 7,
        targetDerived: true,
        metTarget: false,
        nextYear: 2025,
        nextTarget: 6,
        change: 1.5,
        differenceUnit: '个百分点',
      });
    });
  });
});

import type { Database } from '../../src/neo4j';
import { connectTestDatabase } from '../support/database';
import { createFixture, FIXTURE as E, removeFixture } from './fixture';
import { errorCodes, startTestServer, type TestServer } from './support';

/**
 * The research queries over a small hand-made graph (tests/research/fixture.ts), through
 * the HTTP API: every expected node, edge and count is known here.
 */
describe('research queries over a hand-made graph', () => {
  let db: Database;
  let server: TestServer;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await createFixture(db);
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await server?.close();
    await removeFixture(db);
    await db.close();
  });

  const SEARCH = `query ($q: String!, $types: [EntityType!], $first: Int) {
    search(query: $q, types: $types, first: $first) { entity { id name type } score matchedOn }
  }`;

  async function searchIds(q: string, extra: Record<string, unknown> = {}) {
    const response = await server.query(SEARCH, { q, ...extra });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }

  describe('search', () => {
    it('finds an entity by a typo alias, saying which alias matched', async () => {
      const [hit] = await searchIds('健源');
      expect(hit).toMatchObject({
        entity: { id: E.qianyuan, type: 'ADMIN_DIVISION' },
        matchedOn: 'alias:健源',
      });
    });

    it('finds an entity by pinyin in the stored reading and in the common one', async () => {
      expect((await searchIds('qianyuanxian'))[0]).toMatchObject({
        entity: { id: E.qianyuan },
        matchedOn: 'pinyin',
      });
      expect((await searchIds('jianyuan'))[0]).toMatchObject({
        entity: { id: E.qianyuan },
        matchedOn: 'pinyin',
      });
    });

    it('finds an entity by its English name', async () => {
      expect((await searchIds('Qianyuan County'))[0]).toMatchObject({
        entity: { id: E.qianyuan },
        matchedOn: 'nameEn',
      });
    });

    it('ranks the exact name first, the rest by closeness', async () => {
      const hits = await searchIds('测运通');
      expect(hits[0]).toMatchObject({ entity: { id: E.company }, matchedOn: 'name' });
      expect(hits.map((hit) => hit.entity.id)).toEqual(
        expect.arrayContaining([E.slicing, E.phase2]),
      );
      const scores = hits.map((hit) => hit.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('finds one character by containment', async () => {
      const ids = (await searchIds('犍', { first: 100 })).map((hit) => hit.entity.id);
      expect(ids).toEqual(expect.arrayContaining([E.qianyuan, E.park]));
    });

    it('keeps to the types asked for', async () => {
      const hits = await searchIds('犍源', { types: ['PROJECT'] });
      expect(hits.map((hit) => hit.entity.id)).toContain(E.park);
      expect(hits.every((hit) => hit.entity.type === 'PROJECT')).toBe(true);
    });

    it('reads query syntax in the input as plain text', async () => {
      const response = await server.query(SEARCH, { q: 'name:* OR "测' });
      expect(response.errors).toBeUndefined();
    });
  });

  describe('searchPassages', () => {
    const PASSAGES = `query ($q: String!) {
      searchPassages(query: $q) { paragraph { id start text } snippet start end score }
    }`;

    it('returns the paragraph, the sentence around the match and the match’s offsets in the source', async () => {
      const response = await server.query(PASSAGES, { q: '测硅光伏产业' });
      expect(response.errors).toBeUndefined();
      const [hit] = response.data!.searchPassages;
      expect(hit.paragraph.id).toBe('Test:Paragraph:research:p1');
      const text = Array.from(hit.paragraph.text as string);
      const match = text
        .slice(hit.start - hit.paragraph.start, hit.end - hit.paragraph.start)
        .join('');
      expect(match).toBe('测硅光\n\n伏产业');
      expect(hit.snippet).toBe('测硅光\n\n伏产业入选名单^{〔1〕}。');
    });
  });

  describe('neighborhood', () => {
    const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, relationshipTypes: $types, limit: $limit) {
        nodes { id type name nameEn kind }
        edges { id type source target evidence { quote start end paragraph { id } } }
        truncated
      }
    }`;

    async function slice(variables: Record<string, unknown>) {
      const response = await server.query(NEIGHBORHOOD, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.neighborhood;
    }

    it('holds a county’s projects and the edges that join them, with evidence', async () => {
      const { nodes, edges, truncated } = await slice({ id: E.cebian });
      expect(nodes[0]).toEqual({
        id: E.cebian,
        type: 'AdminDivision',
        name: '测边自治县',
        nameEn: 'Cebian Autonomous County',
        kind: 'autonomous_county',
      });
      expect(nodes.map((n) => n.id).sort()).toEqual([E.cebian, E.city, E.mine, E.tourism].sort());
      expect(truncated).toBe(false);
      const located = edges.find((e) => e.source === E.tourism)!;
      expect(located).toMatchObject({ type: 'LOCATED_IN', target: E.cebian });
      expect(located.evidence).toMatchObject({
        quote: '测边农旅项目',
        paragraph: { id: 'Test:Paragraph:research:p2' },
      });
      for (const edge of edges) {
        expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
      }
    });

    it('reaches farther with depth, nearer nodes first', async () => {
      const { nodes } = await slice({ id: E.cebian, depth: 2 });
      const ids = nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining([E.phosphorus, E.qianyuan, E.cechuan, E.gdp]));
      expect(ids.indexOf(E.mine)).toBeLessThan(ids.indexOf(E.phosphorus));
    });

    it('stops at the node limit and says so', async () => {
      const { nodes, truncated } = await slice({ id: E.cebian, depth: 3, limit: 3 });
      expect(nodes).toHaveLength(3);
      expect(nodes[0].id).toBe(E.cebian);
      expect(truncated).toBe(true);
    });

    it('brings in paragraphs and statuses only when asked, mentions carrying their words', async () => {
      const { nodes, edges } = await slice({
        id: E.tourism,
        types: ['MENTIONED_IN', 'HAS_STATUS'],
      });
      expect(nodes.map((n) => n.type).sort()).toEqual(['Paragraph', 'Project', 'Status']);
      const mention = edges.find((e) => e.type === 'MENTIONED_IN')!;
      expect(mention.evidence).toMatchObject({
        quote: '测边农旅项目',
        paragraph: { id: 'Test:Paragraph:research:p2' },
      });
    });

    it('is NOT_FOUND for an unknown entity', async () => {
      const response = await server.query(NEIGHBORHOOD, { id: 'Test:Project:无此项目' });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    });
  });

  describe('paths', () => {
    const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
        nodes { id type } edges { type source target } truncated
      }
    }`;

    it('joins a company to its industry through the projects it undertakes', async () => {
      const response = await server.query(PATHS, { from: E.company, to: E.silicon });
      expect(response.errors).toBeUndefined();
      const { nodes, edges, truncated } = response.data!.paths;
      expect(nodes.map((n) => n.id).sort()).toEqual(
        [E.company, E.phase2, E.silicon, E.slicing].sort(),
      );
      expect(edges).toHaveLength(4);
      expect(truncated).toBe(false);
    });

    it('returns fewer paths than exist when limited, and says so', async () => {
      const response = await server.query(PATHS, { from: E.company, to: E.silicon, limit: 1 });
      expect(response.data!.paths.nodes).toHaveLength(3);
      expect(response.data!.paths.truncated).toBe(true);
    });

    it('is empty when no path is short enough', async () => {
      const response = await server.query(PATHS, { from: E.company, to: E.silicon, maxHops: 1 });
      expect(response.data!.paths).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it('is the entity alone from itself to itself', async () => {
      const response = await server.query(PATHS, { from: E.company, to: E.company });
      expect(response.data!.paths).toEqual({
        nodes: [{ id: E.company, type: 'Organization' }],
        edges: [],
        truncated: false,
      });
    });

    it('is NOT_FOUND when an end does not exist', async () => {
      const response = await server.query(PATHS, { from: E.company, to: 'Test:Industry:无' });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    });
  });

  describe('limits', () => {
    it.each([
      ['search first', `{ search(query: "测运通", first: 101) { score } }`, 100],
      ['search query length', `{ search(query: "${'测'.repeat(101)}") { score } }`, 100],
      ['passage first', `{ searchPassages(query: "测运通", first: 1000) { score } }`, 100],
      ['neighbourhood depth', `{ neighborhood(id: "${E.cebian}", depth: 4) { truncated } }`, 3],
      ['neighbourhood limit', `{ neighborhood(id: "${E.cebian}", limit: 501) { truncated } }`, 500],
      [
        'path hops',
        `{ paths(from: "${E.company}", to: "${E.silicon}", maxHops: 7) { truncated } }`,
        6,
      ],
      [
        'path count',
        `{ paths(from: "${E.company}", to: "${E.silicon}", limit: 26) { truncated } }`,
        25,
      ],
    ])('refuses a request past the %s bound with LIMIT_EXCEEDED', async (_name, query, limit) => {
      const response = await server.query(query);
      expect(errorCodes(response)).toEqual(['LIMIT_EXCEEDED']);
      expect(response.errors![0].extensions!.limit).toBe(limit);
    });

    it('refuses an unknown relationship type with BAD_USER_INPUT, listing the valid ones', async () => {
      const response = await server.query(
        `{ neighborhood(id: "${E.cebian}", relationshipTypes: ["LOCATED_IN", "KNOWS"]) { truncated } }`,
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(/KNOWS.*valid types are: .*LOCATED_IN/);
    });

    it('refuses an empty query with BAD_USER_INPUT', async () => {
      expect(errorCodes(await server.query(`{ search(query: " ") { score } }`))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });
  });

  describe('counts', () => {
    it('counts the fixture’s projects per county, phase and year as built', async () => {
      const response = await server.query(`{ counts {
        projectsByCounty { entity { id } count }
        projectsByPhase { year phase count }
        footnotesBySection { section { id } count }
      } }`);
      expect(response.errors).toBeUndefined();
      const { projectsByCounty, projectsByPhase, footnotesBySection } = response.data!.counts;
      const county = (id: string) => projectsByCounty.find((row) => row.entity.id === id)?.count;
      expect(county(E.cebian)).toBe(2);
      expect(county(E.qianyuan)).toBe(2);
      expect(county(E.cechuan)).toBe(0);
      expect(projectsByPhase).toEqual(
        expect.arrayContaining([
          { year: 2024, phase: 'STARTED', count: expect.any(Number) },
          { year: 2025, phase: 'IN_OPERATION', count: expect.any(Number) },
        ]),
      );
      const section = (id: string) =>
        footnotesBySection.find((row) => row.section.id === id)?.count;
      expect(section('Test:Section:research:s1')).toBe(2);
      expect(section('Test:Section:research:s2')).toBe(1);
    });
  });

  describe('indicatorComparison', () => {
    it('lays the estimate, gap, implied target and next target of an indicator side by side', async () => {
      const response = await server.query(`{ indicatorComparison {
        indicator { id } year nextYear unit differenceUnit estimate estimateText target targetDerived gap metTarget
        nextTarget nextTargetText change estimateObservation { id evidence { quote } }
      } }`);
      expect(response.errors).toBeUndefined();
      const row = response.data!.indicatorComparison.find((r) => r.indicator.id === E.gdp);
      expect(row).toEqual({
        indicator: { id: E.gdp },
        year: 2024,
        nextYear: 2025,
        unit: '%',
        differenceUnit: '个百分点',
        estimate: 4.5,
        estimateText: '4.5%左右',
        target: 7,
        targetDerived: true,
        gap: -2.5,
        metTarget: false,
        nextTarget: 6,
        nextTargetText: '6%左右',
        change: 1.5,
        estimateObservation: { id: 'Test:Observation:gdp:2024:estimate', evidence: null },
      });
    });
  });
});

import { startApi, type Json, type TestApi } from './support/api';

/**
 * The query grammar beyond equality: endsWith, null checks, numeric ranges, `single`,
 * sorting by related entities and by counts, and aggregates over observations. Each
 * answer is checked against the same facts read plainly (every entity with its fields,
 * filtered and counted here in the test), never against numbers written down.
 */
describe('the query grammar', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  }, 240000);
  afterAll(async () => {
    await api.close();
    await api.db.close();
  });

  async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
    const response = await api.post(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  }

  /** Every entity of a list field, walking the pages. */
  async function all(field: string, selection: string, args = ''): Promise<Json[]> {
    const nodes: Json[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = await data(
        `query ($after: String) { ${field}(first: 100, after: $after${args}) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      nodes.push(...page[field].nodes);
      if (!page[field].pageInfo.hasNextPage) return nodes;
      after = page[field].pageInfo.endCursor;
    }
  }

  const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

  it('endsWith and isNull on text', async () => {
    const everyProject = await all('projects', 'id name nameEn');
    const ending = await all('projects', 'id', ', filter: { name: { endsWith: "项目" } }');
    const expected = everyProject.filter((p) => p.name.endsWith('项目'));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(ending)).toEqual(ids(expected));

    const everyEntity = await all('entities', 'id nameEn');
    const unnamed = await all('entities', 'id', ', filter: { nameEn: { isNull: true } }');
    const named = await all('entities', 'id', ', filter: { nameEn: { isNull: false } }');
    expect(ids(unnamed)).toEqual(ids(everyEntity.filter((e) => e.nameEn == null)));
    expect(ids(named)).toEqual(ids(everyEntity.filter((e) => e.nameEn != null)));
    expect(named.length).toBeGreaterThan(0);
    expect(unnamed.length + named.length).toBe(everyEntity.length);
  });

  it('ranges on counts, years and values', async () => {
    const everyEntity = await all('entities', 'id mentionCount');
    const often = await all('entities', 'id', ', filter: { mentionCount: { gte: 5, lt: 20 } }');
    const expected = everyEntity.filter((e) => e.mentionCount >= 5 && e.mentionCount < 20);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(often)).toEqual(ids(expected));

    const everyProject = await all('projects', 'id statuses { year }');
    const later = await all('projects', 'id', ', filter: { yearRange: { gte: 2025 } }');
    const expectedLater = everyProject.filter((p) =>
      p.statuses.some((s: Json) => s.year != null && s.year >= 2025),
    );
    expect(expectedLater.length).toBeGreaterThan(0);
    expect(ids(later)).toEqual(ids(expectedLater));

    const everyIndicator = await all('indicators', 'id observations { year value kind }');
    const growing = await all(
      'indicators',
      'id',
      ', filter: { observations: { some: { yearRange: { in: [2025] }, value: { gt: 6 }, kind: [TARGET] } } }',
    );
    const expectedGrowing = everyIndicator.filter((i) =>
      i.observations.some((o: Json) => o.year === 2025 && o.kind === 'TARGET' && o.value > 6),
    );
    expect(expectedGrowing.length).toBeGreaterThan(0);
    expect(ids(growing)).toEqual(ids(expectedGrowing));
  });

  it('single: exactly one related entity matches', async () => {
    const everyProject = await all('projects', 'id industries { node { id } }');
    const one = await all('projects', 'id', ', filter: { industries: { single: {} } }');
    const expected = everyProject.filter((p) => p.industries.length === 1);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everyProject.length);
    expect(ids(one)).toEqual(ids(expected));
  });

  it('orders industries by how many projects they have, across pages', async () => {
    const order =
      '{ field: RELATION_COUNT, direction: DESC, via: { types: [IN_INDUSTRY], direction: IN } }';
    const ordered = await all(
      'industries',
      'id relations(types: [IN_INDUSTRY], direction: IN) { node { id } }',
      `, orderBy: [${order}]`,
    );
    const counts = ordered.map((i) => i.relations.length);
    expect(counts[0]).toBeGreaterThan(1);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Pages of 7 follow the same order as one page.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = await data(
        `query ($after: String) { industries(first: 7, after: $after, orderBy: [${order}]) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      paged.push(...page.industries.nodes.map((n: Json) => n.id));
      if (!page.industries.pageInfo.hasNextPage) break;
      after = page.industries.pageInfo.endCursor;
    }
    expect(paged).toEqual(ordered.map((i) => i.id));
  });

  it("orders projects by a related entity's key, those with none last", async () => {
    const ordered = await all(
      'projects',
      'id locatedIn { node { pinyin } }',
      ', orderBy: [{ field: PINYIN, via: { types: [LOCATED_IN], direction: OUT } }]',
    );
    const firstKey = (p: Json) =>
      p.locatedIn.map((d: Json) => d.node.pinyin ?? '').sort()[0] ?? null;
    const keys = ordered.map(firstKey);
    const placed = keys.filter((k) => k !== null);
    expect(placed.length).toBeGreaterThan(0);
    // Every project with a division comes before every project without one …
    expect(keys.slice(0, placed.length)).toEqual(placed);
    // … in the pinyin order of the places and divisions they are located in.
    expect([...placed].sort()).toEqual(placed);
  });

  it('refuses a `via` on keys that have none, with a coded error', async () => {
    const response = await api.post(
      '{ projects(orderBy: [{ field: MENTION_COUNT, via: { types: [LOCATED_IN] } }]) { nodes { id } } }',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/takes no `via`/);
  });

  it('filters and pages nested relationship lists', async () => {
    const projectsOf = async (args: string, after?: string) =>
      (
        await data(
          `query ($after: String) { industry(name: "晶硅光伏") { projects(includeSubIndustries: true${args}, after: $after) { cursor node { id name mentionCount } } } }`,
          { after: after ?? null },
        )
      ).industry.projects as Json[];
    const every = await projectsOf('');
    expect(every.length).toBeGreaterThan(4);

    // Leave out the first and the last project by id; keep the others whose name starts
    // like the first remaining one's. (A project in two sub-industries is listed once per link.)
    const [firstId, lastId] = [every[0].node.id, every[every.length - 1].node.id];
    const kept = every.find((link) => link.node.id !== firstId && link.node.id !== lastId);
    const prefix = kept.node.name.slice(0, 1);
    const filtered = await projectsOf(
      `, filter: { NOT: { id: ["${firstId}", "${lastId}"] }, name: { startsWith: "${prefix}" } }`,
    );
    const expected = every.filter(
      (link) =>
        link.node.id !== firstId && link.node.id !== lastId && link.node.name.startsWith(prefix),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(filtered.map((link) => link.node.id)).toEqual(expected.map((link) => link.node.id));

    // Pages of two, each after the last cursor, walk the whole list once, in order.
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await projectsOf(', first: 2', after);
      walked.push(...page.map((link) => link.node.id));
      if (page.length < 2) break;
      after = page[page.length - 1].cursor;
    }
    expect(walked).toEqual(every.map((link) => link.node.id));

    const badCursor = await api.post(
      '{ industry(name: "晶硅光伏") { projects(after: "bm90LWEtY3Vyc29y") { node { id } } } }',
    );
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await api.post(
      `{ industry(name: "晶硅光伏") { projects(first: ${api.config.maxPageSize + 1}) { node { id } } } }`,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('aggregates observation values per unit, with the observations they come from', async () => {
    const everyIndicator = await all('indicators', 'id observations { id year kind value unit }');
    const targets = everyIndicator.flatMap((i) =>
      i.observations
        .filter((o: Json) => o.year === 2025 && o.kind === 'TARGET' && o.value != null)
        .map((o: Json) => ({ ...o, indicator: i.id })),
    );
    const percent = targets.filter((o) => o.unit === '%');
    expect(percent.length).toBeGreaterThan(3);

    const result = await data(
      '{ observationStats(observation: { year: 2025, kind: [TARGET], unit: ["%"] }) { unit count min max avg sum observations { id } } }',
    );
    expect(result.observationStats).toHaveLength(1);
    const [stats] = result.observationStats;
    const values = percent.map((o) => o.value);
    expect(stats.unit).toBe('%');
    expect(stats.count).toBe(values.length);
    expect(stats.min).toBe(Math.min(...values));
    expect(stats.max).toBe(Math.max(...values));
    expect(stats.sum).toBeCloseTo(
      values.reduce((a, b) => a + b, 0),
      9,
    );
    expect(stats.avg).toBeCloseTo(stats.sum / stats.count, 9);
    expect(stats.observations.map((o: Json) => o.id).sort()).toEqual(
      percent.map((o) => o.id).sort(),
    );

    // Grouped by unit and kind: never pools two units, and the counts add up.
    const grouped = await data(
      '{ observationStats(observation: { year: 2025 }, groupBy: [KIND]) { unit kind count indicator { id } } }',
    );
    const all2025 = everyIndicator.flatMap((i) =>
      i.observations.filter((o: Json) => o.year === 2025 && o.value != null),
    );
    const rows = grouped.observationStats as Json[];
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(all2025.length);
    expect(new Set(rows.map((row) => `${row.unit}|${row.kind}`)).size).toBe(rows.length);
    expect(rows.every((row) => row.indicator === null)).toBe(true);
  });
});

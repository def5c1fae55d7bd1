import { startApi, type TestApi } from './support/api';

/** `projects(filter:)` with an AND of `n` industry conditions. */
const wideAnd = (n: number) => ({
  AND: Array.from({ length: n }, (_, i) => ({ name: { contains: `x${i}` } })),
});

/** A ProjectFilter nested `levels` input objects deep (AND → … → a name condition). */
function nested(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { name: { contains: '光伏' } }; // 2 levels
  for (let level = 2; level < levels; level++) filter = { AND: [filter] };
  return filter;
}

const PROJECTS =
  'query ($filter: ProjectFilter, $orderBy: [EntityOrder!]) { projects(filter: $filter, orderBy: $orderBy) { totalCount } }';

describe('input shape limits, checked before any Cypher', () => {
  let api: TestApi;
  let statements = 0;
  beforeAll(async () => {
    api = await startApi();
    api.db.observe(() => (statements += 1));
  });
  afterAll(() => api.close());

  /** Posts, and says how many statements the request sent to Neo4j. */
  async function post(query: string, variables?: Record<string, unknown>) {
    const before = statements;
    const response = await api.post(query, variables);
    return { response, sent: statements - before };
  }

  async function expectRefused(
    query: string,
    variables: Record<string, unknown> | undefined,
    limit: number,
    message: RegExp,
  ) {
    const { response, sent } = await post(query, variables);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
    expect(response.errors![0].message).toMatch(message);
    expect(sent).toBe(0);
  }

  it('answers a filter at each limit', async () => {
    const { maxInputDepth, maxConditions, maxListLength, maxOrderByKeys } = api.config.inputLimits;
    const atLimits = [
      { filter: nested(maxInputDepth) },
      { filter: wideAnd(maxConditions) },
      { filter: { name: { in: Array.from({ length: maxListLength }, (_, i) => `p${i}`) } } },
      { orderBy: Array.from({ length: maxOrderByKeys }, () => ({ field: 'NAME' })) },
    ];
    for (const variables of atLimits) {
      const { response, sent } = await post(PROJECTS, variables);
      expect(response.errors).toBeUndefined();
      expect(sent).toBeGreaterThan(0);
    }
  });

  it('refuses an AND/OR list longer than the list limit', async () => {
    const max = api.config.inputLimits.maxListLength;
    const or = { OR: Array.from({ length: max + 1 }, () => ({ hasFootnote: true })) };
    await expectRefused(PROJECTS, { filter: or }, max, /list in `filter` has 101 items/);
  });

  it('refuses an `in` list longer than the list limit, in a literal too', async () => {
    const max = api.config.inputLimits.maxListLength;
    const values = Array.from({ length: max + 1 }, (_, i) => `"p${i}"`).join(' ');
    await expectRefused(
      `{ projects(filter: { name: { in: [${values}] } }) { totalCount } }`,
      undefined,
      max,
      /limit is 100/,
    );
  });

  it('refuses more sort keys than the orderBy limit', async () => {
    const max = api.config.inputLimits.maxOrderByKeys;
    const orderBy = Array.from({ length: max + 1 }, () => ({ field: 'NAME' }));
    await expectRefused(PROJECTS, { orderBy }, max, /`orderBy` has 6 sort keys/);
  });

  it('refuses a 1,000-key orderBy at once', async () => {
    const orderBy = Array.from({ length: 1000 }, () => ({ field: 'NAME' }));
    await expectRefused(PROJECTS, { orderBy }, api.config.inputLimits.maxOrderByKeys, /1000/);
  });

  it('refuses a filter nested deeper than the depth limit, by variables and by literal', async () => {
    const max = api.config.inputLimits.maxInputDepth;
    await expectRefused(PROJECTS, { filter: nested(max + 1) }, max, /nests input objects 9 deep/);
    let literal = '{ hasFootnote: true }';
    for (let i = 0; i < max; i++) literal = `{ NOT: ${literal} }`;
    await expectRefused(`{ projects(filter: ${literal}) { totalCount } }`, undefined, max, /deep/);
    await expectRefused(
      '{ projects(filter: { statuses: { some: { year: 2024 } }, industries: { some: { projects: { some: { industries: { some: { projects: { some: { year: 2024 } } } } } } } } }) { totalCount } }',
      undefined,
      max,
      /deep/,
    );
  });

  it('refuses an AND nested 2,000 deep with LIMIT_EXCEEDED, not a stack overflow', async () => {
    await expectRefused(
      PROJECTS,
      { filter: nested(2000) },
      api.config.inputLimits.maxInputDepth,
      /deep/,
    );
  });

  it('refuses more conditions than the cap, counted over the whole request', async () => {
    const max = api.config.inputLimits.maxConditions;
    await expectRefused(
      PROJECTS,
      { filter: wideAnd(max + 1) },
      max,
      new RegExp(`more than ${max} conditions`),
    );
    const half = wideAnd(Math.ceil((max + 1) / 2));
    await expectRefused(
      'query ($a: ProjectFilter, $b: ProjectFilter) { a: projects(filter: $a) { totalCount } b: projects(filter: $b) { totalCount } }',
      { a: half, b: half },
      max,
      /conditions/,
    );
  });
});

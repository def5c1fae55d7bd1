import { QUERIES } from './queries';
import { dataOf, startApi, type TestApi, type Json } from './support/api';

/**
 * DataLoader batching, measured: the Cypher statements a request sends (counted with
 * Database.observe) depend on the depth of its query, not on how many rows it returns.
 */
describe('Cypher round trips per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /** Runs one request and returns the statements it sent and the rows it returned. */
  async function measure(query: string, variables: Record<string, unknown>) {
    const statements: string[] = [];
    const stop = api.db.observe((cypher) => statements.push(cypher));
    try {
      const data = dataOf<Json>(await api.post(query, variables));
      return { statements, data };
    } finally {
      stop();
    }
  }

  function countRows(data: Json): number {
    const projects = data.projects.nodes;
    const industries = projects.flatMap((p: Json) => p.industries);
    const nested = industries.flatMap((i: Json) => i.node.projects);
    const mentions = nested.flatMap((p: Json) => p.node.mentions);
    return projects.length + industries.length + nested.length + mentions.length;
  }

  it('stays at four statements for a three-level nested query however many rows it returns', async () => {
    const small = await measure(QUERIES.nestedThreeLevels, { first: 2 });
    const medium = await measure(QUERIES.nestedThreeLevels, { first: 10 });
    const large = await measure(QUERIES.nestedThreeLevels, { first: 100 });

    // The page, each project's industries, each industry's projects, each project's mentions.
    expect(small.statements).toHaveLength(4);
    expect(medium.statements).toHaveLength(4);
    expect(large.statements).toHaveLength(4);

    const rows = [small, medium, large].map((run) => countRows(run.data));
    expect(rows[1]).toBeGreaterThan(rows[0]);
    expect(rows[2]).toBeGreaterThan(rows[1]);
    expect(rows[2]).toBeGreaterThan(200);
    // Measured on the seeded graph, for the report (jest prints nothing when it passes).
    process.stdout.write(
      `round trips: ${rows.map((r, i) => `${r} rows → ${[small, medium, large][i].statements.length} statements`).join('; ')}\n`,
    );
  });

  it('sends every statement as constant text, with the values as parameters', async () => {
    const seen: { cypher: string; params: Record<string, unknown> }[] = [];
    const stop = api.db.observe((cypher, params) => seen.push({ cypher, params }));
    try {
      dataOf(
        await api.post(`{
          projects(filter: { nameOrAlias: { contains: "马边" }, county: "马边彝族自治县" }, first: 5) {
            nodes { name industries { node { name } } }
          }
        }`),
      );
    } finally {
      stop();
    }
    for (const { cypher, params } of seen) {
      expect(cypher).not.toContain('马边');
      // Every $parameter the text reads is sent with it.
      const read = [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]))];
      expect(Object.keys(params)).toEqual(expect.arrayContaining(read));
    }
    const values = seen.flatMap(({ params }) => Object.values(params));
    expect(values).toEqual(expect.arrayContaining(['马边', '马边彝族自治县']));
  });

  it('reads a whole document walk in one statement per level', async () => {
    const { statements } = await measure(QUERIES.deepDocumentWalk, {});
    // documents, their sections, sub-sections, paragraphs, mentions, relations.
    expect(statements.length).toBeLessThanOrEqual(6);
  });
});

import { QUERIES } from './queries';
import { dataOf, startApi, type TestApi, type Json } from './support/api';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

describe('cursor pagination over HTTP', () => {
  let api: TestApi;
  let everything: string[];
  beforeAll(async () => {
    api = await startApi();
    const all = dataOf<{ projects: Page }>(
      await api.post(QUERIES.pageOfProjects, { first: api.config.maxPageSize }),
    );
    everything = all.projects.edges.map((edge) => edge.node.id);
  });
  afterAll(() => api.close());

  const page = async (variables: Record<string, unknown>) =>
    dataOf<{ projects: Page }>(await api.post(QUERIES.pageOfProjects, variables)).projects;

  it('walks forward page by page through every project exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current: Page = await page({ first: 7, after });
      seen.push(...current.edges.map((edge) => edge.node.id));
      pages++;
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
    expect(pages).toBe(Math.ceil(everything.length / 7));
    expect((await page({ first: 1 })).totalCount).toBe(everything.length);
  });

  it('walks backward from the end with last and before', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const current: Page = await page({ last: 9, before });
      seen.unshift(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasPreviousPage) break;
      before = current.pageInfo.startCursor;
    }
    expect(seen).toEqual(everything);
  });

  it('sorts descending and by mention count with the id breaking ties', async () => {
    const data = dataOf<Json>(
      await api.post(`{
        byName: industries(orderBy: [{ field: NAME, direction: DESC }], first: 100) { nodes { name } }
        byMentions: industries(orderBy: [{ field: MENTION_COUNT, direction: DESC }], first: 100) { nodes { id mentionCount } }
      }`),
    );
    const names = data.byName.nodes.map((n: Json) => n.name);
    expect(names).toEqual([...names].sort().reverse());
    const counts = data.byMentions.nodes.map((n: Json) => n.mentionCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('pages the entities of every type together, filtered by type', async () => {
    const data = dataOf<Json>(
      await api.post(`{
        entities(filter: { type: [INDUSTRY, ORGANIZATION], nameOrAlias: { contains: "乐山" } }, first: 100) {
          totalCount nodes { __typename name }
        }
      }`),
    );
    expect(data.entities.totalCount).toBe(data.entities.nodes.length);
    for (const node of data.entities.nodes) {
      expect(['Industry', 'Organization']).toContain(node.__typename);
    }
  });
});

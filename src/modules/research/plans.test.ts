import { GraphQLError } from 'graphql';
import * as cypher from './cypher';
import { RESEARCH_LIMITS } from './limits';
import { DEFAULT_RELATIONSHIP_TYPES } from './relationshipTypes';
import { planEntitySearch, planPassageSearch } from './search';
import { planNeighborhood, planPaths } from './slices';

/** The code and message of the GraphQLError `run` throws. */
function refusal(run: () => unknown): { code: unknown; message: string; limit?: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, message: error.message, limit: error.extensions.limit };
  }
  throw new Error('expected a GraphQLError');
}

describe('planEntitySearch', () => {
  it('uses the full-text index for three characters or more, with the labels of the types asked for', () => {
    const plan = planEntitySearch({ query: ' 犍为县 ', types: ['ADMIN_DIVISION', 'PROJECT'] });
    expect(plan.statement.cypher).toBe(cypher.entitySearch);
    expect(plan.statement.params).toEqual({
      lucene: '(犍为县)',
      labels: ['AdminDivision', 'Project'],
      candidates: 60,
    });
    expect(plan.first).toBe(20);
  });

  it('falls back to containment for one or two characters, which the cjk analyzer cannot find', () => {
    const plan = planEntitySearch({ query: '健为', first: 5 });
    expect(plan.statement.cypher).toBe(cypher.entitySearchShort);
    expect(plan.statement.params).toEqual({
      text: '健为',
      lower: '健为',
      labels: null,
      candidates: 50,
    });
  });

  it('refuses an empty query and an empty type list as bad input', () => {
    expect(refusal(() => planEntitySearch({ query: '   ' })).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => planEntitySearch({ query: '乐山', types: [] })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(refusal(() => planEntitySearch({ query: '乐山', first: 0 })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses more hits or a longer query than the limits, saying the limit', () => {
    expect(refusal(() => planEntitySearch({ query: '乐山', first: 101 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: RESEARCH_LIMITS.searchResults,
    });
    expect(refusal(() => planEntitySearch({ query: '乐'.repeat(101) }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: RESEARCH_LIMITS.queryLength,
    });
  });
});

describe('planPassageSearch', () => {
  it('searches the paragraph index with the phrase first', () => {
    const plan = planPassageSearch({ query: '晶硅光伏', first: 3 });
    expect(plan.statement).toEqual({
      cypher: cypher.passageSearch,
      params: { lucene: '"晶硅光伏"^3 OR (晶硅光伏)', candidates: 50 },
    });
  });

  it('matches one or two characters in the text with page breaks removed', () => {
    expect(planPassageSearch({ query: '入 选' }).statement).toEqual({
      cypher: cypher.passageSearchShort,
      params: { text: '入选', candidates: 60 },
    });
  });
});

describe('planNeighborhood', () => {
  it('picks the fixed text of the depth and follows the relationships between entities by default', () => {
    const plan = planNeighborhood({ id: 'AdminDivision:马边彝族自治县', depth: 2 });
    expect(plan.cypher).toBe(cypher.neighborhoodByDepth[2]);
    expect(plan.params).toEqual({
      id: 'AdminDivision:马边彝族自治县',
      types: [...DEFAULT_RELATIONSHIP_TYPES],
      limit: 200,
      edgeLimit: RESEARCH_LIMITS.sliceEdges + 1,
    });
    expect(plan.params.types).not.toContain('MENTIONED_IN');
    expect(plan.params.types).not.toContain('HAS_STATUS');
  });

  it('has one text per depth, each walking exactly that many rings', () => {
    for (const depth of [1, 2, 3]) {
      const text = cypher.neighborhoodByDepth[depth];
      expect(text.match(/AS ring\d/g)).toHaveLength(depth);
      expect(text).not.toMatch(/\*\d*\.\./);
    }
    expect(cypher.neighborhoodByDepth[4]).toBeUndefined();
  });

  it('follows structure relationships only when asked', () => {
    const plan = planNeighborhood({
      id: 'x',
      relationshipTypes: ['MENTIONED_IN', 'LOCATED_IN', 'MENTIONED_IN'],
    });
    expect(plan.params.types).toEqual(['MENTIONED_IN', 'LOCATED_IN']);
  });

  it('refuses an unknown relationship type, listing the valid ones', () => {
    const { code, message } = refusal(() =>
      planNeighborhood({ id: 'x', relationshipTypes: ['KNOWS'] }),
    );
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(
      /Unknown relationship type KNOWS; valid types are: .*IN_INDUSTRY.*MENTIONED_IN/,
    );
  });

  it('refuses depth past 3 and more than 500 nodes with LIMIT_EXCEEDED', () => {
    expect(refusal(() => planNeighborhood({ id: 'x', depth: 4 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 3,
    });
    expect(refusal(() => planNeighborhood({ id: 'x', limit: 501 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 500,
    });
    expect(refusal(() => planNeighborhood({ id: 'x', depth: 0 })).code).toBe('BAD_USER_INPUT');
  });
});

describe('planPaths', () => {
  it('picks the fixed text of the hop bound, which holds the bound as a constant', () => {
    const plan = planPaths({ from: 'Organization:京运通', to: 'Industry:晶硅光伏' });
    expect(plan.cypher).toBe(cypher.pathsByMaxHops[4]);
    expect(plan.cypher).toContain('allShortestPaths((a)-[*..4]-(b))');
    expect(plan.params).toMatchObject({
      from: 'Organization:京运通',
      to: 'Industry:晶硅光伏',
      fetch: 6,
    });
    expect(plan.limit).toBe(5);
  });

  it('has a text for every bound from 1 to 6 and none past it', () => {
    for (let hops = 1; hops <= 6; hops += 1)
      expect(cypher.pathsByMaxHops[hops]).toContain(`[*..${hops}]`);
    expect(cypher.pathsByMaxHops[7]).toBeUndefined();
  });

  it('refuses more than 6 hops or 25 paths with LIMIT_EXCEEDED', () => {
    expect(refusal(() => planPaths({ from: 'a', to: 'b', maxHops: 7 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 6,
    });
    expect(refusal(() => planPaths({ from: 'a', to: 'b', limit: 26 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 25,
    });
  });
});

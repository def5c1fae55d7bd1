import { Database } from '../../src/neo4j';
import { QUERY_LIMITS } from '../../src/limits';
import { readConfig } from '../../src/config';
import { serve, startApi, type TestApi, type Json } from './support/api';

/** Nests `Industry.projects → Project.industries` until the query is `levels` deep. */
function deepQuery(levels: number): string {
  let selection = 'name';
  let depth = 2; // industry { … name }
  let industry = true;
  while (depth < levels) {
    selection = industry
      ? `projects { node { ${selection} } }`
      : `industries { node { ${selection} } }`;
    depth += 2;
    industry = !industry;
  }
  return `{ industry(name: "晶硅光伏") { ${selection} } }`;
}

function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return response.errors?.[0]?.extensions?.code;
}

describe('limits and errors over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth} levels with LIMIT_EXCEEDED`, async () => {
    expect((await api.post(deepQuery(QUERY_LIMITS.maxDepth))).errors).toBeUndefined();
    const response = await api.post(deepQuery(QUERY_LIMITS.maxDepth + 2));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors![0].extensions!.limit).toBe(QUERY_LIMITS.maxDepth);
    expect(response.errors![0].message).toMatch(/depth is over the limit of 12/);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases with LIMIT_EXCEEDED`, async () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: documents { id }`).join(' ');
    expect((await api.post(`{ ${aliases(QUERY_LIMITS.maxAliases)} }`)).errors).toBeUndefined();
    const response = await api.post(`{ ${aliases(QUERY_LIMITS.maxAliases + 1)} }`);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors![0].extensions!.limit).toBe(QUERY_LIMITS.maxAliases);
  });

  it(`refuses a query of more than ${QUERY_LIMITS.maxTokens} tokens with LIMIT_EXCEEDED`, async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const response = await api.post(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors![0].extensions!.limit).toBe(QUERY_LIMITS.maxTokens);
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.maxCost} with LIMIT_EXCEEDED`, async () => {
    const response = await api.post(`{
      documents { paragraphs { mentions { entity { relations { node { relations { node { name } } } } } } } }
    }`);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors![0].extensions!.limit).toBe(QUERY_LIMITS.maxCost);
    expect(response.errors![0].message).toMatch(/estimated cost is over the limit/);
  });

  it('refuses a page larger than the maximum page size with LIMIT_EXCEEDED, naming the limit', async () => {
    const max = api.config.maxPageSize;
    expect((await api.post(`{ projects(first: ${max}) { totalCount } }`)).errors).toBeUndefined();
    const response = await api.post(`{ projects(first: ${max + 1}) { totalCount } }`);
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
    expect(response.errors![0].extensions).toMatchObject({ limit: max, argument: 'first' });
    expect(response.errors![0].message).toContain(`page size limit of ${max}`);
    const variables = await api.post('query ($n: Int) { projects(last: $n) { totalCount } }', {
      n: max + 1,
    });
    expect(codeOf(variables)).toBe('LIMIT_EXCEEDED');
  });

  it('refuses more ids than the page size in one nodes() call', async () => {
    const ids = Array.from(
      { length: api.config.maxPageSize + 1 },
      (_, i) => `Paragraph:leshan-2025:${i + 1}`,
    );
    const response = await api.post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a request body over the body limit with 413 and LIMIT_EXCEEDED', async () => {
    const padding = 'x'.repeat(200 * 1024);
    const response = await api.raw(
      JSON.stringify({ query: '{ documents { id } }', variables: { padding } }),
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text).errors[0].extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: '100kb',
    });
  });

  it('answers a body that is not JSON with BAD_REQUEST', async () => {
    const response = await api.raw('{"query": ');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused', async () => {
    const response = await api.raw(JSON.stringify({ query: '{ documents { id } }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/);
  });

  it('returns null for an unknown id and BAD_USER_INPUT for something that is not an id', async () => {
    const unknown = await api.post('{ node(id: "Project:不存在的项目") { id } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ node: null });
    const malformed = await api.post('{ node(id: "晶硅光伏") { id } }');
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].message).toContain('Industry:晶硅光伏');
  });

  it('answers a cursor that is not one of this list with BAD_USER_INPUT', async () => {
    const garbage = await api.post('{ projects(after: "not-a-cursor") { totalCount } }');
    expect(codeOf(garbage)).toBe('BAD_USER_INPUT');
    const page = await api.post(
      '{ projects(first: 1, orderBy: [{ field: NAME }]) { pageInfo { endCursor } } }',
    );
    const cursor = (page.data as Json).projects.pageInfo.endCursor;
    const foreign = await api.post(
      'query ($after: String) { projects(after: $after) { totalCount } }',
      {
        after: cursor,
      },
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toContain('different `orderBy`');
  });

  it('answers a section that does not exist with NOT_FOUND, and how labels look', async () => {
    const response = await api.post('{ programs(section: "二、(九)") { id } }');
    expect(codeOf(response)).toBe('NOT_FOUND');
    expect(response.errors![0].message).toContain('二、(三)');
  });

  it('asks for exactly one of id and name', async () => {
    const response = await api.post('{ project(id: "Project:x", name: "x") { id } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('suggests the right field for a typo (the schema is public)', async () => {
    const response = await api.post('{ projects { totalCout } }');
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toContain('totalCount');
  });
});

describe('the masking of unexpected errors', () => {
  it('logs a database failure in full and shows the client only a masked error', async () => {
    const failing = {
      read: async () => {
        throw new Error('Neo4j exploded while running MATCH (secret:Cypher)');
      },
      observe: () => () => undefined,
      forRequest() {
        return this;
      },
      ping: async () => false,
      close: async () => undefined,
    } as unknown as Database;
    const api = await serve(failing);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await api.post('{ documents { id } }');
      expect(response.errors).toEqual([
        {
          message: 'Internal server error: the request could not be completed. It has been logged.',
          locations: [{ line: 1, column: 3 }],
          path: ['documents'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      const messages = logged.mock.calls
        .flat()
        .map((arg) => (arg instanceof Error ? arg.message : String(arg)));
      expect(messages.join('\n')).toContain('MATCH (secret:Cypher)');
    } finally {
      logged.mockRestore();
      await api.close();
    }
  });
});

describe('the Neo4j transaction timeout', () => {
  it('stops a read that runs past the configured timeout', async () => {
    const config = readConfig();
    const db = await Database.connect(config.neo4j!, 200);
    try {
      const started = Date.now();
      await expect(
        db.read('UNWIND range(1, 300000000) AS x RETURN sum(x * x) AS total'),
      ).rejects.toMatchObject({
        code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
      });
      expect(Date.now() - started).toBeLessThan(10000);
    } finally {
      await db.close();
    }
  });

  it('reports a timed-out request as LIMIT_EXCEEDED with the timeout', async () => {
    const timedOut = Object.assign(new Error('The transaction has been terminated.'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const slow = {
      read: async () => {
        throw timedOut;
      },
      observe: () => () => undefined,
      forRequest() {
        return this;
      },
      ping: async () => true,
      close: async () => undefined,
    } as unknown as Database;
    const api = await serve(slow, { queryTimeoutMs: 10000 });
    try {
      const response = await api.post('{ documents { id } }');
      expect(response.errors![0].extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 10000 });
      expect(response.errors![0].message).toContain('10000 ms');
    } finally {
      await api.close();
    }
  });
});

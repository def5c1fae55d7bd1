import { parse, visit } from 'graphql';
import { dataOf, startApi, type TestApi } from './support/api';
import { fetch } from '../support/http';
import { cookbook, questions, type Request, type Variables } from './support/requests';

/*
 * Every Cypher statement the API sends is constant text, with every value a parameter
 * (the plan cache stays warm and nothing typed can change a query). Checked over a broad
 * run: every researcher question and every cookbook query, each with its variables and
 * again with other values, recording every statement the database is sent.
 */

/** The string values a request carries: its string variables and the string literals it spells. */
function valuesOf(query: string, variables: Variables): string[] {
  const values = Object.values(variables).filter((value) => typeof value === 'string');
  visit(parse(query), {
    StringValue(node) {
      values.push(node.value);
    },
  });
  return values.filter((value) => value.length > 0);
}

describe('Cypher sent over a broad run of real requests', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /** The distinct statement texts one request sends. */
  async function statementsOf(request: Request, variables: Variables): Promise<Set<string>> {
    const statements = new Set<string>();
    const stop = api.db.observe((cypher) => statements.add(cypher));
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: request.query,
          operationName: request.operationName,
          variables,
        }),
      });
      dataOf(await response.json());
    } finally {
      stop();
    }
    return statements;
  }

  it('gives every cookbook operation with variables other values to try', () => {
    const missing = cookbook
      .filter((request) => Object.keys(request.variables).length > 0 && !request.otherVariables)
      .map((request) => request.name);
    expect(missing).toEqual([]);
  });

  it.each([...questions, ...cookbook].map((request) => [request.name, request] as const))(
    '%s: no value in the text, the same texts for other values',
    async (_name, request) => {
      const texts = await statementsOf(request, request.variables);
      expect(texts.size).toBeGreaterThan(0);
      const values = [
        ...valuesOf(request.query, request.variables),
        ...valuesOf(request.query, request.otherVariables ?? {}),
      ];
      for (const text of texts) {
        for (const value of values)
          expect({ value, inText: text.includes(value) }).toEqual({
            value,
            inText: false,
          });
      }
      if (request.otherVariables) {
        const other = await statementsOf(request, request.otherVariables);
        expect([...other].sort()).toEqual([...texts].sort());
      }
    },
  );
});

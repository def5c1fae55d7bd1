import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config';
import type { Params } from '../../src/neo4j';
import { fetch } from '../support/http';
import { dataOf, startApi, type TestApi } from './support/api';
import { cookbook, questions, type Request, type Variables } from './support/requests';
import { operatorsOf, type PlanNode } from './support/plans';

/*
 * Every statement the API sends starts from a label or an index, never from a scan of
 * every node. Checked on the loaded graph (so the planner sees real counts) with EXPLAIN:
 * each statement a broad run of real requests sends, with its parameters, and every
 * constant statement of the Cypher modules, whether or not that run sent it.
 */

/** The exported string constants of src/modules/<domain>/cypher.ts and src/export/cypher.ts. */
function constantStatements(): { name: string; cypher: string }[] {
  const modules = [
    ...readdirSync(join(projectRoot, 'src', 'modules')).map((domain) =>
      join('src', 'modules', domain, 'cypher.ts'),
    ),
    join('src', 'export', 'cypher.ts'),
  ];
  return modules.flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(join(projectRoot, file)) as Record<string, unknown>;
    return Object.entries(exports)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .filter(([, text]) => /\b(MATCH|UNWIND|CALL)\b/.test(text))
      .map(([name, cypher]) => ({ name: `${file}: ${name}`, cypher }));
  });
}

describe('the plans of the Cypher the API sends', () => {
  let api: TestApi;
  const sent = new Map<string, { params: Params; by: string }>();

  beforeAll(async () => {
    api = await startApi();
    const replay = async (request: Request, variables: Variables) => {
      const stop = api.db.observe((cypher, params) => {
        if (!sent.has(cypher)) sent.set(cypher, { params, by: request.name });
      });
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
    };
    for (const request of [...questions, ...cookbook]) {
      await replay(request, request.variables);
      if (request.otherVariables) await replay(request, request.otherVariables);
    }
  }, 120000);
  afterAll(() => api.close());

  /**
   * The scans in a statement's plan: of every node, always; of a whole label too when the
   * statement is a lookup by ids (`UNWIND $ids`), whose anchors an index finds.
   */
  async function scans(cypher: string, params: Params = {}): Promise<string[]> {
    const plan = await api.db.explain(cypher, params);
    const anchored = /UNWIND \$ids\b/.test(cypher);
    return operatorsOf(plan as PlanNode).filter(
      (operator) =>
        operator.startsWith('AllNodesScan') || (anchored && operator.startsWith('NodeByLabelScan')),
    );
  }

  it('replayed a broad run', () => {
    expect(sent.size).toBeGreaterThan(40);
  });

  it('plans no statement of that run from a scan of every node, nor a lookup from a label scan', async () => {
    const found: { by: string; scans: string[]; cypher: string }[] = [];
    for (const [cypher, { params, by }] of sent) {
      const all = await scans(cypher, params);
      if (all.length) found.push({ by, scans: all, cypher });
    }
    expect(found).toEqual([]);
  });

  it('plans no constant statement of the Cypher modules from such a scan', async () => {
    const statements = constantStatements();
    expect(statements.length).toBeGreaterThan(40);
    const found: { name: string; scans: string[] }[] = [];
    for (const { name, cypher } of statements) {
      const all = await scans(cypher);
      if (all.length) found.push({ name, scans: all });
    }
    expect(found).toEqual([]);
  });
});

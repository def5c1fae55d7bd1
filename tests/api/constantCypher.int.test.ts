import { Kind, parse, visit, type OperationDefinitionNode } from 'graphql';
import { readCookbook } from '../web/cookbook';
import { QUERIES } from './queries';
import { dataOf, startApi, type TestApi } from './support/api';
import { fetch } from '../support/http';

/*
 * Every Cypher statement the API sends is constant text, with every value a parameter
 * (the plan cache stays warm and nothing typed can change a query). Checked over a broad
 * run: every researcher question and every cookbook query, each with its variables and
 * again with other values, recording every statement the database is sent.
 */

type Variables = Record<string, unknown>;

interface Request {
  name: string;
  query: string;
  operationName?: string;
  variables: Variables;
  /** Other values for the same variables, each answered with at least as many rows. */
  otherVariables?: Variables;
}

/** Other values for the researcher questions that take variables. */
const OTHER_QUESTION_VARIABLES: Partial<Record<keyof typeof QUERIES, [Variables, Variables]>> = {
  programsOfSection: [{ section: '二、(三)' }, { section: '二、(四)' }],
  entitiesByName: [{ name: '无废城市' }, { name: '并研县' }],
  pageOfProjects: [{ first: 5 }, { first: 7 }],
  nestedThreeLevels: [{ first: 2 }, { first: 10 }],
  nodeById: [{ id: 'Project:马边黄磷企业搬迁' }, { id: 'AdminDivision:犍为县' }],
};

/** Other values for each cookbook operation that takes variables. */
const OTHER_COOKBOOK_VARIABLES: Record<string, Variables> = {
  ProjectsOfAnIndustryByCounty: { industry: '晶硅光伏' },
  IndicatorsThatMissedTheir2024Target: {},
  ACompanysProjectsAndTheirPhases: { name: '福华' },
  SearchAnEntity: { query: '马边' },
  NeighbourhoodOfAnEntity: { id: 'AdminDivision:马边彝族自治县' },
  PathBetweenTwoEntities: { from: 'Organization:京运通', to: 'Industry:晶硅光伏', maxHops: 4 },
  CountiesSeekingAProvincialDevelopmentZone: { designation: '省级化工园区' },
  ProjectsCompletedIn2024: { year: 2025, wording: '建成投运' },
  ASectionItsParagraphsAndMentions: { label: '二、(四)' },
  ExportANeighbourhood: { id: 'AdminDivision:犍为县', depth: 2 },
};

const questions: Request[] = Object.entries(QUERIES).map(([name, query]) => {
  const [variables, otherVariables] = OTHER_QUESTION_VARIABLES[name as keyof typeof QUERIES] ?? [
    {},
  ];
  return { name, query, variables, otherVariables };
});

const cookbook: Request[] = readCookbook().flatMap((entry) =>
  parse(entry.query)
    .definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => {
      const name = operation.name!.value;
      const declared = (operation.variableDefinitions ?? []).map((d) => d.variable.name.value);
      const variables = Object.fromEntries(
        Object.entries(entry.variables ?? {}).filter(([key]) => declared.includes(key)),
      );
      return {
        name: `${entry.file}: ${name}`,
        query: entry.query,
        operationName: name,
        variables,
        otherVariables: OTHER_COOKBOOK_VARIABLES[name],
      };
    }),
);

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

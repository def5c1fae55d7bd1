import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readCookbook } from '../../web/cookbook';
import { QUERIES } from '../queries';

/*
 * A broad run of real requests: every researcher question (tests/api/queries.ts) and every
 * cookbook operation, each with its variables and other values to try. The tests that
 * check the Cypher the API sends (constant text, index-backed plans) replay these.
 */

export type Variables = Record<string, unknown>;

export interface Request {
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
  ASectionItsParagraphsAndMentions: { label: '二、(四)', document: 'Document:leshan-2025' },
  ExportANeighbourhood: { id: 'AdminDivision:犍为县', depth: 2 },
  MeanGrowthTarget: { year: 2024 },
  OneIndicatorAcrossReports: { indicator: '固定资产投资增长', years: { gte: 2024 } },
};

export const questions: Request[] = Object.entries(QUERIES).map(([name, query]) => {
  const [variables, otherVariables] = OTHER_QUESTION_VARIABLES[name as keyof typeof QUERIES] ?? [
    {},
  ];
  return { name, query, variables, otherVariables };
});

export const cookbook: Request[] = readCookbook().flatMap((entry) =>
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

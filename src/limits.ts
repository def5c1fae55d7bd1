import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ListValueNode,
  type ObjectValueNode,
  type ValidationContext,
  type ValueNode,
  type VariableNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { InputLimits } from './config';
import { badInput, limitExceeded, withStatus } from './errors';
import { RESEARCH_LIMITS } from './modules/research/limits';

/**
 * Limits on the shape of a query, checked before anything runs. graphql-armor's published
 * defaults were the starting point (depth 6, aliases 15, tokens 1000, cost 5000); the
 * numbers below come from the realistic queries in tests/api/queries.ts (the researcher
 * questions, the document walk, the round-trip probes) and cookbook/*.graphql, plus
 * headroom, and
 * tests/api/limits.test.ts keeps them honest: every realistic query must pass with room
 * to spare, and each over-limit query must be refused with LIMIT_EXCEEDED.
 */
export const QUERY_LIMITS = {
  /**
   * Every hop through a relationship costs two levels (the link, then its node) and a
   * connection one (`nodes`), so the three-hop questions (companies → projects →
   * industries → parent industry; the document walk) reach 9. 12 leaves one more hop.
   */
  maxDepth: 12,
  /** Armor's default; realistic queries use at most 3 (side-by-side lists). */
  maxAliases: 15,
  /** Realistic queries have at most about 90 tokens; armor's 1000 leaves ten times that. */
  maxTokens: 1000,
  /**
   * The estimated cost (queryCost below): about the number of values in the answer, each
   * list counted at its `first` or its fan-out. The costliest realistic query is the
   * document walk (documents → sections → subsections → paragraphs → mentions →
   * relations, ≈300,000); twice that. The estimate cannot tell a deep walk from a
   * 14 MB fan-out of the same shape: the response-size ceiling and the request deadline
   * are the hard bounds.
   */
  maxCost: 600000,
  /** Armor's default; the schema defines no directives of its own. */
  maxDirectives: 50,
} as const;

type Limit = keyof typeof QUERY_LIMITS;

/**
 * Armor reports a rejection to the validation context; we report LIMIT_EXCEEDED with the
 * limit instead of armor's BAD_USER_INPUT, so a client can tell "too big" from "wrong".
 */
function reportLimit(limit: Limit, what: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(
      limitExceeded(
        `The query's ${what} is over the limit of ${QUERY_LIMITS[limit]}${found ? ` (it is ${found})` : ''}. ` +
          'Split it into smaller queries, or ask for fewer items per page.',
        QUERY_LIMITS[limit],
      ),
    );
  };
}

/** Validation rules (depth, aliases, directives) for ApolloServer's `validationRules`. */
export function queryLimitRules() {
  const armor = new ApolloArmor({
    maxDepth: {
      n: QUERY_LIMITS.maxDepth,
      propagateOnRejection: false,
      onReject: [reportLimit('maxDepth', 'depth')],
    },
    maxAliases: {
      n: QUERY_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [reportLimit('maxAliases', 'number of aliases')],
    },
    // The cost is estimated with the variables, by graphql-query-complexity (checkCost).
    costLimit: { enabled: false },
    maxDirectives: {
      n: QUERY_LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportLimit('maxDirectives', 'number of directives')],
    },
    // graphql-js counts tokens while parsing (parseOptions.maxTokens below), before any
    // validation; armor's token plugin would parse every document twice.
    maxTokens: { enabled: false },
    // The schema is published (docs/schema.graphql), so hiding field suggestions would
    // only make typos harder to fix.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** For ApolloServer's `parseOptions`: graphql-js stops parsing past this many tokens. */
export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/**
 * The shape of argument values (filters, `in` lists, `orderBy`), checked after validation
 * and before execution — so before graphql-js coerces variables (which recurses, and
 * overflows the stack on an AND nested 2,000 deep) and before any Cypher is planned
 * (Neo4j's planner spends seconds to minutes on an OR of thousands of conditions, and a
 * transaction timeout does not interrupt planning). Literals and variables are walked
 * with an explicit stack, never recursion, and the walk stops at the first limit passed.
 * The defaults (src/config.ts) are above every realistic query's (tests/api/limits.test.ts).
 */
export function checkInputShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: InputLimits,
): void {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const total = { conditions: 0 };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        checkArgument(node, argument.type, variables ?? {}, defaults, limits, total);
        return false; // the walk above covered the value; the visitor need not descend
      },
    }),
  );
}

type Item = { value: unknown; ast: boolean; type: GraphQLInputType; depth: number };

function checkArgument(
  node: ArgumentNode,
  type: GraphQLInputType,
  variables: Record<string, unknown>,
  defaults: Map<string, ValueNode>,
  limits: InputLimits,
  total: { conditions: number },
): void {
  const argument = node.name.value;
  const refuse = (message: string, limit: number): never => {
    throw withStatus(limitExceeded(message, limit, argument), 400);
  };
  const stack: Item[] = [{ value: node.value, ast: true, type, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    let { value, ast } = item;
    if (ast && (value as ValueNode).kind === Kind.VARIABLE) {
      const name = (value as VariableNode).name.value;
      if (Object.hasOwn(variables, name)) {
        value = variables[name];
        ast = false;
      } else {
        value = defaults.get(name);
        if (value === undefined) continue;
      }
    }
    const type = isNonNullType(item.type) ? item.type.ofType : item.type;
    if (isListType(type)) {
      const items = ast
        ? (value as ValueNode).kind === Kind.LIST
          ? (value as ListValueNode).values
          : [value]
        : Array.isArray(value)
          ? value
          : [value];
      const isOrder = argument === 'orderBy' && item.depth === 0;
      const max = isOrder ? limits.maxOrderByKeys : limits.maxListLength;
      if (items.length > max) {
        refuse(
          isOrder
            ? `\`orderBy\` has ${items.length} sort keys; the limit is ${max}. Sort by fewer keys.`
            : `A list in \`${argument}\` has ${items.length} items; the limit is ${max}. ` +
                'Split the request, or narrow the filter another way.',
          max,
        );
      }
      for (const element of items)
        stack.push({ value: element, ast, type: type.ofType, depth: item.depth });
    } else if (isInputObjectType(type)) {
      const fields = ast
        ? (value as ValueNode).kind === Kind.OBJECT
          ? (value as ObjectValueNode).fields.map((f) => [f.name.value, f.value] as const)
          : []
        : value !== null && typeof value === 'object'
          ? Object.entries(value)
          : [];
      if (fields.length === 0) continue;
      const depth = item.depth + 1;
      if (depth > limits.maxInputDepth) {
        refuse(
          `\`${argument}\` nests input objects ${depth} deep (AND, OR, NOT, some, none, all …); ` +
            `the limit is ${limits.maxInputDepth}. Flatten the filter: AND/OR take lists.`,
          limits.maxInputDepth,
        );
      }
      const definitions = type.getFields();
      for (const [name, fieldValue] of fields) {
        const field = definitions[name];
        if (!field) continue; // coercion reports unknown fields
        if (argument !== 'orderBy' && isLeafType(getNamedType(field.type))) {
          total.conditions += 1;
          if (total.conditions > limits.maxConditions) {
            refuse(
              `The request sets more than ${limits.maxConditions} conditions in its filters. ` +
                'Ask several smaller questions, or use `in` lists instead of OR.',
              limits.maxConditions,
            );
          }
        }
        stack.push({ value: fieldValue, ast, type: field.type, depth });
      }
    }
  }
}

/**
 * How many items the cost estimate counts for a list asked without `first`/`last`
 * (`limit`): twice its mean length in the 乐山 graph, or for the root lists (one per
 * graph) at least their length; tests/api/fanOut.int.test.ts measures every list field
 * and checks the table. The estimate so stays near a real answer's size: a hub's longer
 * list (乐山市 has 67 relations) is what the response-size ceiling and the request
 * deadline are for. Connections without `first` count their default page (20).
 */
export const FAN_OUT: Record<string, number> = {
  'Query.documents': 3,
  'Query.footnotes': 100,
  'Query.programs': 100,
  'Query.indicatorComparison': 300,
  // One row per unit (33 in the 乐山 graph), or per unit and group key: up to one per
  // observation when grouped by indicator, year and kind.
  'Query.observationStats': 200,
  // The observations of one row: every one in its unit and group (about 5 a row).
  'ObservationStats.observations': 20,
  // One row per region and year of the indicator: two years (the reported and the planned)
  // for each of the corpus's 10 regions, with room for a third year where reports chain.
  'Query.indicatorSeries': 40,
  'Document.paragraphs': 120,
  'Document.footnotes': 100,
  'Section.paragraphs': 8,
  'Section.footnotes': 10,
  'Paragraph.mentions': 30,
  'Paragraph.entities': 30,
  'AdminDivision.relations': 15,
  'AdminDivision.mentions': 5,
  'Industry.relations': 6,
  'AdminDivision.projects(includeParts)': 8,
  // The research slices' own bounds (src/modules/research/limits.ts).
  'GraphSlice.nodes': RESEARCH_LIMITS.neighborhoodNodes,
  'GraphSlice.edges': RESEARCH_LIMITS.sliceEdges,
};

/** Every other list: at least twice its mean (the longest mean left is 1.8). */
export const DEFAULT_FAN_OUT = 4;
const DEFAULT_PAGE = 20;

/** The fan-out of `Type.field` in the cost estimate. */
export function fanOut(key: string): number {
  return FAN_OUT[key] ?? DEFAULT_FAN_OUT;
}

/**
 * The cost of one field: 1 for a value, 1 plus its selection's cost for an object, and
 * a list's cost times the items it may hold — `first`/`last` (or `limit`) when given,
 * else its fan-out. Variables count: `first: $n` costs as much as `first: 100`.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = 1 + childComplexity;
  const named = getNamedType(field.type);
  const connection = named.name.endsWith('Connection');
  // A connection's count is paid once, on the connection field.
  if (type.name.endsWith('Connection')) return own;
  if (!connection && !isListOutput(field.type)) return own;
  const asked = [args.first, args.last, args.limit].find((n) => typeof n === 'number');
  const key = `${type.name}.${field.name}`;
  const widened = Object.keys(args).find(
    (arg) => args[arg] === true && `${key}(${arg})` in FAN_OUT,
  );
  const items = asked ?? (connection ? DEFAULT_PAGE : fanOut(widened ? `${key}(${widened})` : key));
  return Math.max(1, items) * own;
};

function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The request's estimated cost (graphql-query-complexity with the estimator above). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listEstimator],
  });
}

/** Refuses a request whose estimated cost is over QUERY_LIMITS.maxCost (HTTP 400). */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  let cost: number;
  try {
    cost = Math.ceil(queryCost(schema, document, variables, operationName));
  } catch (error) {
    // The estimate coerces the variables first: a wrong one (null for a `String!`) is
    // the client's to fix, answered as graphql-js's coercion would be.
    if (error instanceof GraphQLError) throw withStatus(badInput(error.message), 400);
    throw error;
  }
  if (cost > QUERY_LIMITS.maxCost) {
    throw withStatus(
      limitExceeded(
        `The query's estimated cost is over the limit of ${QUERY_LIMITS.maxCost} (it is ${cost}). ` +
          'Ask for fewer items per page (`first`), fewer nested lists, or split it into smaller queries.',
        QUERY_LIMITS.maxCost,
      ),
      400,
    );
  }
}

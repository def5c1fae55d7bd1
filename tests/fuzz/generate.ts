import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * Random schema-valid queries for fuzzing: any root field, arguments with edge-case
 * values (huge and negative numbers, empty, long and unusual strings, real ids and
 * names), nested selections and nested filters within the published limits. The same
 * seed gives the same queries.
 */
export class QueryGenerator {
  private readonly rng: RandomGenerator;
  private aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rng = xoroshiro128plus(seed);
  }

  private int(from: number, to: number): number {
    return unsafeUniformIntDistribution(from, to, this.rng);
  }

  private chance(p: number): boolean {
    return this.int(0, 999) < p * 1000;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** One query with its variables (some arguments go as variables, some as literals). */
  next(): { query: string; variables: Record<string, unknown> } {
    const root = this.schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const selections: string[] = [];
    for (let i = this.int(1, 2); i > 0; i--) {
      const field = this.pick(fields);
      selections.push(`a${this.aliases++}: ${this.field(field, 1, variables, declarations)}`);
    }
    const header = declarations.length ? `query Fuzz(${declarations.join(', ')})` : 'query Fuzz';
    return { query: `${header} { ${selections.join(' ')} }`, variables };
  }

  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    variables: Record<string, unknown>,
    declarations: string[],
  ): string {
    const args: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !this.chance(0.4)) continue;
      const value = this.value(arg.type, 0);
      if (this.chance(0.5)) {
        const name = `v${declarations.length}`;
        declarations.push(`$${name}: ${String(arg.type)}`);
        variables[name] = value;
        args.push(`${arg.name}: $${name}`);
      } else {
        args.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    const head = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    const type = getNamedType(field.type);
    if (isLeafType(type)) return head;
    return `${head} { ${this.selection(type, depth + 1, variables, declarations)} }`;
  }

  private selection(
    type: GraphQLNamedType,
    depth: number,
    variables: Record<string, unknown>,
    declarations: string[],
  ): string {
    const parts = ['__typename'];
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const chosen = this.pick(possible);
      parts.push(
        `... on ${chosen.name} { ${this.selection(chosen, depth, variables, declarations)} }`,
      );
      if (isUnionType(type)) return parts.join(' ');
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return parts.join(' ');
    const fields = Object.values(type.getFields());
    // Deeper levels ask for fewer fields, and only leaves past depth 6.
    for (let i = this.int(1, depth < 4 ? 4 : 2); i > 0; i--) {
      const field = this.pick(fields);
      const leaf = isLeafType(getNamedType(field.type));
      if (!leaf && depth >= 6) continue;
      parts.push(`a${this.aliases++}: ${this.field(field, depth, variables, declarations)}`);
    }
    return parts.join(' ');
  }

  /** A value for an input type, as JSON; nested input objects stop at depth 3. */
  private value(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (!isNonNullType(type) && this.chance(0.05)) return null;
    if (isListType(type)) {
      const length = this.pick([0, 1, 1, 2, 3]);
      return Array.from({ length }, () => this.value(type.ofType, depth));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const nested = isInputObjectType(getNamedType(field.type));
        if (nested && depth >= 3) continue;
        if (isNonNullType(field.type) || this.chance(nested ? 0.15 : 0.25)) {
          out[field.name] = this.value(field.type, depth + 1);
        }
      }
      return out;
    }
    switch (type.name) {
      case 'Int':
        return this.pick(INTS);
      case 'Float':
        return this.pick(FLOATS);
      case 'Boolean':
        return this.chance(0.5);
      default:
        return this.pick(STRINGS);
    }
  }
}

const INTS = [0, 1, 2, 3, 5, 20, 100, 101, -1, -100, 2147483647, -2147483648, 1000000];
const FLOATS = [0, -0.5, 1.5, 8.5, 2024, -1e300, 1e300, 3.14159];
const STRINGS = [
  '',
  ' ',
  '乐山',
  '晶硅光伏',
  '犍为县',
  'jianwei',
  '二、(三)',
  'Project:马边黄磷企业搬迁',
  'AdminDivision:犍为县',
  'Industry:晶硅光伏',
  'Document:leshan-2025',
  'Paragraph:leshan-2025:17',
  'Section:leshan-2025:二、(三)',
  'Industry:',
  ':',
  "' OR 1=1 //",
  '") RETURN n //',
  '*?~^',
  'AND OR NOT',
  '\u0000\u0001',
  '🀄️👩🏽‍🔬',
  '\u202e\u200b',
  'é'.normalize('NFD'),
  'x'.repeat(5000),
  '乐'.repeat(300),
];

/** The value as a GraphQL literal (enums bare, strings quoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return `[${(value as unknown[]).map((v) => literal(v, inner.ofType)).join(', ')}]`;
  }
  if (isEnumType(inner)) return String(value);
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${key}: ${literal(v, fields[key].type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** What no answer may contain: a server error, a masked internal error, a stack or a leak. */
export function problemsOf(status: number, body: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (body.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (/\bat [^\s]+ \(.*:\d+:\d+\)|stacktrace|\.ts:\d+/i.test(body)) problems.push('a stack trace');
  if (/Neo\.(Client|Transient|Database)Error|MATCH \(|neo4j-driver/.test(body)) {
    problems.push('a Neo4j error or Cypher');
  }
  return problems;
}

export interface FuzzReport {
  count: number;
  statuses: Record<number, number>;
  codes: Record<string, number>;
  failures: {
    query: string;
    variables: Record<string, unknown>;
    problems: string[];
    body: string;
  }[];
}

/** Posts `count` generated queries and reports every answer that shows a problem. */
export async function fuzz(
  schema: GraphQLSchema,
  post: (body: string) => Promise<{ status: number; text: string }>,
  count: number,
  seed: number,
): Promise<FuzzReport> {
  const generator = new QueryGenerator(schema, seed);
  const report: FuzzReport = { count, statuses: {}, codes: {}, failures: [] };
  for (let i = 0; i < count; i++) {
    const { query, variables } = generator.next();
    const { status, text } = await post(JSON.stringify({ query, variables }));
    report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    for (const code of text.match(/"code":"[A-Z_]+"/g) ?? []) {
      const name = code.slice(8, -1);
      report.codes[name] = (report.codes[name] ?? 0) + 1;
    }
    const problems = problemsOf(status, text);
    if (problems.length)
      report.failures.push({ query, variables, problems, body: text.slice(0, 500) });
  }
  return report;
}

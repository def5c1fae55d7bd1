import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, validate } from 'graphql';
import { readConfig, type InputLimits } from '../../src/config';
import {
  QUERY_LIMITS,
  checkCost,
  checkInputShape,
  queryCost,
  queryLimitRules,
} from '../../src/limits';
import { buildSchema } from '../../src/server';
import { readCookbook } from '../web/cookbook';
import { QUERIES } from './queries';
import { cookbook, questions, type Request } from './support/requests';

/** The realistic requests: the researcher questions and every operation of the cookbook. */
const REALISTIC: Request[] = [...questions, ...cookbook];

/** Depth and aliases as armor counts them, cost as checkCost does, tokens as graphql-js does. */
function measure({ query, variables, operationName }: Request) {
  const document = parse(query);
  const seen = { depth: 0, aliases: 0 };
  const record = (key: keyof typeof seen) => [
    (_: unknown, details: { n: number }) => (seen[key] = details.n),
  ];
  const armor = new ApolloArmor({
    maxDepth: { n: Infinity, onAccept: record('depth') },
    maxAliases: { n: Infinity, onAccept: record('aliases') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const schema = buildSchema();
  validate(schema, document, armor.protect().validationRules);
  const cost = queryCost(schema, document, variables, operationName);
  return { ...seen, cost, tokens: tokenCount(query) };
}

function tokenCount(source: string): number {
  // graphql-js refuses a document over maxTokens; binary search the smallest that passes.
  let low = 1;
  let high = 100000;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    try {
      parse(source, { maxTokens: mid });
      high = mid;
    } catch {
      low = mid + 1;
    }
  }
  return low;
}

describe('query limits', () => {
  const schema = buildSchema();
  const measured = REALISTIC.map((request) => ({ name: request.name, ...measure(request) }));

  it('measures every researcher question and cookbook file', () => {
    expect(measured.length).toBeGreaterThanOrEqual(
      Object.keys(QUERIES).length + readCookbook().length,
    );
  });

  it('accepts every realistic query', () => {
    for (const { name, query, variables, operationName } of REALISTIC) {
      const document = parse(query);
      const errors = validate(schema, document, queryLimitRules()).map((e) => e.message);
      try {
        checkCost(schema, document, variables, operationName);
      } catch (error) {
        errors.push((error as Error).message);
      }
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it('leaves headroom above the largest realistic query', () => {
    const max = (key: 'depth' | 'aliases' | 'cost' | 'tokens') =>
      Math.max(...measured.map((m) => m[key]));
    expect(max('depth')).toBeLessThan(QUERY_LIMITS.maxDepth);
    expect(max('cost') * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(max('tokens') * 4).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens);
    expect(max('aliases')).toBeLessThan(QUERY_LIMITS.maxAliases);
    const costliest = measured.reduce((a, b) => (b.cost > a.cost ? b : a));
    process.stdout.write(`costliest realistic query: ${costliest.name}\n`);
    process.stdout.write(
      `largest realistic query: depth ${max('depth')}, aliases ${max('aliases')}, cost ${max('cost')}, tokens ${max('tokens')}\n`,
    );
  });
});

describe('input shape limits', () => {
  const schema = buildSchema();
  const defaults = readConfig({}).inputLimits;
  const keys = Object.keys(defaults) as (keyof InputLimits)[];

  /** The smallest value of each limit that lets the request through. */
  function measureShape(request: Request): Record<keyof InputLimits, number> {
    const document = parse(request.query);
    const smallest = (key: keyof InputLimits) => {
      for (let n = 0; ; n++) {
        try {
          checkInputShape(schema, document, request.variables, { ...defaults, [key]: n });
          return n;
        } catch {
          // over this value: try the next
        }
      }
    };
    return Object.fromEntries(keys.map((key) => [key, smallest(key)])) as Record<
      keyof InputLimits,
      number
    >;
  }

  it('refuses a filter nested 100,000 deep without recursion', () => {
    let filter: Record<string, unknown> = { year: 2024 };
    for (let i = 0; i < 100000; i++) filter = { AND: [filter] };
    const document = parse('query ($f: ProjectFilter) { projects(filter: $f) { totalCount } }');
    expect(() => checkInputShape(schema, document, { f: filter }, defaults)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 8 }),
      }),
    );
  });

  it('leaves at least four times the largest realistic shape (twice for depth)', () => {
    const measured = REALISTIC.map(measureShape);
    const max = (key: keyof InputLimits) => Math.max(...measured.map((m) => m[key]));
    expect(max('maxInputDepth') * 2).toBeLessThanOrEqual(defaults.maxInputDepth);
    for (const key of ['maxListLength', 'maxConditions', 'maxOrderByKeys'] as const) {
      expect(max(key) * 4).toBeLessThanOrEqual(defaults[key]);
    }
    process.stdout.write(
      `largest realistic input: ${keys.map((key) => `${key} ${max(key)}`).join(', ')}\n`,
    );
  });
});

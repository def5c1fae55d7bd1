import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, validate, type DocumentNode } from 'graphql';
import { readConfig, type InputLimits } from '../../src/config';
import { QUERY_LIMITS, checkInputShape, queryLimitRules } from '../../src/limits';
import { buildSchema } from '../../src/server';
import { readCookbook } from '../web/cookbook';
import { QUERIES } from './queries';
import { cookbook, questions, type Request } from './support/requests';

/** The realistic queries: the researcher questions and every query of the cookbook. */
const REALISTIC: Record<string, string> = {
  ...QUERIES,
  ...Object.fromEntries(readCookbook().map((entry) => [`cookbook/${entry.file}`, entry.query])),
};

/** Depth, aliases and cost as armor counts them, and tokens as graphql-js counts them. */
function measure(document: DocumentNode, source: string) {
  const seen = { depth: 0, aliases: 0, cost: 0 };
  const record = (key: keyof typeof seen) => [
    (_: unknown, details: { n: number }) => (seen[key] = details.n),
  ];
  const armor = new ApolloArmor({
    maxDepth: { n: Infinity, onAccept: record('depth') },
    maxAliases: { n: Infinity, onAccept: record('aliases') },
    costLimit: { maxCost: Infinity, onAccept: record('cost') },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  validate(buildSchema(), document, armor.protect().validationRules);
  return { ...seen, tokens: tokenCount(source) };
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
  const measured = Object.entries(REALISTIC).map(([name, source]) => ({
    name,
    ...measure(parse(source), source),
  }));

  it('measures the cookbook too', () => {
    expect(measured.filter(({ name }) => name.startsWith('cookbook/'))).toHaveLength(
      readCookbook().length,
    );
  });

  it('accepts every realistic query', () => {
    for (const { name } of measured) {
      const errors = validate(schema, parse(REALISTIC[name]), queryLimitRules());
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });

  it('leaves headroom above the largest realistic query', () => {
    const max = (key: 'depth' | 'aliases' | 'cost' | 'tokens') =>
      Math.max(...measured.map((m) => m[key]));
    expect(max('depth')).toBeLessThan(QUERY_LIMITS.maxDepth);
    expect(max('cost') * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(max('tokens') * 4).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens);
    expect(max('aliases')).toBeLessThan(QUERY_LIMITS.maxAliases);
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

  it('leaves at least four times the largest realistic shape (twice for depth)', () => {
    const measured = [...questions, ...cookbook].map(measureShape);
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

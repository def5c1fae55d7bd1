import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { limitExceeded } from './errors';

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
   * armor's cost: 2 per object, 1 per scalar, ×1.5 per level, × a literal `first`/`last`.
   * The costliest realistic query is about 4800 (two lists of 50 and 100 projects with
   * their statuses and evidence), just under armor's 5000; 10000 leaves twice that, and
   * refuses a page of 100 entities that fans out three relationship hops deep (≈12400),
   * which takes seconds and is better asked as a neighbourhood or in pages.
   */
  maxCost: 10000,
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

/** Validation rules (depth, aliases, cost, directives) for ApolloServer's `validationRules`. */
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
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      propagateOnRejection: false,
      onReject: [reportLimit('maxCost', 'estimated cost')],
    },
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

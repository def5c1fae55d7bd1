import { badInput, limitExceeded } from '../../errors';

/**
 * The bounds of every research query. A request past one is refused (LIMIT_EXCEEDED,
 * with the bound in `extensions.limit`) rather than quietly clipped, so a client never
 * mistakes a clipped answer for the whole one; a slice that reaches its own node or edge
 * budget says so with `truncated`.
 */
export const RESEARCH_LIMITS = {
  /** Search hits per request. */
  searchResults: 100,
  /** Characters (code points) in a search query. */
  queryLength: 100,
  /** Hops from the centre of a neighbourhood. */
  neighborhoodDepth: 3,
  /** Nodes in a neighbourhood, the centre included. */
  neighborhoodNodes: 500,
  /** Edges in any slice; past it the slice is truncated. */
  sliceEdges: 2000,
  /** Hops in a path. */
  pathHops: 6,
  /** Paths per request. */
  paths: 25,
} as const;

/**
 * Queries this short cannot be served by the cjk analyzer, which indexes Chinese as
 * overlapping character pairs: one character is no pair, and two may straddle a page break.
 */
export const SHORT_QUERY_LENGTH = 2;

/** An integer argument from `min` to `max`: below is bad input, above is over the limit. */
export function boundedInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw badInput(
      `${argument} must be a whole number from ${min} to ${max}; got ${value}.`,
      argument,
    );
  }
  if (value > max) {
    throw limitExceeded(`${argument} may be at most ${max}; got ${value}.`, max);
  }
  return value;
}

/** A search query, trimmed: not empty, not longer than the limit. */
export function searchQuery(raw: string, argument = 'query'): string {
  const query = raw.normalize('NFC').trim();
  if (query === '')
    throw badInput(
      `${argument} is empty; give a name, alias, pinyin or words to look for.`,
      argument,
    );
  const length = Array.from(query).length;
  if (length > RESEARCH_LIMITS.queryLength) {
    throw limitExceeded(
      `${argument} is ${length} characters long; at most ${RESEARCH_LIMITS.queryLength} are searched.`,
      RESEARCH_LIMITS.queryLength,
    );
  }
  return query;
}

export function isShortQuery(query: string): boolean {
  return Array.from(query.replace(/\s+/g, '')).length <= SHORT_QUERY_LENGTH;
}

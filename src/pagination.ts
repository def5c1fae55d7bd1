import { badInput, limitExceeded } from './errors';

/**
 * Relay cursor connections with keyset cursors. A cursor is the sort key of the item it
 * points at (every sort key, then the id), so the next page is "rows after this key"
 * in the same order: stable while the graph changes, and as cheap at page 50 as at page 1
 * (no SKIP). A cursor also records the order it was made for, so a cursor from one
 * ordering is refused by another instead of silently skipping rows.
 */

/** Used when the client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type KeyValue = string | number;

export interface PageRequest {
  /** Rows to return; the query fetches one more to learn whether more follow. */
  size: number;
  /** `last`/`before` pagination: the query reads in reverse order, then flips the rows. */
  backward: boolean;
  after: KeyValue[] | null;
  before: KeyValue[] | null;
}

interface CursorBody {
  o: string;
  k: KeyValue[];
}

export function encodeCursor(order: string, key: KeyValue[]): string {
  const body: CursorBody = { o: order, k: key };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** Reads a cursor made by `encodeCursor` for the same order, or explains what is wrong. */
export function decodeCursor(
  cursor: string,
  order: string,
  keyLength: number,
  argument: string,
): KeyValue[] {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    body = null;
  }
  const valid =
    typeof body === 'object' &&
    body !== null &&
    typeof (body as CursorBody).o === 'string' &&
    Array.isArray((body as CursorBody).k) &&
    (body as CursorBody).k.length === keyLength &&
    (body as CursorBody).k.every((v) => typeof v === 'string' || typeof v === 'number');
  if (!valid) {
    throw badInput(
      `\`${argument}\` is not a cursor of this list. Pass the \`cursor\` of an edge or a ` +
        '`pageInfo.startCursor`/`endCursor` exactly as the server returned it.',
      argument,
    );
  }
  if ((body as CursorBody).o !== order) {
    throw badInput(
      `\`${argument}\` was made for a different \`orderBy\`. Keep the same \`orderBy\` while ` +
        'paging, or start again without a cursor.',
      argument,
    );
  }
  return (body as CursorBody).k;
}

/**
 * Checks the paging arguments against the page size limit and turns them into a request.
 * Asking for more than `maxPageSize` is LIMIT_EXCEEDED (like every other published limit)
 * rather than silently clamped, so a client never mistakes a short page for the end.
 */
export function pageRequest(
  args: PageArgs,
  maxPageSize: number,
  order: string,
  keyLength: number,
): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) {
    throw badInput('Give `first` (page forward) or `last` (page backward), not both.', 'last');
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value < 0) throw badInput(`\`${name}\` must be 0 or more; it was ${value}.`, name);
    if (value > maxPageSize) {
      throw limitExceeded(
        `\`${name}: ${value}\` is over the page size limit of ${maxPageSize}. Ask for at most ` +
          `${maxPageSize} and follow \`pageInfo.endCursor\` for the rest.`,
        maxPageSize,
        name,
      );
    }
  }
  return {
    size: first ?? last ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    backward: last != null,
    after: args.after != null ? decodeCursor(args.after, order, keyLength, 'after') : null,
    before: args.before != null ? decodeCursor(args.before, order, keyLength, 'before') : null,
  };
}

/** Checks a plain list's `first` (mentions …) against the page size limit. */
export function listLimit(first: number | null | undefined, maxPageSize: number): number {
  if (first == null) return maxPageSize;
  if (first < 0) throw badInput(`\`first\` must be 0 or more; it was ${first}.`, 'first');
  if (first > maxPageSize) {
    throw limitExceeded(
      `\`first: ${first}\` is over the page size limit of ${maxPageSize}.`,
      maxPageSize,
      'first',
    );
  }
  return first;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Cuts the `size + 1` rows a page query fetched down to the page, in display order, and
 * works out `pageInfo`. Paging forward from a cursor, the cursor's own row precedes the
 * page, so `hasPreviousPage` is true; likewise `hasNextPage` paging back from `before`.
 */
export function pageOf<T>(rows: T[], request: PageRequest, cursorOf: (row: T) => string) {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((row) => ({ row, cursor: cursorOf(row) }));
  const pageInfo: PageInfo = {
    hasNextPage: request.backward ? request.before !== null : more,
    hasPreviousPage: request.backward ? more : request.after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { edges, pageInfo };
}

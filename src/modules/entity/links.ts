import { decodeCursor, listLimit } from '../../pagination';
import { LINK_KEYS, type LinkSpec } from './cypher';
import { compileFilter, CypherScope, type FilterName } from './filter';
import type { CompiledNarrowing } from './loaders';

/** The arguments every typed relationship field takes. */
export interface LinkArgs {
  filter?: object | null;
  first?: number | null;
  after?: string | null;
}

/** What a link cursor is made for: every typed relationship list has the same order. */
export const LINK_ORDER = 'links';

const FILTER_OF_TARGET: Record<LinkSpec['target'], FilterName> = {
  Entity: 'EntityFilter',
  AdminDivision: 'AdminDivisionFilter',
  Industry: 'IndustryFilter',
  Project: 'ProjectFilter',
  Organization: 'OrganizationFilter',
  Policy: 'PolicyFilter',
  Place: 'PlaceFilter',
  Event: 'EventFilter',
  Indicator: 'IndicatorFilter',
};

/**
 * Compiles a field's `filter`, `first` and `after` into fragments of its link query
 * (entity/cypher.ts linkQuery) and their parameters; null when none is given, so the
 * plain field keeps its one constant statement.
 */
export function linkNarrowing(
  spec: LinkSpec,
  { filter, first, after }: LinkArgs,
  maxPageSize: number,
): (CompiledNarrowing & { needsDefaultDocument: boolean }) | null {
  if (filter == null && first == null && after == null) return null;
  const scope = new CypherScope();
  const where =
    filter != null
      ? compileFilter(
          FILTER_OF_TARGET[spec.target],
          filter as Record<string, unknown>,
          { node: 'n' },
          scope,
        )
      : undefined;
  let afterPredicate: string | undefined;
  if (after != null) {
    const cursor = decodeCursor(after, LINK_ORDER, LINK_KEYS.length, 'after');
    // k0 > c0 OR (k0 = c0 AND (k1 > c1 OR (k1 = c1 AND …))), built from the last key out.
    afterPredicate = LINK_KEYS.reduceRight((inner, key, i) => {
      const value = scope.param(cursor[i]);
      return inner
        ? `${key} > ${value} OR (${key} = ${value} AND (${inner}))`
        : `${key} > ${value}`;
    }, '');
  }
  if (first != null) scope.params.first = listLimit(first, maxPageSize);
  return {
    key: JSON.stringify({ filter, first, after }),
    narrowing: { where, after: afterPredicate, first: first != null },
    params: scope.params,
    needsDefaultDocument: scope.needsDefaultDocument,
  };
}

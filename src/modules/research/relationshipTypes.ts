import { RELATIONSHIP_TYPES } from '../../../seed/vocabulary';
import { badInput } from '../../errors';
import { ENTITY_RELATION_TYPES } from '../entity/labels';

/**
 * Every relationship type a graph slice may follow: the seed's vocabulary, which is also
 * the list the loader writes from, so a type added there is followable here at once.
 */
export const FOLLOWABLE_RELATIONSHIP_TYPES: readonly string[] = [...RELATIONSHIP_TYPES].sort();

/**
 * What a slice follows when the caller names no types: the semantic relationships that
 * join two entities. HAS_STATUS (to Status nodes) and the document's structure
 * (MENTIONED_IN, ANNOTATES …) are left out so a default picture holds entities only.
 */
export const DEFAULT_RELATIONSHIP_TYPES: readonly string[] = ENTITY_RELATION_TYPES;

/** The types a request asked for, checked against the allow-list; the default when none. */
export function relationshipTypesToFollow(
  requested: readonly string[] | null | undefined,
): string[] {
  if (requested === null || requested === undefined) return [...DEFAULT_RELATIONSHIP_TYPES];
  if (requested.length === 0) {
    throw badInput(
      `relationshipTypes is empty, so nothing could be followed; omit it for the default ` +
        `(${DEFAULT_RELATIONSHIP_TYPES.join(', ')}) or name some of: ${FOLLOWABLE_RELATIONSHIP_TYPES.join(', ')}.`,
      'relationshipTypes',
    );
  }
  const unknown = requested.filter((type) => !FOLLOWABLE_RELATIONSHIP_TYPES.includes(type));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown relationship type${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; ` +
        `valid types are: ${FOLLOWABLE_RELATIONSHIP_TYPES.join(', ')}.`,
      'relationshipTypes',
    );
  }
  return [...new Set(requested)];
}

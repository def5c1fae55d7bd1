import type { Database } from '../../neo4j';
import * as cypher from './cypher';

export interface EntityName {
  id: string;
  name: string;
  labels: string[];
}

/**
 * How long a process trusts its list of entity names. The graph changes only when the
 * seed reloads it; for at most this long after, a search by another pinyin reading may
 * miss a new entity (an entity gone is dropped, as hits are read again by id).
 */
export const ENTITY_NAMES_TTL_MS = 60_000;

const lists = new WeakMap<Database, { readAt: number; names: Promise<EntityName[]> }>();

/** Every entity's id, name and labels, read once a minute per database, not per search. */
export function entityNames(db: Database, now = Date.now()): Promise<EntityName[]> {
  const cached = lists.get(db);
  if (cached && now - cached.readAt < ENTITY_NAMES_TTL_MS) return cached.names;
  const names = db.read<EntityName>(cypher.entityNames);
  lists.set(db, { readAt: now, names });
  // A failed read is not kept: the next search tries again.
  names.catch(() => lists.delete(db));
  return names;
}

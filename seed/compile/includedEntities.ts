import { childrenOf, divisionById, divisionByName, withAncestors } from '../extract';
import { type EntityRecord } from './entities';
import { type FoundMention } from './mentions';
import { type SourceMeta } from './sourceMeta';

/**
 * All non-gazetteer candidates, and of the gazetteer: the report's region with the
 * divisions above and directly below it (so all of 乐山's counties exist, 峨眉山市 too),
 * plus every division the text mentions or an annotation names, with those above it.
 */
export function includedEntities(
  candidates: EntityRecord[],
  mentions: FoundMention[],
  referenced: Set<string>,
  meta: SourceMeta,
): Map<string, EntityRecord> {
  const divisions = new Set<string>();
  const region = meta.region ? divisionByName(meta.region) : undefined;
  if (region) {
    for (const d of [...withAncestors(region.id), ...childrenOf(region.id)]) divisions.add(d.id);
  }
  const named = [...mentions.map((m) => m.entityId), ...referenced];
  for (const id of named) {
    if (divisionById(id)) for (const d of withAncestors(id)) divisions.add(d.id);
  }
  return new Map(
    candidates
      .filter((e) => !e.inGazetteer || divisions.has(e.id) || e.source === 'curated')
      .map((e) => [e.id, e]),
  );
}

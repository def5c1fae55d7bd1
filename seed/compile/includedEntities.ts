import { childrenOf, type Division, divisionById, withAncestors } from '../extract';
import { type EntityRecord } from './entities';
import { type FoundMention } from './mentions';

/** The region with the divisions above and directly below it. */
function familyOf(region: Division | undefined): Division[] {
  return region ? [...withAncestors(region.id), ...childrenOf(region.id)] : [];
}

/**
 * The gazetteer's divisions a report could hold (of the nationwide gazetteer, only these
 * are candidates): the region's family, and the divisions `named` with those above them.
 */
export function possibleDivisions(region: Division | undefined, named: string[]): Set<string> {
  const ids = new Set(familyOf(region).map((d) => d.id));
  for (const id of named) {
    if (divisionById(id)) for (const d of withAncestors(id)) ids.add(d.id);
  }
  return ids;
}

/**
 * All non-gazetteer candidates, and of the gazetteer: the report's region with the
 * divisions above and directly below it (so all of 乐山's counties exist, 峨眉山市 too),
 * plus every division the text mentions or an annotation names, with those above it.
 */
export function includedEntities(
  candidates: EntityRecord[],
  mentions: FoundMention[],
  referenced: Set<string>,
  region: Division | undefined,
): Map<string, EntityRecord> {
  const divisions = possibleDivisions(region, [...mentions.map((m) => m.entityId), ...referenced]);
  return new Map(
    candidates
      .filter((e) => !e.inGazetteer || divisions.has(e.id) || e.source === 'curated')
      .map((e) => [e.id, e]),
  );
}

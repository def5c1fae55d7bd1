import {
  type ExtractedDocument,
  findMentions,
  type Mention,
  type MentionTarget,
  type Span,
  surfaceBlockers,
} from '../extract';
import { type EntityRecord } from './entities';
import { type ObservationRecord } from './observations';

/**
 * How a mention was found: `name`, an occurrence of the name or an alias; `nested`, one
 * inside a longer name, kept only for an entity with no other; `evidence`, the quote of
 * an Indicator whose descriptive name the text never writes (省重点项目年度投资完成率…).
 */
export type FoundMention = Mention & { via: 'name' | 'nested' | 'evidence' };

/** How the report names the gazetteer's divisions (see buildGraph). */
export interface DivisionNaming {
  /** Per division, the surfaces that name it in this report; a division not here has none. */
  surfaces: Map<string, string[]>;
  /** One-character abbreviations in their set phrases (来陕考察). */
  abbreviations: (Span & { divisionId: string; surface: string })[];
}

/**
 * Mentions of every entity, longest match first, so 乐山高新区 is not also 乐山市. An
 * Indicator is also mentioned where the extraction read its value (参保率 in a sentence
 * about 基本养老保险). A division's abbreviation (陕 of 来陕考察) is a mention where no
 * longer name covers it.
 */
export function mentionsOf(
  doc: ExtractedDocument,
  entities: EntityRecord[],
  observations: ObservationRecord[],
  divisions: DivisionNaming = { surfaces: new Map(), abbreviations: [] },
): FoundMention[] {
  const formsOf = (entity: EntityRecord) =>
    (entity.inGazetteer
      ? (divisions.surfaces.get(entity.id) ?? [])
      : [entity.name, ...entity.aliases]
    ).map((surface) => ({ surface, entityId: entity.id }));
  const targets: MentionTarget[] = [
    ...doc.paragraphs,
    ...doc.sections.flatMap((s) => (s.heading ? [{ id: s.id, ...s.heading }] : [])),
  ];
  // The gazetteer's blocking words, and a curated entity's `notInside` for its own surfaces.
  const blockers = new Map(surfaceBlockers());
  for (const entity of entities.filter((e) => e.notInside?.length))
    for (const surface of [entity.name, ...entity.aliases])
      blockers.set(surface, [...(blockers.get(surface) ?? []), ...entity.notInside!]);
  const found: FoundMention[] = findMentions(
    doc.source,
    targets,
    entities.flatMap(formsOf),
    blockers,
  ).map((m) => ({
    ...m,
    via: 'name',
  }));
  const known = new Set(entities.map((e) => e.id));
  for (const a of divisions.abbreviations) {
    const target = targets.find((t) => t.start <= a.start && a.end <= t.end);
    const covered = found.some((m) => m.start < a.end && a.start < m.end);
    if (target && !covered && known.has(a.divisionId))
      found.push({
        entityId: a.divisionId,
        targetId: target.id,
        start: a.start,
        end: a.end,
        surface: a.surface,
        via: 'name',
      });
  }
  const seen = new Set(found.map((m) => `${m.entityId}@${m.start}`));
  const add = (mention: FoundMention) => {
    const key = `${mention.entityId}@${mention.start}`;
    const overlaps = found.some(
      (m) => m.entityId === mention.entityId && m.start < mention.end && mention.start < m.end,
    );
    if (seen.has(key) || overlaps) return;
    seen.add(key);
    found.push(mention);
  };
  for (const observation of observations) {
    if (!observation.term) continue;
    const entityId = `Indicator:${observation.indicator}`;
    add({ entityId, targetId: observation.paragraphId, ...observation.term, via: 'name' });
  }
  const mentioned = new Set(found.map((m) => m.entityId));
  for (const entity of entities.filter((e) => !mentioned.has(e.id))) {
    findMentions(doc.source, targets, formsOf(entity), blockers).forEach((m) =>
      add({ ...m, via: 'nested' }),
    );
  }
  const stillUnmentioned = entities.filter(
    (e) => e.type === 'Indicator' && !found.some((m) => m.entityId === e.id),
  );
  for (const indicator of stillUnmentioned) {
    const evidence = [
      ...(indicator.evidence ? [indicator.evidence] : []),
      ...observations.filter((o) => `Indicator:${o.indicator}` === indicator.id),
    ];
    for (const e of evidence) {
      const targetId = 'sectionId' in e && e.sectionId ? e.sectionId : e.paragraphId;
      if (targetId)
        add({
          entityId: indicator.id,
          targetId,
          start: e.start,
          end: e.end,
          surface: e.quote,
          via: 'evidence',
        });
    }
  }
  return found.sort((a, b) => a.start - b.start || (a.entityId < b.entityId ? -1 : 1));
}

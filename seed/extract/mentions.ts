import { surfaceBlockers } from './gazetteer';
import { compactOf, type SourceText, type Span } from './sourceText';

/** One way an entity is written: its name or one of its aliases. */
export interface SurfaceForm {
  surface: string;
  entityId: string;
}

/** Where a mention may stand: a paragraph, or a section's heading line. */
export interface MentionTarget extends Span {
  id: string;
}

export interface Mention extends Span {
  entityId: string;
  /** The paragraph, or the section whose heading names the entity. */
  targetId: string;
  /** The words as they stand in the source (page-break newlines included). */
  surface: string;
}

/**
 * Every occurrence of every surface form in the targets, longest first and never
 * overlapping, so 乐山高新区 is one mention of the zone rather than also one of 乐山市.
 * A surface shared by several entities yields a mention of each. An occurrence covered by
 * one of its surface's blocking words (眉山 in 峨眉山, see the gazetteer's `notInside`) is
 * no mention, whether or not the longer word is an entity.
 */
export function findMentions(
  source: SourceText,
  targets: MentionTarget[],
  forms: SurfaceForm[],
  blockers: ReadonlyMap<string, readonly string[]> = surfaceBlockers(),
): Mention[] {
  const owners = new Map<string, Set<string>>();
  for (const { surface, entityId } of forms) {
    const key = compactOf(surface);
    if (!key) continue;
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(entityId);
  }
  const blocked = blockedSpans(source, owners.keys(), blockers);
  const candidates = [...owners.keys()].flatMap((key) =>
    source
      .findAll(key)
      .filter((span) => !blocked.get(key)?.some((b) => b.start < span.end && span.start < b.end))
      .map((span) => ({ key, span, size: Array.from(key).length })),
  );
  candidates.sort(
    (a, b) => b.size - a.size || a.span.start - b.span.start || (a.key < b.key ? -1 : 1),
  );

  const taken = new Uint8Array(source.length);
  const mentions: Mention[] = [];
  for (const { key, span } of candidates) {
    if (taken.subarray(span.start, span.end).some((cell) => cell === 1)) continue;
    const target = targets.find((t) => t.start <= span.start && span.end <= t.end);
    if (!target) continue;
    taken.fill(1, span.start, span.end);
    const surface = source.slice(span.start, span.end);
    for (const entityId of [...owners.get(key)!].sort()) {
      mentions.push({ entityId, targetId: target.id, surface, ...span });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || (a.entityId < b.entityId ? -1 : 1));
}

/** Per compact surface, where its blocking words occur in the source. */
function blockedSpans(
  source: SourceText,
  keys: Iterable<string>,
  blockers: ReadonlyMap<string, readonly string[]>,
): Map<string, Span[]> {
  const byKey = new Map<string, readonly string[]>();
  for (const [surface, words] of blockers) byKey.set(compactOf(surface), words);
  const spans = new Map<string, Span[]>();
  for (const key of keys) {
    const words = byKey.get(key);
    if (words)
      spans.set(
        key,
        words.flatMap((word) => source.findAll(word)),
      );
  }
  return spans;
}

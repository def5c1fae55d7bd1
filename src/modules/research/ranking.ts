import { pinyinKey } from './lucene';
import { pinyinMatch } from './pinyinReadings';
import { fold, longestCommonRun } from './textMatch';

/** The searchable fields of an entity, as the search query returns them. */
export interface SearchableEntity {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases?: readonly string[] | null;
  pinyinCompact?: string | null;
}

export interface RankedHit<E> {
  entity: E;
  score: number;
  matchedOn: string | null;
}

/**
 * How a stored form matches the query. The canonical name outranks an alias, the English
 * name or the pinyin at the same closeness, so 犍为县 comes before an entity that merely
 * lists 犍为 among its aliases.
 */
const TIER = {
  exactName: 10,
  exactOther: 9,
  prefixName: 8,
  prefixOther: 7,
  containsName: 6,
  containsOther: 5,
  related: 0,
} as const;

const PINYIN_TIER = {
  exact: TIER.exactOther,
  prefix: TIER.prefixOther,
  contains: TIER.containsOther,
} as const;

export interface Match {
  /** One of TIER. */
  tier: number;
  /** How much of the matched form the query covers, from 0 to 1: 犍为县 before 犍为—马边… */
  coverage: number;
  matchedOn: string | null;
}

interface Form {
  matchedOn: string;
  value: string;
  isName: boolean;
}

function formsOf(entity: SearchableEntity): Form[] {
  const forms: Form[] = [{ matchedOn: 'name', value: fold(entity.name), isName: true }];
  for (const alias of entity.aliases ?? []) {
    forms.push({ matchedOn: `alias:${alias}`, value: fold(alias), isName: false });
  }
  if (entity.nameEn) forms.push({ matchedOn: 'nameEn', value: fold(entity.nameEn), isName: false });
  return forms;
}

function tierOf(form: string, query: string, isName: boolean): number {
  if (form === query) return isName ? TIER.exactName : TIER.exactOther;
  if (form.startsWith(query)) return isName ? TIER.prefixName : TIER.prefixOther;
  if (form.includes(query)) return isName ? TIER.containsName : TIER.containsOther;
  return TIER.related;
}

function length(text: string): number {
  return Array.from(text).length;
}

function better(a: Match, b: Match): boolean {
  return a.tier > b.tier || (a.tier === b.tier && a.coverage > b.coverage);
}

/**
 * Which stored form of `entity` matches `query` best, and how well. A form the query only
 * overlaps (the full-text index matched some of its character pairs) is reported as the
 * form sharing the longest run with the query.
 */
export function bestMatch(entity: SearchableEntity, query: string): Match {
  const folded = fold(query);
  const queryLength = Math.max(1, length(folded));
  let best: Match = { tier: TIER.related, coverage: 0, matchedOn: null };
  const consider = (candidate: Match) => {
    if (better(candidate, best)) best = candidate;
  };
  for (const form of formsOf(entity)) {
    const tier = tierOf(form.value, folded, form.isName);
    if (tier > TIER.related) {
      consider({
        tier,
        coverage: Math.min(1, queryLength / length(form.value)),
        matchedOn: form.matchedOn,
      });
    }
  }
  const pinyin = pinyinKey(query);
  if (pinyin) {
    // The stored reading stands for every reading's length: qian and jian are alike.
    const readingLength = entity.pinyinCompact?.length || 3 * length(entity.name);
    const coverage = Math.min(1, pinyin.length / readingLength);
    const stored = entity.pinyinCompact
      ? tierOf(entity.pinyinCompact, pinyin, false)
      : TIER.related;
    if (stored > TIER.related) consider({ tier: stored, coverage, matchedOn: 'pinyin' });
    const read = pinyinMatch(pinyin, entity.name);
    if (read) consider({ tier: PINYIN_TIER[read], coverage, matchedOn: 'pinyin' });
  }
  if (best.matchedOn !== null) return best;
  for (const form of formsOf(entity)) {
    const run = longestCommonRun(form.value, folded);
    if (run > 1)
      consider({
        tier: TIER.related,
        coverage: run / length(form.value),
        matchedOn: form.matchedOn,
      });
  }
  return best;
}

/** A full-text score squashed into [0, 1). */
export function squash(score: number): number {
  return score > 0 ? score / (score + 1) : 0;
}

/**
 * Orders search candidates: by how closely a stored form matches (exact, prefix,
 * contains, overlapping), then by how much of it the query covers, then by the full-text
 * score, then shorter names first. The score is the tier plus 0.9 × coverage plus 0.09 ×
 * the squashed full-text score (the two swapped for overlapping hits), so it falls as the
 * list goes down and a step of the tier always outweighs the rest.
 */
export function rankEntityHits<E extends SearchableEntity>(
  query: string,
  candidates: readonly { entity: E; score: number }[],
  first: number,
): RankedHit<E>[] {
  const seen = new Set<string>();
  const hits: (RankedHit<E> & { length: number })[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.entity.id)) continue;
    seen.add(candidate.entity.id);
    const { tier, coverage, matchedOn } = bestMatch(candidate.entity, query);
    // When no form holds the query, the index knows best which hit shares most with it.
    const [major, minor] =
      tier > TIER.related
        ? [coverage, squash(candidate.score)]
        : [squash(candidate.score), coverage];
    hits.push({
      entity: candidate.entity,
      score: tier + 0.9 * major + 0.09 * minor,
      matchedOn,
      length: length(candidate.entity.name),
    });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.length - b.length ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
  );
  return hits.slice(0, first).map(({ entity, score, matchedOn }) => ({ entity, score, matchedOn }));
}

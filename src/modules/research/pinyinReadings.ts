import { pinyin } from 'pinyin-pro';

/**
 * Matching typed pinyin against every way a name can be read. The seed stores one reading
 * (犍为县 is qian wei xian, as the place is called), but people type the common reading of a
 * character (jian for 犍), so a name matches when any reading of each of its characters
 * spells the query.
 */

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/;

/** Readings per character are a pure function of the name; names repeat across requests. */
const readingsCache = new Map<string, string[][]>();
const READINGS_CACHE_SIZE = 5000;

/** Toneless lowercase readings of each character (ü as v); Latin and digits read as themselves. */
export function readingsOf(name: string): string[][] {
  const cached = readingsCache.get(name);
  if (cached) return cached;
  const readings: string[][] = [];
  for (const character of Array.from(name)) {
    if (HAN.test(character)) {
      const all = pinyin(character, { multiple: true, type: 'array', toneType: 'none', v: true });
      readings.push([...new Set(all.map((reading) => reading.toLowerCase()))]);
    } else if (LATIN_OR_DIGIT.test(character)) {
      readings.push([character.toLowerCase()]);
    }
  }
  if (readingsCache.size >= READINGS_CACHE_SIZE) readingsCache.clear();
  readingsCache.set(name, readings);
  return readings;
}

export type PinyinMatch = 'exact' | 'prefix' | 'contains';

/**
 * How `key` (lowercase letters, as `pinyinKey` gives) spells `name`: the whole name
 * (exact), its start (prefix, the last syllable possibly unfinished: `jianw`), or from a
 * later character on (contains); null when no reading spells it.
 */
export function pinyinMatch(key: string, name: string): PinyinMatch | null {
  const readings = readingsOf(name);
  if (key === '' || readings.length === 0) return null;
  const fromStart = spell(key, readings, 0);
  if (fromStart) return fromStart;
  for (let from = 1; from < readings.length; from += 1) {
    if (spell(key, readings, from)) return 'contains';
  }
  return null;
}

function spell(key: string, readings: string[][], from: number): 'exact' | 'prefix' | null {
  const failed = new Set<string>();
  const visit = (character: number, position: number): 'exact' | 'prefix' | null => {
    if (position === key.length) return character === readings.length ? 'exact' : 'prefix';
    if (character === readings.length) return null;
    const state = `${character}:${position}`;
    if (failed.has(state)) return null;
    const rest = key.slice(position);
    let best: 'exact' | 'prefix' | null = null;
    for (const reading of readings[character]) {
      if (rest.startsWith(reading)) {
        const found = visit(character + 1, position + reading.length);
        if (found === 'exact') return 'exact';
        best = best ?? found;
      } else if (reading.startsWith(rest)) {
        best = best ?? 'prefix';
      }
    }
    if (best === null) failed.add(state);
    return best;
  };
  return visit(from, 0);
}

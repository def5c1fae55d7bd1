/**
 * Lucene query text for the full-text indexes (`entitySearch`, `paragraphText`). User
 * input is escaped, so it is only ever words to look for, never query syntax.
 */

/** Characters the classic Lucene query parser reads as syntax. */
const LUCENE_SYNTAX = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SYNTAX, '\\$&');
}

/**
 * The form people type pinyin in: lowercase Latin letters only, tones and separators
 * dropped, ü as v (as the seed stores `pinyinCompact`: jiànwéi → jianwei, Lǜ → lv).
 * Null when the query is not pinyin-like.
 */
export function pinyinKey(query: string): string | null {
  const key = query
    .normalize('NFD')
    .replace(/u\u0308/gi, 'v')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’-]+/g, '');
  return /^[a-z]+$/.test(key) ? key : null;
}

/**
 * Names, aliases, English names and pinyin in one query: the words as the analyzer
 * splits them (Chinese as character pairs), each Latin word also as a prefix (`crystal`
 * finds Crystalline…), and pinyin typed without spaces as a prefix of the compact pinyin
 * (`jianwei` finds jianweixian). Lowercase throughout, so AND/OR/NOT are words here.
 */
export function entitySearchLucene(query: string): string {
  const lowered = query.toLowerCase();
  const clauses = [`(${escapeLucene(lowered)})`];
  const words = lowered.split(/\s+/).filter((word) => /^[a-z0-9]{2,}$/.test(word));
  for (const word of words) clauses.push(`${word}*`);
  const compact = pinyinKey(query);
  if (compact !== null && compact.length >= 2) clauses.push(`pinyinCompact:${compact}*^2`);
  return clauses.join(' OR ');
}

/** Paragraph text: the query as a phrase first, then any of its words (character pairs). */
export function passageSearchLucene(query: string): string {
  const escaped = escapeLucene(query.toLowerCase());
  return `"${escaped}"^3 OR (${escaped})`;
}

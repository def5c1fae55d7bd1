/** Marks that end a sentence in the report's Chinese prose. */
const SENTENCE_END = new Set(['。', ';', ';', '!', '!', '?', '?']);

/**
 * The sentence of `paragraphText` that holds the character at `offset` (code points from
 * the paragraph's start): from just after the previous sentence end to the next one,
 * inclusive, trimmed.
 */
export function sentenceAround(paragraphText: string, offset: number): string {
  const chars = Array.from(paragraphText);
  const at = Math.min(Math.max(offset, 0), chars.length);
  let start = at;
  while (start > 0 && !SENTENCE_END.has(chars[start - 1])) start--;
  let end = at;
  while (end < chars.length && !SENTENCE_END.has(chars[end])) end++;
  if (end < chars.length) end++;
  return chars.slice(start, end).join('').trim();
}

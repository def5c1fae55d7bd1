import { SENTENCE_END } from '../../../seed/extract/punctuation';

/** Marks that end a sentence in the report's Chinese prose, ASCII and full-width. */
const ENDS_SENTENCE = new RegExp(`^[${SENTENCE_END}]$`, 'u');

/**
 * The sentence of `paragraphText` that holds the character at `offset` (code points from
 * the paragraph's start): from just after the previous sentence end to the next one,
 * inclusive, trimmed.
 */
export function sentenceAround(paragraphText: string, offset: number): string {
  const chars = Array.from(paragraphText);
  const ends = (char: string | undefined) => char !== undefined && ENDS_SENTENCE.test(char);
  const at = Math.min(Math.max(offset, 0), chars.length);
  let start = at;
  while (start > 0 && !ends(chars[start - 1])) start--;
  let end = at;
  while (end < chars.length && !ends(chars[end])) end++;
  if (end < chars.length) end++;
  return chars.slice(start, end).join('').trim();
}

import { findFolded, fold, foldWithOffsets } from './textMatch';

/** How far a snippet reaches either side of the match, at most (code points). */
const SNIPPET_REACH = 50;
/** Where a snippet may stop: the ends of sentences and clauses. */
const SENTENCE_END = /[。！？；!?;]/u;

export interface PassageMatch {
  /** Offsets of the match in the paragraph's text (code points); equal when none was found. */
  start: number;
  end: number;
  /** The sentence around the match, an exact substring of the paragraph's text. */
  snippet: string;
  /** Whether the whole query occurs in the paragraph (page breaks and case aside). */
  exact: boolean;
}

/**
 * Finds the query in a paragraph the way a reader would see it: whole if it occurs
 * (a page break inside the words does not stop it), else the longest piece of it that
 * occurs (the full-text index matches on any character pair).
 */
export function locatePassageMatch(text: string, query: string): PassageMatch {
  const paragraph = foldWithOffsets(text);
  const needle = fold(query);
  const whole = findFolded(paragraph, needle);
  if (whole) return { ...whole, snippet: snippetAround(text, whole.start, whole.end), exact: true };

  const characters = Array.from(needle);
  const shortest = Math.min(2, characters.length);
  for (let length = characters.length - 1; length >= shortest; length -= 1) {
    for (let from = 0; from + length <= characters.length; from += 1) {
      const piece = findFolded(paragraph, characters.slice(from, from + length).join(''));
      if (piece)
        return { ...piece, snippet: snippetAround(text, piece.start, piece.end), exact: false };
    }
  }
  return { start: 0, end: 0, snippet: snippetAround(text, 0, 0), exact: false };
}

/**
 * The sentence that holds `start`…`end`, cut at most SNIPPET_REACH code points either side
 * and trimmed of surrounding whitespace: always an exact substring of `text`.
 */
export function snippetAround(text: string, start: number, end: number): string {
  const characters = Array.from(text);
  let from = start;
  while (from > 0 && start - from < SNIPPET_REACH && !SENTENCE_END.test(characters[from - 1]))
    from -= 1;
  let to = end;
  const endsSentence = end > start && SENTENCE_END.test(characters[end - 1]);
  while (!endsSentence && to < characters.length && to - end < SNIPPET_REACH) {
    to += 1;
    if (SENTENCE_END.test(characters[to - 1])) break;
  }
  return characters.slice(from, to).join('').trim();
}

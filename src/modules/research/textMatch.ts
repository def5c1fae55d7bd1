/**
 * Comparing what was typed with what is stored, the way a reader would: full-width and
 * half-width forms alike (NFKC), Latin case ignored, whitespace (spaces, page breaks)
 * ignored.
 */

/** One code point folded for comparison; '' for whitespace. */
function foldCodePoint(codePoint: string): string {
  if (/\s/u.test(codePoint)) return '';
  return codePoint.normalize('NFKC').toLowerCase();
}

export function fold(text: string): string {
  return Array.from(text, foldCodePoint).join('');
}

/**
 * `text` folded, with the code-point offset in `text` of every UTF-16 unit of the folded
 * string, so a match in the folded string maps back to exact offsets in the original.
 */
export interface FoldedText {
  folded: string;
  origin: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  Array.from(text).forEach((codePoint, index) => {
    const piece = foldCodePoint(codePoint);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit += 1) origin.push(index);
  });
  return { folded, origin };
}

/** Where `needle` (already folded) first occurs in `text`, as code-point offsets into `text`. */
export function findFolded(
  text: FoldedText,
  needle: string,
): { start: number; end: number } | null {
  if (needle === '') return null;
  const at = text.folded.indexOf(needle);
  if (at < 0) return null;
  return { start: text.origin[at], end: text.origin[at + needle.length - 1] + 1 };
}

/** The longest run of characters that `a` and `b` (both folded) share. */
export function longestCommonRun(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let best = 0;
  let previous = new Array<number>(right.length + 1).fill(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = new Array<number>(right.length + 1).fill(0);
    for (let j = 1; j <= right.length; j += 1) {
      if (left[i - 1] === right[j - 1]) {
        current[j] = previous[j - 1] + 1;
        if (current[j] > best) best = current[j];
      }
    }
    previous = current;
  }
  return best;
}

import {
  CLOSE_SQUARE,
  COLON,
  COMMA,
  DIGIT,
  EXCLAMATION,
  numberOf,
  OPEN_PAREN,
  OPEN_SQUARE,
  QUESTION,
  SEMICOLON,
} from './punctuation';
import { type SourceText, type Span } from './sourceText';
import { paragraphAt, type ParagraphInfo } from './structure';

export type FootnoteAnomaly = 'none' | 'duplicate_number' | 'out_of_order';
export type FootnoteNotation =
  | 'superscript_tortoise_shell'
  | 'superscript_square'
  | 'superscript_circled'
  | 'superscript_parenthesized'
  | 'superscript_digits'
  | 'tortoise_shell'
  | 'square'
  | 'lenticular'
  | 'circled'
  | 'parenthesized';

export interface FootnoteMarker extends Span {
  id: string;
  /** Order of appearance, 1-based. */
  ordinal: number;
  /** The number as printed. */
  number: number;
  /** The marker exactly as in the source, e.g. ^{〔1〕}. */
  marker: string;
  notation: FootnoteNotation;
  /** `duplicate_number`: the number was used before; `out_of_order`: a larger one was. */
  anomaly: FootnoteAnomaly;
  paragraphId: string | null;
}

const CIRCLED = '\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF';
/** ⑴ … ⒇ (U+2474–U+2487). */
const PARENTHESIZED = '\\u2474-\\u2487';
const SUPERSCRIPT_DIGITS = '\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079';
// Three digits at most: 〔2024〕 in a document number (川府发〔2024〕12号) is a year.
const N = `([${DIGIT}]{1,3})`;
/** The notations, in the order their alternatives are tried (superscripts first). */
const NOTATIONS: [FootnoteNotation, string][] = [
  ['superscript_tortoise_shell', `\\^\\{〔${N}〕\\}`],
  ['superscript_square', `\\^\\{[${OPEN_SQUARE}]${N}[${CLOSE_SQUARE}]\\}`],
  ['superscript_circled', `\\^\\{([${CIRCLED}])\\}`],
  ['superscript_parenthesized', `\\^\\{([${PARENTHESIZED}])\\}`],
  ['superscript_digits', `\\^\\{${N}\\}`],
  ['tortoise_shell', `〔${N}〕`],
  ['square', `[${OPEN_SQUARE}]${N}[${CLOSE_SQUARE}]`],
  ['lenticular', `【${N}】`],
  ['circled', `([${CIRCLED}])`],
  ['parenthesized', `([${PARENTHESIZED}])`],
  // ¹²: never after a Latin letter or a digit, where it is an exponent (km², 10⁴).
  ['superscript_digits', `(?<![A-Za-z0-9])([${SUPERSCRIPT_DIGITS}]{1,3})`],
];
const MARKER = new RegExp(NOTATIONS.map(([, pattern]) => pattern).join('|'), 'gu');
/**
 * What a bare ① or ⑴ follows when it numbers a list item rather than marks a note:
 * the start of a line, or a stop, comma or colon (…困难和挑战:⑴投资增长后劲不足;⑵…).
 */
const ENUMERATOR_BEFORE = new RegExp(
  `(?:^|[\\s。${COMMA}${SEMICOLON}${COLON}、${EXCLAMATION}${QUESTION}${OPEN_PAREN}])$`,
  'u',
);

/**
 * Finds the footnote markers of the text in the notations the genre uses. A bare circled
 * or parenthesized number that opens a list item (after a colon, a stop or a line break)
 * numbers the item and is not a marker.
 */
export function extractFootnoteMarkers(
  source: SourceText,
  slug: string,
  paragraphs: ParagraphInfo[],
): FootnoteMarker[] {
  const seen = new Set<number>();
  let highest = 0;
  const found = source.matchAll(MARKER).flatMap(({ span, match }) => {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const notation = NOTATIONS[group - 1][0];
    const before = source.slice(Math.max(0, span.start - 1), span.start);
    if ((notation === 'circled' || notation === 'parenthesized') && ENUMERATOR_BEFORE.test(before))
      return [];
    return [{ span, printed: match[group], marker: match[0], notation }];
  });
  return found.map(({ span, printed, marker, notation }, index) => {
    const number = numberOfMarker(printed);
    const anomaly: FootnoteAnomaly = seen.has(number)
      ? 'duplicate_number'
      : number < highest
        ? 'out_of_order'
        : 'none';
    seen.add(number);
    highest = Math.max(highest, number);
    return {
      id: `Footnote:${slug}:${index + 1}`,
      ordinal: index + 1,
      number,
      marker,
      notation,
      anomaly,
      ...span,
      paragraphId: paragraphAt(paragraphs, span)?.id ?? null,
    };
  });
}

function numberOfMarker(printed: string): number {
  if (new RegExp(`^[${DIGIT}]+$`, 'u').test(printed)) return numberOf(printed);
  if (new RegExp(`^[${SUPERSCRIPT_DIGITS}]+$`, 'u').test(printed)) {
    return Number(
      Array.from(printed, (char) =>
        '\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079'.indexOf(char),
      ).join(''),
    );
  }
  const code = printed.codePointAt(0)!;
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  return circledNumber(printed);
}

export function circledNumber(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

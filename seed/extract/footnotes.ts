import { SourceText, Span } from './sourceText';
import { paragraphAt, ParagraphInfo } from './structure';

export type FootnoteAnomaly = 'none' | 'duplicate_number' | 'out_of_order';
export type FootnoteNotation =
  | 'superscript_tortoise_shell'
  | 'superscript_square'
  | 'superscript_circled'
  | 'tortoise_shell'
  | 'square'
  | 'circled';

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

const CIRCLED = '①-⑳㉑-㉟㊱-㊿';
// Three digits at most: 〔2024〕 in a document number (川府发〔2024〕12号) is a year.
const MARKER = new RegExp(
  `\\^\\{(?:〔(\\d{1,3})〕|\\[(\\d{1,3})\\]|([${CIRCLED}]))\\}|〔(\\d{1,3})〕|\\[(\\d{1,3})\\]|([${CIRCLED}])`,
  'gu',
);
const NOTATIONS: FootnoteNotation[] = [
  'superscript_tortoise_shell',
  'superscript_square',
  'superscript_circled',
  'tortoise_shell',
  'square',
  'circled',
];

/** Finds the footnote markers of the text in the notations the genre uses. */
export function extractFootnoteMarkers(
  source: SourceText,
  slug: string,
  paragraphs: ParagraphInfo[],
): FootnoteMarker[] {
  const seen = new Set<number>();
  let highest = 0;
  return source.matchAll(MARKER).map(({ span, match }, index) => {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const printed = match[group];
    const number = /\d/.test(printed) ? Number(printed) : circledNumber(printed);
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
      marker: match[0],
      notation: NOTATIONS[group - 1],
      anomaly,
      ...span,
      paragraphId: paragraphAt(paragraphs, span)?.id ?? null,
    };
  });
}

export function circledNumber(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

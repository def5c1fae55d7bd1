import { type FootnoteMarker } from './footnotes';
import { COLON, COMMA, EXCLAMATION, QUESTION, SEMICOLON } from './punctuation';
import { type SourceText, type Span } from './sourceText';
import { paragraphAt, type ParagraphInfo } from './structure';

/** A term the report puts in quotation marks: a candidate entity for the curators. */
export interface QuotedTerm extends Span {
  /** The words inside “…”; `start`/`end` exclude the quotation marks. */
  text: string;
  paragraphId: string | null;
  /** The footnote marker that annotates the term, if one follows it closely. */
  footnoteOrdinal: number | null;
  footnoteNumber: number | null;
}

const QUOTED = /“([^“”]{1,40})”/gu;
/** “两业”融合^{〔23〕}: a marker may follow a few words after the closing quote. */
const MAX_TAIL = 8;
const PUNCTUATION = new RegExp(
  `[。、“”${COMMA}${SEMICOLON}${COLON}${EXCLAMATION}${QUESTION}]`,
  'u',
);

export function extractQuotedTerms(
  source: SourceText,
  paragraphs: ParagraphInfo[],
  markers: FootnoteMarker[],
): QuotedTerm[] {
  return source.matchAll(QUOTED).map(({ span }) => {
    const inner = { start: span.start + 1, end: span.end - 1 };
    const marker = markers.find(
      (m) =>
        m.start >= span.end &&
        m.start - span.end <= MAX_TAIL &&
        !PUNCTUATION.test(source.slice(span.end, m.start)),
    );
    return {
      ...inner,
      text: source.slice(inner.start, inner.end),
      paragraphId: paragraphAt(paragraphs, span)?.id ?? null,
      footnoteOrdinal: marker?.ordinal ?? null,
      footnoteNumber: marker?.number ?? null,
    };
  });
}

import {
  compactOf,
  headingAt,
  paragraphAt,
  type ParagraphInfo,
  type SectionInfo,
  type SourceText,
  type Span,
} from '../extract';
import { type Citation } from './annotations';

/** Where a fact's words are: flattened onto relationships and observations as evidence. */
export interface Evidence extends Span {
  paragraphId: string;
  /** Exactly `source.slice(start, end)`. */
  quote: string;
}

/** An entity may be cited from a section heading (新型工业化 is named only in one). */
export interface EntityEvidence extends Span {
  paragraphId: string | null;
  sectionId: string | null;
  quote: string;
}

export interface QuotedText {
  source: SourceText;
  paragraphs: ParagraphInfo[];
  sections: SectionInfo[];
}

export type QuoteResult<E = Evidence> = { evidence: E } | { reason: string };

const SHOWN = 30;

/**
 * Finds a cited quote in the source with page-break whitespace ignored. A quote found
 * more than once must be narrowed by `near`, a longer string, unique in the source, that
 * contains it.
 */
export function resolveQuote(text: QuotedText, citation: Citation): QuoteResult {
  const found = locate(text.source, citation);
  if ('reason' in found) return found;
  const paragraph = paragraphAt(text.paragraphs, found);
  if (paragraph) return { evidence: { paragraphId: paragraph.id, ...found } };
  return headingAt(text.sections, found)
    ? {
        reason: `quote stands in a section heading; cite the paragraph that states the fact: "${shorten(citation.quote)}"`,
      }
    : { reason: `quote is not inside one paragraph: "${shorten(citation.quote)}"` };
}

/** Like resolveQuote, but a section heading is evidence enough for an entity's existence. */
export function resolveEntityQuote(
  text: QuotedText,
  citation: Citation,
): QuoteResult<EntityEvidence> {
  const found = locate(text.source, citation);
  if ('reason' in found) return found;
  const paragraph = paragraphAt(text.paragraphs, found);
  const section = paragraph ? undefined : headingAt(text.sections, found);
  if (!paragraph && !section)
    return { reason: `quote is not inside one paragraph: "${shorten(citation.quote)}"` };
  return {
    evidence: { paragraphId: paragraph?.id ?? null, sectionId: section?.id ?? null, ...found },
  };
}

function locate(
  source: SourceText,
  citation: Citation,
): (Span & { quote: string }) | { reason: string } {
  const { quote, near } = citation;
  let spans = source.findAll(quote);
  if (spans.length === 0) return { reason: `quote not found in the source: "${shorten(quote)}"` };
  if (near) {
    const nearSpans = source.findAll(near);
    if (nearSpans.length === 0)
      return { reason: `near not found in the source: "${shorten(near)}"` };
    if (nearSpans.length > 1) {
      return {
        reason: `near is itself ambiguous (found ${nearSpans.length} times): "${shorten(near)}"`,
      };
    }
    if (!compactOf(near).includes(compactOf(quote))) {
      return { reason: `near does not contain the quote: "${shorten(near)}"` };
    }
    const [around] = nearSpans;
    spans = spans.filter((span) => span.start >= around.start && span.end <= around.end);
  }
  if (spans.length > 1) {
    return {
      reason:
        `quote ambiguous: found ${spans.length} times (at ${spans.map((s) => s.start).join(', ')}): ` +
        `"${shorten(quote)}"; lengthen it or add near:`,
    };
  }
  const [span] = spans;
  return { ...span, quote: source.slice(span.start, span.end) };
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('')}…` : text;
}

import { extractFootnoteMarkers, type FootnoteMarker } from './footnotes';
import { type ExtractedObservation, extractHeadlineObservations } from './observations';
import { extractQuotedTerms, type QuotedTerm } from './quotedTerms';
import { SourceText } from './sourceText';
import { type DocumentStructure, extractStructure } from './structure';

export interface ExtractedDocument extends DocumentStructure {
  source: SourceText;
  footnotes: FootnoteMarker[];
  observations: ExtractedObservation[];
  quotedTerms: QuotedTerm[];
}

/** Everything the text yields without curation. Pure: the same text gives the same result. */
export function extractDocument(
  text: string,
  options: { slug: string; years: number[] },
): ExtractedDocument {
  const source = new SourceText(text);
  const structure = extractStructure(source, options.slug);
  const footnotes = extractFootnoteMarkers(source, options.slug, structure.paragraphs);
  return {
    source,
    ...structure,
    footnotes,
    observations: extractHeadlineObservations(
      source,
      options.slug,
      structure.paragraphs,
      options.years,
      structure.sections,
    ),
    quotedTerms: extractQuotedTerms(source, structure.paragraphs, footnotes),
  };
}

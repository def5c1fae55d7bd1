import { extractFootnoteMarkers, type FootnoteMarker } from './footnotes';
import { extractMetadata, type ReportYears, type TextMetadata } from './metadata';
import { type ExtractedObservation, extractHeadlineObservations } from './observations';
import { extractQuotedTerms, type QuotedTerm } from './quotedTerms';
import { SourceText } from './sourceText';
import { type DocumentStructure, extractStructure } from './structure';

export interface ExtractedDocument extends DocumentStructure {
  source: SourceText;
  footnotes: FootnoteMarker[];
  observations: ExtractedObservation[];
  quotedTerms: QuotedTerm[];
  /** What the text says of itself (title, dateline, years), before any metadata file. */
  metadata: TextMetadata;
}

/**
 * Everything the text yields without curation. Pure: the same text gives the same result.
 * Figures take the years the text states, unless `years` (from a metadata file) replaces them.
 */
export function extractDocument(
  text: string,
  options: { slug: string; years?: ReportYears },
): ExtractedDocument {
  const source = new SourceText(text);
  const structure = extractStructure(source, options.slug);
  const footnotes = extractFootnoteMarkers(source, options.slug, structure.paragraphs);
  const metadata = extractMetadata(source, structure.sections);
  return {
    source,
    ...structure,
    footnotes,
    metadata,
    observations: extractHeadlineObservations(
      source,
      options.slug,
      structure.paragraphs,
      options.years ?? metadata.years,
      structure.sections,
    ),
    quotedTerms: extractQuotedTerms(source, structure.paragraphs, footnotes),
  };
}

export { extractDocument } from './extractDocument';
export type { ExtractedDocument } from './extractDocument';
export { circledNumber, extractFootnoteMarkers } from './footnotes';
export type { FootnoteAnomaly, FootnoteMarker, FootnoteNotation } from './footnotes';
export {
  abbreviationsIn,
  childrenOf,
  divisionById,
  divisionByName,
  divisionsNamedIn,
  gazetteer,
  GAZETTEER_EVIDENCE_NOTE,
  nameableIn,
  namesDivision,
  resolveSurface,
  surfaceBlockers,
  withAncestors,
} from './gazetteer';
export type { Division, DivisionKind } from './gazetteer';
export { HEADLINE_INDICATORS, HEADLINE_TERMS, headlineIndicator } from './headlineIndicators';
export type { HeadlineTerm, IndicatorDefinition } from './headlineIndicators';
export { findMentions } from './mentions';
export { extractMetadata, partRoles, readPartHeading } from './metadata';
export type { PartRole, ReportYears, TextMetadata } from './metadata';
export type { Mention, MentionTarget, SurfaceForm } from './mentions';
export { extractHeadlineObservations } from './observations';
export type { ExtractedObservation } from './observations';
export { parseChanges, parseGaps, parseQuantities } from './quantities';
export type { PointsPhrase, Quantity } from './quantities';
export { extractQuotedTerms } from './quotedTerms';
export type { QuotedTerm } from './quotedTerms';
export { compactOf, SourceText } from './sourceText';
export type { Span } from './sourceText';
export { extractStructure, headingAt, paragraphAt } from './structure';
export type { DocumentStructure, ParagraphInfo, SectionInfo } from './structure';
export { regionNamed, regionOf } from './region';

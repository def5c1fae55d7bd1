/** A Footnote node as read from Neo4j (seed/extract/footnotes.ts). */
export interface FootnoteModel {
  id: string;
  number: number;
  ordinal: number;
  marker?: string | null;
  anomaly: string;
  definition?: string | null;
  start?: number | null;
  end?: number | null;
  paragraphId?: string | null;
}

/** An Observation node as read from Neo4j (seed/compile writeObservations). */
export interface ObservationModel {
  id: string;
  /** The indicator the value belongs to (the seed writes it on every observation). */
  indicatorId: string;
  /** The document that gives the value (the seed writes it on every node). */
  documentId: string;
  year: number;
  kind: string;
  value?: number | null;
  valueMax?: number | null;
  /** level, change or rank. */
  measure?: string | null;
  wording?: string | null;
  periodStart?: number | null;
  curated?: boolean | null;
  unit?: string | null;
  qualifier?: string | null;
  text?: string | null;
  gap?: number | null;
  gapUnit?: string | null;
  gapAgainst?: string | null;
  /** Whether the gap is against a target (decided by the seed's extractor). */
  gapAgainstTarget?: boolean | null;
  met?: boolean | null;
  /** Where a sentence of its own says whether the target was met. */
  metParagraphId?: string | null;
  metStart?: number | null;
  metEnd?: number | null;
  metQuote?: string | null;
  derivation?: string | null;
  paragraphId?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
}

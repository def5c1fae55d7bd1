/** An Observation node as read from Neo4j (seed/compile writeObservations). */
export interface ObservationModel {
  id: string;
  /** The indicator the value belongs to (the seed writes it on every observation). */
  indicatorId: string;
  year: number;
  kind: string;
  value?: number | null;
  unit?: string | null;
  qualifier?: string | null;
  text?: string | null;
  gap?: number | null;
  gapUnit?: string | null;
  gapAgainst?: string | null;
  /** Whether the gap is against a target (decided by the seed's extractor). */
  gapAgainstTarget?: boolean | null;
  met?: boolean | null;
  derivation?: string | null;
  paragraphId?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
}

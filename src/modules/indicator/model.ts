import type { EntityModel } from '../entity/model';

/** An Observation node as read from Neo4j (seed/build writeObservations). */
export interface ObservationModel {
  id: string;
  /** Written by the seed; rows built elsewhere may lack it (Observation.indicator then looks it up). */
  indicatorId?: string | null;
  year: number;
  kind: string;
  value?: number | null;
  unit?: string | null;
  qualifier?: string | null;
  text?: string | null;
  gap?: number | null;
  gapUnit?: string | null;
  gapAgainst?: string | null;
  met?: boolean | null;
  derivation?: string | null;
  paragraphId?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
}

/** One indicator's reported year beside its planned year, built from its observations. */
export interface ScorecardModel {
  indicator: EntityModel;
  year: number;
  estimate: ObservationModel | null;
  target: ObservationModel | null;
  nextTarget: ObservationModel | null;
}

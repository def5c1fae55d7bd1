import type { Database } from '../../neo4j';
import type { EntityModel } from '../entity/model';
import type { ObservationModel } from '../indicator/model';
import { gapToTarget, metTarget, scorecardOf } from '../indicator/scorecard';
import * as cypher from './cypher';

/** An Observation node's properties; `measure` is `change` for a value in percentage points. */
type ObservationRow = ObservationModel & { measure?: string | null; change?: number | null };

export interface IndicatorComparisonModel {
  indicator: EntityModel;
  year: number;
  nextYear: number;
  unit: string | null;
  differenceUnit: string | null;
  estimate: number | null;
  estimateText: string | null;
  target: number | null;
  targetDerived: boolean;
  gap: number | null;
  metTarget: boolean | null;
  nextTarget: number | null;
  nextTargetDerived: boolean;
  nextTargetText: string | null;
  change: number | null;
  estimateObservation: ObservationModel | null;
  targetObservation: ObservationModel | null;
  nextTargetObservation: ObservationModel | null;
}

/** Sums and differences of numbers as written, free of binary noise (7 − 4.5 is 2.5, not 2.4999…). */
function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function difference(a: number, b: number): number {
  return rounded(a - b);
}

/** Two values subtract meaningfully when both are levels (not changes) in one unit. */
function comparable(a: ObservationRow | null, b: ObservationRow | null): boolean {
  return (
    a?.value != null &&
    b?.value != null &&
    a.unit === b.unit &&
    (a.measure ?? 'level') === 'level' &&
    (b.measure ?? 'level') === 'level'
  );
}

/**
 * One table row from an indicator's observations, laid side by side as its scorecard
 * does (`scorecardOf`): the gap is the text's own figure against the target when it gives
 * one (低于预期目标2.5个百分点), else the estimate minus a stated target.
 */
export function compareIndicator(
  indicator: EntityModel,
  observations: ObservationRow[],
  year: number,
  nextYear: number,
): IndicatorComparisonModel {
  const card = scorecardOf(indicator, observations, year);
  const estimate = card.estimate as ObservationRow | null;
  const target = card.target as ObservationRow | null;
  const nextTarget = (observations.find((o) => o.year === nextYear && o.kind === 'target') ??
    null) as ObservationRow | null;
  const unit = estimate?.unit ?? nextTarget?.unit ?? target?.unit ?? null;
  const differenceUnit = unit === '%' ? '个百分点' : unit;
  // 提高0.5个百分点: a target set as a change from the estimate, not as a level.
  const targetIsChange =
    nextTarget?.measure === 'change' &&
    nextTarget.unit === differenceUnit &&
    estimate?.value != null &&
    (estimate.measure ?? 'level') === 'level';
  const plannedChange = targetIsChange ? (nextTarget!.change ?? nextTarget!.value ?? null) : null;
  return {
    indicator,
    year,
    nextYear,
    unit,
    differenceUnit,
    estimate: estimate?.value ?? null,
    estimateText: estimate?.text ?? null,
    target: target?.value ?? null,
    targetDerived: target?.kind === 'derived',
    gap:
      gapToTarget(estimate) ??
      (comparable(estimate, target) ? difference(estimate!.value!, target!.value!) : null),
    metTarget: metTarget(estimate),
    nextTarget:
      plannedChange !== null
        ? rounded(estimate!.value! + plannedChange)
        : (nextTarget?.measure ?? 'level') === 'level'
          ? (nextTarget?.value ?? null)
          : null,
    nextTargetDerived: plannedChange !== null,
    nextTargetText: nextTarget?.text ?? null,
    change:
      plannedChange ??
      (comparable(nextTarget, estimate) ? difference(nextTarget!.value!, estimate!.value!) : null),
    estimateObservation: estimate,
    targetObservation: target,
    nextTargetObservation: nextTarget,
  };
}

/** Every indicator with observations, per document, in the order the text first gives them. */
export async function indicatorComparison(db: Database): Promise<IndicatorComparisonModel[]> {
  const rows = await db.read<{
    years: number[] | null;
    indicator: EntityModel;
    observations: ObservationRow[];
  }>(cypher.indicatorObservations);
  return rows.map(({ years, indicator, observations }) => {
    const year = years?.[0] ?? Math.min(...observations.map((o) => o.year));
    const nextYear = years?.[1] ?? year + 1;
    return compareIndicator(indicator, observations, year, nextYear);
  });
}

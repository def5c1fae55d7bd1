import type { Database } from '../../neo4j';
import type { DocumentModel } from '../document/model';
import type { EntityModel } from '../entity/model';
import type { ObservationModel } from './model';
import * as cypher from './cypher';

/** An Observation node's properties; `measure` is `change` for a value in percentage points. */
export type ObservationRow = ObservationModel & { change?: number | null };

/** One row of `indicatorComparison` (and `Indicator.comparison`): one indicator in one document. */
export interface IndicatorComparisonModel {
  indicator: EntityModel;
  document: DocumentModel;
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

/** Only a gap against a target (预期目标, 省下目标) says whether the target was met. */
function gapToTarget(estimate: ObservationModel | null): number | null {
  if (!estimate || estimate.gap == null || estimate.gapAgainstTarget !== true) return null;
  return estimate.gap;
}

/** What the text says (完成/符合预期目标), else what its gap to a target says; null when neither. */
function metTarget(estimate: ObservationModel | null): boolean | null {
  if (!estimate) return null;
  if (estimate.met != null) return estimate.met;
  const gap = gapToTarget(estimate);
  return gap == null ? null : gap >= 0;
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

/** Differences of percentages are in points (个百分点); of other values, in their unit. */
export function differenceUnitOf(unit: string | null): string | null {
  return unit === '%' ? '个百分点' : unit;
}

/** The kinds that state what a year reached (an estimate, or an actual figure), not what it planned. */
export function isReached(observation: ObservationModel): boolean {
  return observation.kind !== 'target' && observation.kind !== 'derived';
}

/**
 * An estimate beside its target: the gap is the text's own figure against the target when
 * it gives one (低于预期目标2.5个百分点), else the estimate minus the target when both are
 * levels in one unit; met is what the text says, else the sign of its gap to a target.
 * One rule for `indicatorComparison` and `indicatorSeries`.
 */
export function estimateAgainstTarget(
  estimate: ObservationRow | null,
  target: ObservationRow | null,
): { gap: number | null; metTarget: boolean | null } {
  return {
    gap:
      gapToTarget(estimate) ??
      (comparable(estimate, target) ? difference(estimate!.value!, target!.value!) : null),
    metTarget: metTarget(estimate),
  };
}

/**
 * One table row from one document's observations of an indicator, side by side: the
 * reported year's estimate, its target (stated, or derived from the estimate and its gap)
 * and the next year's target. The gap is the text's own figure against the target when
 * it gives one (低于预期目标2.5个百分点), else the estimate minus a stated target.
 */
export function compareIndicator(
  indicator: EntityModel,
  observations: ObservationRow[],
  year: number,
  nextYear: number,
): Omit<IndicatorComparisonModel, 'document'> {
  const find = (y: number, kind: string) =>
    observations.find((o) => o.year === y && o.kind === kind) ?? null;
  const estimate = find(year, 'estimate');
  const target = find(year, 'target') ?? find(year, 'derived');
  const nextTarget = find(nextYear, 'target');
  const unit = estimate?.unit ?? nextTarget?.unit ?? target?.unit ?? null;
  const differenceUnit = differenceUnitOf(unit);
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
    ...estimateAgainstTarget(estimate, target),
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

export interface ComparisonRequest {
  /** Only this document's rows; every document's when null. */
  document?: string | null;
  /** Only these indicators; every one with values when null. */
  indicators?: readonly string[] | null;
}

/**
 * One row per indicator and document, documents by id, indicators in the order the text
 * first gives them. Each document is compared on its own: an Indicator node is shared by
 * every report that measures it, so its observations are read per document.
 */
export async function readComparisons(
  db: Database,
  { document = null, indicators = null }: ComparisonRequest,
): Promise<IndicatorComparisonModel[]> {
  const rows = await db.read<{
    document: DocumentModel;
    indicator: EntityModel;
    observations: ObservationRow[];
  }>(cypher.indicatorObservations, { document, indicators });
  return rows.map(({ document, indicator, observations }) => {
    const { executionYear, planYear } = document;
    const year =
      executionYear ??
      (planYear != null ? planYear - 1 : Math.min(...observations.map((o) => o.year)));
    const nextYear = planYear ?? year + 1;
    return { document, ...compareIndicator(indicator, observations, year, nextYear) };
  });
}

/** `indicatorComparison(document, missedTarget)`. */
export async function indicatorComparison(
  db: Database,
  { document, missedTarget }: { document?: string | null; missedTarget?: boolean | null },
): Promise<IndicatorComparisonModel[]> {
  const rows = await readComparisons(db, { document });
  if (missedTarget == null) return rows;
  return rows.filter((row) => row.metTarget === !missedTarget);
}

import type { EntityModel } from '../entity/model';
import type { ObservationModel, ScorecardModel } from './model';

/**
 * Lays an indicator's observations side by side: the reported year's estimate, the
 * target it was measured against (stated, or derived from the estimate and its gap) and
 * the next year's target.
 */
export function scorecardOf(
  indicator: EntityModel,
  observations: ObservationModel[],
  year: number,
): ScorecardModel {
  const find = (y: number, kind: string) =>
    observations.find((o) => o.year === y && o.kind === kind) ?? null;
  return {
    indicator,
    year,
    estimate: find(year, 'estimate'),
    target: find(year, 'target') ?? find(year, 'derived'),
    nextTarget: find(year + 1, 'target'),
  };
}

/** Only a gap against a target (预期目标, 省下目标) says whether the target was met. */
export function gapToTarget(estimate: ObservationModel | null): number | null {
  if (!estimate || estimate.gap == null || !estimate.gapAgainst?.endsWith('目标')) return null;
  return estimate.gap;
}

export function metTarget(estimate: ObservationModel | null): boolean | null {
  if (!estimate) return null;
  if (estimate.met != null) return estimate.met;
  const gap = gapToTarget(estimate);
  return gap == null ? null : gap >= 0;
}

import type { EntityModel } from '../entity/model';
import type { ObservationModel } from './model';
import { gapToTarget, metTarget, scorecardOf } from './scorecard';

const gdp: EntityModel = {
  id: 'Indicator:地区生产总值增长',
  name: '地区生产总值增长',
  kind: 'headline',
  labels: ['Entity', 'Indicator'],
};
const observation = (o: Partial<ObservationModel>): ObservationModel => ({
  id: 'x',
  year: 2024,
  kind: 'estimate',
  ...o,
});

describe('scorecards', () => {
  const estimate = observation({ kind: 'estimate', value: 4.5, gap: -2.5, gapAgainst: '预期目标' });
  const derived = observation({ kind: 'derived', value: 7 });
  const next = observation({ year: 2025, kind: 'target', value: 6 });

  it('lays the estimate, the implied target and next year’s target side by side', () => {
    expect(scorecardOf(gdp, [next, derived, estimate], 2024)).toEqual({
      indicator: gdp,
      year: 2024,
      estimate,
      target: derived,
      nextTarget: next,
    });
  });

  it('counts only a gap to a 目标 as missing or meeting the target', () => {
    expect(gapToTarget(estimate)).toBe(-2.5);
    expect(metTarget(estimate)).toBe(false);
    const revenue = observation({ gap: -1.8, gapAgainst: '经济增速' });
    expect(gapToTarget(revenue)).toBeNull();
    expect(metTarget(revenue)).toBeNull();
    expect(metTarget(observation({ met: true }))).toBe(true);
  });
});

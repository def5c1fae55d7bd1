import type { EntityModel } from '../entity/model';
import type { ObservationModel } from './model';
import { compareIndicator } from './comparison';

const gdp: EntityModel = {
  id: 'Indicator:地区生产总值增长',
  name: '地区生产总值增长',
  kind: 'headline',
  labels: ['Entity', 'Indicator'],
};

function observation(
  fields: Partial<ObservationModel> & {
    year: number;
    kind: string;
    measure?: string;
    change?: number;
  },
) {
  return {
    id: `O:${fields.year}:${fields.kind}`,
    indicatorId: gdp.id,
    documentId: 'Document:test',
    unit: '%',
    ...fields,
  };
}

describe('compareIndicator', () => {
  it('lays the estimate, its gap, the implied target and the next target side by side', () => {
    const row = compareIndicator(
      gdp,
      [
        observation({
          year: 2024,
          kind: 'estimate',
          value: 4.5,
          text: '4.5%左右',
          gap: -2.5,
          gapAgainst: '预期目标',
          gapAgainstTarget: true,
          met: false,
        }),
        observation({ year: 2024, kind: 'derived', value: 7 }),
        observation({ year: 2025, kind: 'target', value: 6, text: '6%左右' }),
      ],
      2024,
      2025,
    );
    expect(row).toMatchObject({
      year: 2024,
      nextYear: 2025,
      unit: '%',
      differenceUnit: '个百分点',
      estimate: 4.5,
      target: 7,
      targetDerived: true,
      gap: -2.5,
      metTarget: false,
      nextTarget: 6,
      nextTargetDerived: false,
      change: 1.5,
    });
  });

  it('subtracts a stated target when the text gives no gap, without binary noise', () => {
    const row = compareIndicator(
      gdp,
      [
        observation({ year: 2024, kind: 'estimate', value: 4.7 }),
        observation({ year: 2024, kind: 'target', value: 7.1 }),
      ],
      2024,
      2025,
    );
    expect(row.gap).toBe(-2.4);
    expect(row.targetDerived).toBe(false);
  });

  it('turns a target set as a change into a level', () => {
    const row = compareIndicator(
      gdp,
      [
        observation({ year: 2024, kind: 'estimate', value: 56.3 }),
        observation({
          year: 2025,
          kind: 'target',
          value: 0.5,
          unit: '个百分点',
          measure: 'change',
          change: 0.5,
        }),
      ],
      2024,
      2025,
    );
    expect(row).toMatchObject({ nextTarget: 56.8, nextTargetDerived: true, change: 0.5 });
  });

  it('reads only a gap the seed marked as against a target as missing or meeting it', () => {
    const revenue = compareIndicator(
      gdp,
      [
        observation({
          year: 2024,
          kind: 'estimate',
          value: 3,
          gap: -1.8,
          gapAgainst: '经济增速',
          gapAgainstTarget: false,
        }),
      ],
      2024,
      2025,
    );
    expect(revenue).toMatchObject({ gap: null, metTarget: null });
    // 低于预期1.2个百分点: 预期 does not end in 目标, and it is a target all the same.
    const planned = compareIndicator(
      gdp,
      [
        observation({
          year: 2024,
          kind: 'estimate',
          value: 5.8,
          gap: -1.2,
          gapAgainst: '预期',
          gapAgainstTarget: true,
        }),
      ],
      2024,
      2025,
    );
    expect(planned).toMatchObject({ gap: -1.2, metTarget: false });
    const said = compareIndicator(
      gdp,
      [observation({ year: 2024, kind: 'estimate', value: 5.5, met: true })],
      2024,
      2025,
    );
    expect(said.metTarget).toBe(true);
  });

  it('leaves what the text does not give empty', () => {
    const row = compareIndicator(
      gdp,
      [observation({ year: 2025, kind: 'target', value: 6 })],
      2024,
      2025,
    );
    expect(row).toMatchObject({
      estimate: null,
      target: null,
      gap: null,
      metTarget: null,
      nextTarget: 6,
      change: null,
    });
  });

  it('shows a next target stated in words with its wording and no number', () => {
    const row = compareIndicator(
      gdp,
      [
        observation({ year: 2024, kind: 'estimate', value: 4.5 }),
        observation({
          year: 2025,
          kind: 'target',
          value: null,
          unit: null,
          wording: '与经济增长基本同步',
          text: '增长与经济增长基本同步',
        }),
      ],
      2024,
      2025,
    );
    expect(row).toMatchObject({
      nextTarget: null,
      change: null,
      nextTargetText: '增长与经济增长基本同步',
    });
    expect(row.nextTargetObservation?.wording).toBe('与经济增长基本同步');
  });
});

import { readFileSync } from 'node:fs';
import { anotherReport, leshan } from '../../tests/seed/leshan';
import { extractDocument } from './extractDocument';

const observation = (indicator: string, year: number, kind: string) =>
  leshan.observations.find((o) => o.id === `Observation:leshan-2025:${indicator}:${year}:${kind}`);

describe('extractHeadlineObservations on the Leshan report', () => {
  it('reads 2024 GDP growth: 4.5% 左右, 2.5 points below target', () => {
    expect(observation('地区生产总值增长', 2024, 'estimate')).toMatchObject({
      indicator: '地区生产总值增长',
      value: 4.5,
      unit: '%',
      qualifier: '左右',
      gap: -2.5,
      gapUnit: '个百分点',
      gapText: '低于预期目标2.5个百分点',
      gapAgainst: '预期目标',
      met: false,
      quote: '地区生产总值增长4.5%左右(同比,下同),低于预期目标2.5个百分点',
      paragraphId: 'Paragraph:leshan-2025:7',
    });
  });

  it('derives the 2024 GDP target, 7%, from the gap, quoting the gap', () => {
    expect(observation('地区生产总值增长', 2024, 'derived')).toMatchObject({
      value: 7,
      unit: '%',
      qualifier: null,
      quote: '低于预期目标2.5个百分点',
      derivation: expect.stringMatching(/^4\.5 \+ 2\.5 = 7/),
    });
  });

  it('reads the 2025 GDP target, 6% 左右, on the same indicator', () => {
    const target = observation('地区生产总值增长', 2025, 'target')!;
    expect(target).toMatchObject({
      value: 6,
      unit: '%',
      qualifier: '左右',
      quote: '地区生产总值增长6%左右',
    });
    expect(target.indicator).toBe(observation('地区生产总值增长', 2024, 'estimate')!.indicator);
  });

  it('derives the other targets the gaps imply', () => {
    const derived = leshan.observations
      .filter((o) => o.kind === 'derived')
      .map((o) => [o.indicator, o.value]);
    expect(derived).toEqual([
      ['地区生产总值增长', 7],
      ['规模以上工业增加值增长', 4.7],
      ['固定资产投资增长', 6],
      ['社会消费品零售总额增长', 8.5],
      ['基本养老保险参保率', 95],
    ]);
  });

  it('keeps a comparison with economic growth as a gap, not as a target', () => {
    expect(observation('地方一般公共预算收入增长', 2024, 'estimate')).toMatchObject({
      value: 2.7,
      gap: -1.8,
      gapAgainst: '经济增速',
      met: null,
    });
    expect(observation('地方一般公共预算收入增长', 2024, 'derived')).toBeUndefined();
  });

  it('splits 城乡居民人均可支配收入 分别增长4.5%、6.6%左右 into urban and rural', () => {
    expect(observation('城镇居民人均可支配收入增长', 2024, 'estimate')).toMatchObject({
      value: 4.5,
      qualifier: '左右',
      met: true,
    });
    expect(observation('农村居民人均可支配收入增长', 2024, 'estimate')).toMatchObject({
      value: 6.6,
      qualifier: '左右',
      met: true,
    });
  });

  it('reads levels, changes and 完成/符合预期目标', () => {
    expect(observation('常住人口城镇化率', 2024, 'estimate')).toMatchObject({
      value: 56.3,
      qualifiers: ['达', '左右'],
      change: 0.5,
      met: true,
    });
    expect(observation('常住人口城镇化率', 2025, 'target')).toMatchObject({
      value: 0.5,
      unit: '个百分点',
      measure: 'change',
    });
    expect(observation('城镇调查失业率', 2024, 'estimate')).toMatchObject({
      value: 5.5,
      met: true,
    });
    expect(observation('城镇调查失业率', 2025, 'target')).toMatchObject({
      qualifiers: ['控制在', '左右'],
    });
    expect(observation('基本养老保险参保人数', 2024, 'estimate')).toMatchObject({
      value: 258.2,
      unit: '万人',
    });
    expect(observation('基本养老保险参保率', 2024, 'estimate')).toMatchObject({
      value: 95.2,
      gap: 0.2,
      met: true,
    });
    expect(observation('粮食产量', 2024, 'estimate')).toMatchObject({
      value: 127,
      unit: '万吨',
      qualifier: '超',
    });
    expect(observation('粮食产量', 2025, 'target')).toMatchObject({
      value: 127,
      qualifier: '以上',
    });
  });

  it('gives 2025 targets without a hedge a null qualifier', () => {
    expect(observation('规模以上工业增加值增长', 2025, 'target')).toMatchObject({
      value: 6.5,
      qualifier: null,
    });
  });

  it('does not read 基本医保参保率 as the old-age insurance rate', () => {
    expect(leshan.observations.filter((o) => o.value === 96)).toEqual([]);
  });
});

describe('extractHeadlineObservations on another report', () => {
  const doc = extractDocument(readFileSync(anotherReport, 'utf8'), {
    slug: 'qianwei-2025',
    years: [2024, 2025],
  });

  it('derives a target above the estimate from 超过预期目标', () => {
    const byId = new Map(doc.observations.map((o) => [o.id, o]));
    expect(byId.get('Observation:qianwei-2025:规模以上工业增加值增长:2024:estimate')).toMatchObject(
      { value: 8, gap: 1, met: true },
    );
    expect(byId.get('Observation:qianwei-2025:规模以上工业增加值增长:2024:derived')).toMatchObject({
      value: 7,
    });
    expect(byId.get('Observation:qianwei-2025:城镇调查失业率:2025:target')).toMatchObject({
      value: 5.5,
      qualifier: '以内',
    });
  });
});

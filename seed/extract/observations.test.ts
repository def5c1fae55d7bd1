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

describe('extractHeadlineObservations on the phrasings of other reports', () => {
  const read = (body: string, years = { execution: 2023, plan: 2024 }) => {
    const doc = extractDocument(body, { slug: 't', years });
    return new Map(doc.observations.map((o) => [o.id.replace('Observation:t:', ''), o]));
  };

  it('takes the years from the part headings, so a part without one gives nothing', () => {
    const found = read(
      '一、2023年执行情况\n\n地区生产总值增长6%。\n\n二、存在的主要问题\n\n社会消费品零售总额下降0.3%。\n\n' +
        '三、2024年主要目标\n\n社会消费品零售总额增长8%。',
    );
    expect(found.get('社会消费品零售总额增长:2024:target')).toMatchObject({ value: 8 });
    expect([...found.keys()].sort()).toEqual([
      '地区生产总值增长:2023:estimate',
      '社会消费品零售总额增长:2024:target',
    ]);
  });

  it('marks a gap against 预期 or 计划 as against a target, once, for every reader', () => {
    const found = read('一、2023年执行情况\n\n全市地区生产总值增长5.8%\uFF0C低于预期1.2个百分点。');
    expect(found.get('地区生产总值增长:2023:estimate')).toMatchObject({
      gap: -1.2,
      gapAgainst: '预期',
      gapAgainstTarget: true,
      met: false,
    });
  });

  it('prefers the gap against the target to a comparison with the province', () => {
    const found = read(
      '一、2023年执行情况\n\n全市实现地区生产总值1850.3亿元、增长6.2%\uFF0C高于全省0.2个百分点\uFF0C低于预期目标0.8个百分点。' +
        '规模以上工业增加值增长8.5%\uFF0C高于全省1.4个百分点。',
    );
    expect(found.get('地区生产总值:2023:estimate')).toMatchObject({ value: 1850.3, unit: '亿元' });
    expect(found.get('地区生产总值增长:2023:estimate')).toMatchObject({
      value: 6.2,
      gap: -0.8,
      gapAgainst: '预期目标',
      gapAgainstTarget: true,
      met: false,
    });
    expect(found.get('地区生产总值增长:2023:derived')).toMatchObject({ value: 7 });
    expect(found.get('规模以上工业增加值增长:2023:estimate')).toMatchObject({
      gap: 1.4,
      gapAgainst: '全省',
      gapAgainstTarget: false,
    });
    expect(found.get('规模以上工业增加值增长:2023:derived')).toBeUndefined();
  });

  it('reads a fall as a negative growth, and its gap from the target', () => {
    const found = read(
      '一、2023年执行情况\n\n全社会固定资产投资下降3.6%\uFF0C低于年初目标11.6个百分点\uFF1B社会消费品零售总额1290.5亿元,下降0.3%;' +
        '居民消费价格指数\uFF08CPI\uFF09下降0.5%。',
    );
    expect(found.get('固定资产投资增长:2023:estimate')).toMatchObject({
      value: -3.6,
      text: '下降3.6%',
      gap: -11.6,
    });
    expect(found.get('固定资产投资增长:2023:derived')).toMatchObject({ value: 8 });
    expect(found.get('社会消费品零售总额增长:2023:estimate')).toMatchObject({ value: -0.3 });
    expect(found.get('居民消费价格涨幅:2023:estimate')).toMatchObject({ value: -0.5 });
  });

  it('pairs 分别达到X元、Y元,分别增长A%、B% with the urban and rural indicators', () => {
    const found = read(
      '一、2023年执行情况\n\n城乡居民人均可支配收入分别达到43856元、22410元\uFF0C分别增长4.6\uFF05、6.3\uFF05。',
    );
    expect(
      [
        '城镇居民人均可支配收入:2023:estimate',
        '农村居民人均可支配收入:2023:estimate',
        '城镇居民人均可支配收入增长:2023:estimate',
        '农村居民人均可支配收入增长:2023:estimate',
      ].map((id) => [found.get(id)?.value, found.get(id)?.unit]),
    ).toEqual([
      [43856, '元'],
      [22410, '元'],
      [4.6, '%'],
      [6.3, '%'],
    ]);
  });

  it('does not read a share, an intensity or a per-capita figure as GDP', () => {
    const found = read(
      '一、2023年执行情况\n\n服务业增加值占地区生产总值比重增长1.2个百分点\uFF1B人均地区生产总值6.2万元。\n\n' +
        '二、2024年目标\n\n单位地区生产总值能耗下降3%\uFF1B常住人口城镇化率达到56%以上。',
    );
    expect([...found.keys()]).toEqual(['常住人口城镇化率:2024:target']);
  });

  it('reads a rate with the change after it, 力争 before 增长, and shares of a target', () => {
    const found = read(
      '一、2023年执行情况\n\n常住人口城镇化率达到54.8%\uFF0C增长1.1个百分点。地方一般公共预算收入增长5.1%\uFF0C完成年度目标的98.5%。' +
        '城镇调查失业率5.4%\uFF0C控制在预期目标以内。\n\n二、2024年目标\n\n固定资产投资力争增长5%。',
    );
    expect(found.get('常住人口城镇化率:2023:estimate')).toMatchObject({ value: 54.8, change: 1.1 });
    expect(found.get('地方一般公共预算收入增长:2023:estimate')).toMatchObject({ met: false });
    expect(found.get('城镇调查失业率:2023:estimate')).toMatchObject({ met: true });
    expect(found.get('固定资产投资增长:2024:target')).toMatchObject({
      value: 5,
      qualifier: '力争',
      qualifiers: ['力争'],
    });
  });

  it('reads a target stated in the report on the first year as that year’s target', () => {
    const found = read(
      '一、2023年执行情况\n\n地区生产总值预期增长7%\uFF0C实际增长6.2%。固定资产投资年初目标增长10%\uFF0C预计完成7.1%。',
    );
    expect(found.get('地区生产总值增长:2023:target')).toMatchObject({ value: 7, met: null });
    expect(found.get('地区生产总值增长:2023:estimate')).toMatchObject({ value: 6.2 });
    expect(found.get('固定资产投资增长:2023:target')).toMatchObject({ value: 10 });
    expect(found.get('固定资产投资增长:2023:estimate')).toMatchObject({ value: 7.1 });
    const met = read(
      '一、2023年执行情况\n\n城镇调查失业率控制在预期目标以内\uFF0C为5.4%。规模以上工业增加值完成预期目标\uFF0C增长8.5%。',
    );
    expect([...met.keys()].sort()).toEqual([
      '城镇调查失业率:2023:estimate',
      '规模以上工业增加值增长:2023:estimate',
    ]);
  });
});

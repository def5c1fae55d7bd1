import { readFileSync } from 'node:fs';
import { buildSeed, type BuildResult } from '../../seed/compile/buildGraph';
import { extractDocument } from '../../seed/extract';
import { readSourceMeta } from '../../seed/compile/sourceMeta';
import { LESHAN_SOURCE } from '../../seed/paths';
import { otherReports, sliceOf } from './leshan';

/**
 * Reports of the genre nobody has curated, as `npm run seed -- report.txt` reads them: the
 * facts written into each fixture must come out of the deterministic layer.
 */
function read(path: string) {
  const text = readFileSync(path, 'utf8');
  const meta = readSourceMeta(path.replace(/\.txt$/, '.yaml'));
  const doc = extractDocument(text, { slug: meta.slug! });
  const built = buildSeed({ sourcePath: path });
  const observation = (indicator: string, year: number, kind: string) =>
    doc.observations.find((o) => o.id === `Observation:${meta.slug}:${indicator}:${year}:${kind}`);
  return { text, meta, doc, built, observation };
}

const node = (built: BuildResult, id: string) => built.artifact.nodes.find((n) => n.id === id);
const mentions = (built: BuildResult, id: string) =>
  built.artifact.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.from === id);
const partOf = (built: BuildResult, id: string) =>
  built.artifact.relationships
    .filter((r) => r.type === 'PART_OF' && r.from === id)
    .map((r) => r.to);
const labels = (doc: ReturnType<typeof read>['doc']) => doc.sections.map((s) => s.label);

describe('a prefecture-level city: 眉山市 2023→2024 (full-width punctuation, 〔N〕)', () => {
  const { text, doc, built, observation } = read(otherReports.meishan);

  it('finds the three parts and their sub-sections', () => {
    expect(labels(doc)).toEqual([
      'preamble',
      '一、',
      '一、(一)',
      '一、(二)',
      '一、(三)',
      '二、',
      '二、(一)',
      '二、(二)',
      '三、',
      '三、(一)',
      '三、(二)',
      '三、(三)',
    ]);
    expect(doc.sections.find((s) => s.label === '二、')!.title).toBe(
      '2024年经济社会发展的总体要求和主要目标',
    );
    for (const p of doc.paragraphs) expect(sliceOf(text, p.start, p.end)).toBe(p.text);
  });

  it('reads 〔N〕 markers, flags the second 〔5〕 and skips 眉府办发〔2023〕15号', () => {
    expect(doc.footnotes.map((m) => [m.number, m.notation, m.anomaly])).toEqual([
      [1, 'tortoise_shell', 'none'],
      [2, 'tortoise_shell', 'none'],
      [3, 'tortoise_shell', 'none'],
      [4, 'tortoise_shell', 'none'],
      [5, 'tortoise_shell', 'none'],
      [5, 'tortoise_shell', 'duplicate_number'],
      [6, 'tortoise_shell', 'none'],
    ]);
    expect(doc.quotedTerms.find((t) => t.footnoteNumber === 1)!.text).toBe('工业强市');
  });

  it('reads GDP: 1850.3亿元, 6.2% (0.8 points below target: 7%), and the 2024 target 6.5% 左右', () => {
    expect(observation('地区生产总值', 2023, 'estimate')).toMatchObject({
      value: 1850.3,
      unit: '亿元',
    });
    expect(observation('地区生产总值增长', 2023, 'estimate')).toMatchObject({
      value: 6.2,
      unit: '%',
      qualifier: null,
      gap: -0.8,
      gapAgainst: '预期目标',
      met: false,
    });
    expect(observation('地区生产总值增长', 2023, 'derived')).toMatchObject({
      value: 7,
      quote: '低于预期目标0.8个百分点',
    });
    expect(observation('地区生产总值增长', 2024, 'target')).toMatchObject({
      value: 6.5,
      qualifier: '左右',
      quote: '地区生产总值增长6.5%左右',
    });
    // 单位地区生产总值能耗下降3% is an energy intensity, not a GDP target.
    expect(observation('地区生产总值', 2024, 'target')).toBeUndefined();
  });

  it('keeps 高于全省1.4个百分点 as a comparison, and 均控制在预期目标以内 as met', () => {
    expect(observation('规模以上工业增加值增长', 2023, 'estimate')).toMatchObject({
      value: 8.5,
      gap: 1.4,
      gapAgainst: '全省',
      met: true,
    });
    expect(observation('规模以上工业增加值增长', 2023, 'derived')).toBeUndefined();
    expect(observation('居民消费价格涨幅', 2023, 'estimate')).toMatchObject({
      value: 0.3,
      met: true,
    });
    expect(observation('城乡居民人均可支配收入增长', 2024, 'target')).toBeUndefined();
    expect(observation('农村居民人均可支配收入增长', 2024, 'target')).toMatchObject({
      value: 7,
      qualifier: '左右',
    });
  });

  it('resolves 眉山 to 眉山市 (511400), never inside 峨眉山, and the neighbours it names', () => {
    expect(node(built, 'AdminDivision:眉山市')!.props).toMatchObject({
      code: '511400',
      kind: 'city',
    });
    const surfaces = mentions(built, 'AdminDivision:眉山市').map((m) => m.props);
    expect(surfaces.map((m) => m.surface)).toContain('眉山');
    for (const m of surfaces)
      expect(sliceOf(text, (m.start as number) - 1, m.start as number)).not.toBe('峨');
    expect(text).toContain('峨眉山—瓦屋山');
    expect(partOf(built, 'AdminDivision:眉山市')).toEqual(['AdminDivision:四川省']);
    for (const neighbour of ['成都市', '德阳市', '资阳市', '雅安市', '乐山市', '重庆市']) {
      expect(mentions(built, `AdminDivision:${neighbour}`).length).toBeGreaterThan(0);
    }
    expect(partOf(built, 'AdminDivision:重庆市')).toEqual([]);
  });
});

describe('a county: 井研县 2024→2025 (①②, 1. items, page breaks, typos, mixed punctuation)', () => {
  const { text, doc, built, observation } = read(otherReports.jingyan);
  const paragraph = (start: string) => doc.paragraphs.find((p) => p.plainText.startsWith(start))!;

  it('finds (一)…(三) and (一)…(五), whichever parentheses they are written with', () => {
    expect(labels(doc)).toEqual([
      'preamble',
      '一、',
      '一、(一)',
      '一、(二)',
      '一、(三)',
      '二、',
      '二、(一)',
      '二、(二)',
      '二、(三)',
      '二、(四)',
      '二、(五)',
    ]);
  });

  it('rejoins sentences across page breaks, leaving the page number — 3 — out', () => {
    const park = paragraph('一是园区承载能力增强。');
    expect(park).toMatchObject({ pageBreak: true, lead: '园区承载能力增强。' });
    expect(park.text).toContain('— 3 —');
    expect(park.plainText).toContain('新增规上工业企业8户，总数达到96户。');
    expect(park.plainText).not.toContain('— 3 —');
    expect(paragraph('新增城镇就业3100人').plainText).toMatch(/新住院大楼主体完工。$/);
    expect(doc.paragraphs.some((p) => p.text === '— 3 —')).toBe(false);
  });

  it('keeps the sub-item title 1.稳定粮食生产 apart, and reads leads after 1. and 一是', () => {
    expect(paragraph('1.稳定粮食生产')).toMatchObject({ text: '1.稳定粮食生产', pageBreak: false });
    expect(paragraph('1.壮大绿色化工产业。').lead).toBe('壮大绿色化工产业。');
  });

  it('reads ①…④ after their terms', () => {
    expect(doc.footnotes.map((m) => [m.number, m.notation, m.anomaly])).toEqual([
      [1, 'circled', 'none'],
      [2, 'circled', 'none'],
      [3, 'circled', 'none'],
      [4, 'circled', 'none'],
    ]);
    expect(doc.quotedTerms.find((t) => t.footnoteNumber === 4)!.text).toBe('井研柑橘');
  });

  it('reads the headline figures: a fall, a gap against 年初目标, urban/rural pairs in ％', () => {
    expect(observation('地区生产总值增长', 2024, 'estimate')).toMatchObject({
      value: 5.9,
      gap: -1.1,
      gapAgainst: '年初目标',
    });
    expect(observation('地区生产总值增长', 2024, 'derived')).toMatchObject({ value: 7 });
    expect(observation('地区生产总值增长', 2025, 'target')).toMatchObject({
      value: 6.5,
      qualifier: '以上',
    });
    expect(observation('固定资产投资增长', 2024, 'estimate')).toMatchObject({
      value: -3.6,
      text: '下降3.6%',
    });
    expect(observation('固定资产投资增长', 2024, 'derived')).toMatchObject({ value: 8 });
    expect(observation('规模以上工业增加值增长', 2024, 'estimate')).toMatchObject({
      value: 10.2,
      gapAgainst: '全市平均水平',
    });
    expect(
      [
        ['城镇居民人均可支配收入', 43856, '元'],
        ['农村居民人均可支配收入', 22410, '元'],
        ['城镇居民人均可支配收入增长', 4.6, '%'],
        ['农村居民人均可支配收入增长', 6.3, '%'],
      ].map(([indicator]) => {
        const o = observation(indicator as string, 2024, 'estimate')!;
        return [indicator, o.value, o.unit];
      }),
    ).toEqual([
      ['城镇居民人均可支配收入', 43856, '元'],
      ['农村居民人均可支配收入', 22410, '元'],
      ['城镇居民人均可支配收入增长', 4.6, '%'],
      ['农村居民人均可支配收入增长', 6.3, '%'],
    ]);
  });

  it('resolves the typos 并研县 and 健为, and 眉山 and 成都 by their short forms', () => {
    const surfaces = (name: string) =>
      mentions(built, `AdminDivision:${name}`).map((m) => m.props.surface);
    expect(surfaces('井研县')).toContain('并研县');
    expect(surfaces('犍为县')).toContain('健为');
    expect(surfaces('眉山市')).toEqual(['眉山']);
    expect(surfaces('成都市')).toEqual(['成都']);
    expect(text).toContain('健为县');
  });
});

describe('a report with irregular headings and a cut-off end: 宜宾市 2022→2023', () => {
  const { text, meta, doc, built, observation } = read(otherReports.yibin);

  it('reads 三. as a part and the run-in sub-headings of 四、', () => {
    expect(labels(doc)).toEqual([
      'preamble',
      '一、',
      '一、(一)',
      '一、(二)',
      '二、',
      '三、',
      '四、',
      '四、(一)',
      '四、(二)',
      '四、(三)',
    ]);
    const run = doc.sections.find((s) => s.label === '四、(二)')!;
    expect(run.title).toBe('坚定不移扩大有效投资,增强经济发展后劲');
    const first = doc.paragraphs.find((p) => p.sectionId === run.id)!;
    expect(first.text).toMatch(/^全年实施市重点项目400个以上/);
  });

  it('ends at the cut, and says so', () => {
    expect(meta.truncated).toBe(true);
    expect(doc.paragraphs[doc.paragraphs.length - 1].text).toMatch(/推进$/);
    expect(node(built, 'Document:yibin-2023')!.props.truncated).toBe(true);
    expect(text.trimEnd().endsWith('推进')).toBe(true);
  });

  it('reads [N] markers and not the ⑴⑵⑶ of a list', () => {
    expect(doc.footnotes.map((m) => [m.number, m.notation])).toEqual([
      [1, 'square'],
      [2, 'square'],
      [3, 'square'],
      [4, 'square'],
      [5, 'square'],
    ]);
    expect(text).toContain('⑴投资增长后劲不足');
  });

  it('reads 比预期目标低, 下降0.3%, 增长1.1个百分点 and 完成年度目标的102.3%', () => {
    expect(observation('地区生产总值增长', 2022, 'estimate')).toMatchObject({
      value: 4.5,
      gap: -2.5,
      gapText: '比预期目标低2.5个百分点',
    });
    expect(observation('地区生产总值增长', 2022, 'derived')).toMatchObject({ value: 7 });
    expect(observation('地区生产总值增长', 2023, 'target')).toMatchObject({
      value: 6.5,
      qualifier: '以上',
    });
    expect(observation('社会消费品零售总额增长', 2022, 'estimate')).toMatchObject({ value: -0.3 });
    expect(observation('常住人口城镇化率', 2022, 'estimate')).toMatchObject({
      value: 54.8,
      change: 1.1,
    });
    expect(observation('常住人口城镇化率', 2023, 'target')).toMatchObject({
      value: 56,
      qualifiers: ['达到', '以上'],
    });
    expect(observation('居民消费价格涨幅', 2023, 'target')).toMatchObject({
      value: 3,
      qualifiers: ['控制在', '以内'],
    });
    expect(observation('地方一般公共预算收入增长', 2022, 'estimate')).toMatchObject({ met: true });
  });

  it('takes no target from part 二 (problems), whose heading names no year', () => {
    expect(observation('社会消费品零售总额增长', 2023, 'target')).toMatchObject({ value: 8 });
    const problems = doc.sections.find((s) => s.label === '二、')!;
    const inProblems = doc.paragraphs.filter((p) => p.sectionId === problems.id).map((p) => p.id);
    expect(doc.observations.filter((o) => inProblems.includes(o.paragraphId))).toEqual([]);
    // 服务业增加值占地区生产总值比重 is a share, not GDP.
    expect(doc.observations.filter((o) => o.quote.includes('比重'))).toEqual([]);
  });

  it('resolves 宜宾 and the neighbours it names in the gazetteer', () => {
    for (const name of ['宜宾市', '泸州市', '自贡市', '内江市', '重庆市', '四川省']) {
      expect(mentions(built, `AdminDivision:${name}`).length).toBeGreaterThan(0);
    }
    expect(node(built, 'AdminDivision:宜宾市')!.props.code).toBe('511500');
  });
});

describe('a report whose first part heading is missing: 夹江县 2023→2024', () => {
  const { doc, built, observation } = read(otherReports.jiajiang);

  it('opens part 一 after the introduction, so its headline figures are 2023 estimates', () => {
    const [, first] = doc.sections;
    expect(first).toMatchObject({ label: '一、', title: null, heading: null });
    expect(doc.sections.filter((s) => s.parentId === first.id)).toHaveLength(3);
    expect(observation('地区生产总值增长', 2023, 'estimate')).toMatchObject({ value: 6, gap: -1 });
    expect(observation('地区生产总值增长', 2023, 'derived')).toMatchObject({ value: 7 });
    expect(observation('固定资产投资增长', 2023, 'estimate')).toMatchObject({ value: -2.1 });
    expect(observation('城镇登记失业率', 2023, 'estimate')).toMatchObject({
      value: 3.1,
      met: true,
    });
    expect(observation('固定资产投资增长', 2024, 'target')).toMatchObject({ qualifier: '力争' });
  });

  it('reads ^{N} markers', () => {
    expect(doc.footnotes.map((m) => [m.number, m.notation])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [n, 'superscript_digits']),
    );
  });

  it('mentions 峨眉山市 where it is written, and 眉山市 only where 眉山 stands alone', () => {
    expect(mentions(built, 'AdminDivision:峨眉山市').map((m) => m.props.surface)).toEqual([
      '峨眉山市',
    ]);
    expect(mentions(built, 'AdminDivision:眉山市').map((m) => m.props.surface)).toEqual(['眉山']);
    expect(partOf(built, 'AdminDivision:峨眉山市')).toEqual(['AdminDivision:乐山市']);
  });
});

describe('the Leshan report read without curation', () => {
  const built = buildSeed({ sourcePath: LESHAN_SOURCE });

  it('has no 眉山市: every 眉山 in it is part of 峨眉山', () => {
    expect(node(built, 'AdminDivision:眉山市')).toBeUndefined();
    expect(mentions(built, 'AdminDivision:峨眉山市')).toEqual([]);
    expect(node(built, 'AdminDivision:成都市')!.props).toMatchObject({
      code: '510100',
      source: 'gazetteer',
    });
  });
});

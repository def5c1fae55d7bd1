import { leshan, leshanText, sliceOf } from '../../tests/seed/leshan';
import { extractDocument } from './extractDocument';
import { extractTargetSummaries, indicatorsNamed } from './targetSummary';

describe('extractTargetSummaries', () => {
  it('reads 乐山’s list of indicators with a gap to the 2024 plan, quoting it exactly', () => {
    const [summary, ...others] = extractTargetSummaries(leshan.source, leshan.paragraphs, 2024);
    expect(others).toEqual([]);
    expect(summary).toMatchObject({
      year: 2024,
      names: [
        '地区生产总值',
        '固定资产投资',
        '规模以上工业增加值',
        '社会消费品零售总额',
        '地方一般公共预算收入',
      ],
    });
    expect(summary.quote).toMatch(/^对照.*2024年计划.*有一定差距$/u);
    expect(sliceOf(leshanText, summary.start, summary.end)).toBe(summary.quote);
  });

  it('reads the other verdicts of the genre, and the execution year when the sentence names none', () => {
    const text = [
      '关于某市2023年计划执行情况与2024年计划草案的报告',
      '',
      '一、2023年国民经济和社会发展计划执行情况',
      '',
      '对照年初目标，地区生产总值和固定资产投资等主要指标未完成年度目标。全市经济平稳运行。',
    ].join('\n');
    const doc = extractDocument(text, { slug: 'test', years: { execution: 2023, plan: 2024 } });
    const summaries = extractTargetSummaries(doc.source, doc.paragraphs, 2023);
    expect(summaries.map((s) => [s.year, s.names])).toEqual([
      [2023, ['地区生产总值', '固定资产投资']],
    ]);
  });

  it('finds nothing in a sentence that lists no verdict', () => {
    const text =
      '一、2023年执行情况\n\n对照2023年计划，地区生产总值、固定资产投资等指标完成较好。\n';
    const doc = extractDocument(text, { slug: 'test', years: { execution: 2023, plan: 2024 } });
    expect(extractTargetSummaries(doc.source, doc.paragraphs, 2023)).toEqual([]);
  });
});

describe('indicatorsNamed', () => {
  it('puts the growth before the level, and knows no other words', () => {
    expect(indicatorsNamed('地区生产总值')).toEqual(['地区生产总值增长', '地区生产总值']);
    expect(indicatorsNamed('固定资产投资')).toEqual(['固定资产投资增长']);
    expect(indicatorsNamed('民生实事')).toEqual([]);
  });
});

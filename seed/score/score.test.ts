import type { Gold } from './gold';
import { type GraphReading, precision, recall, scoreReport, totalOf } from './score';

const text = '一、2023年工作回顾\n全县地区生产总值增长2%,固定资产投资下降1.8%。来陕考察。';

const gold: Gold = {
  file: 'x.txt',
  title: null,
  issuer: '某县人民政府',
  region: { name: '某县', parent: null },
  years: { execution: 2023, plan: 2024 },
  sections: [{ level: 1, label: '一、', title: '2023年工作回顾', quote: '一、2023年工作回顾' }],
  footnote_markers: [],
  divisions: [{ name: '陕西省', surface: '陕', parent: null, quote: '来陕考察' }],
  quantities: [
    {
      indicator: '地区生产总值增长',
      value: 2,
      unit: '%',
      year: 2023,
      kind: 'actual',
      qualifier: null,
      quote: '地区生产总值增长2%',
    },
    {
      indicator: '固定资产投资增长',
      value: -1.8,
      unit: '%',
      year: 2023,
      kind: 'actual',
      qualifier: null,
      quote: '固定资产投资下降1.8%',
    },
  ],
  quoted_terms: [],
  projects: [],
  organizations: [],
};

const graph = (overrides: Partial<GraphReading>): GraphReading => ({
  title: null,
  issuer: '某县人民政府',
  region: '某县',
  years: { execution: 2023, plan: 2024 },
  sections: [{ level: 1, label: '一、', title: '2023年工作回顾' }],
  markers: [],
  divisions: [],
  quantities: [],
  terms: [],
  projects: [],
  organizations: [],
  ...overrides,
});

const at = (quote: string) => Array.from(text.slice(0, text.indexOf(quote))).length;

describe('scoreReport', () => {
  it('counts a quantity only at its printed number, with value, unit and year right', () => {
    const start = at('地区生产总值');
    const score = scoreReport('x', gold, text, {
      ...graph({}),
      quantities: [
        // right value and place, wrong year: no match, and an extra.
        {
          value: 2,
          unit: '%',
          year: 2024,
          kind: 'target',
          qualifier: null,
          start,
          end: start + 9,
          quote: '',
        },
        // right: the number 1.8 lies inside the span; a fall is negative.
        {
          value: -1.8,
          unit: '%',
          year: 2023,
          kind: 'estimate',
          qualifier: null,
          start: at('固定'),
          end: at('固定') + 12,
          quote: '',
        },
      ],
    });
    expect(score.classes.quantities).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.kindRight).toBe(0);
    expect(score.yearsRight).toBe(true);
  });

  it('matches divisions by name and surface, and sections by level and title', () => {
    const score = scoreReport(
      'x',
      gold,
      text,
      graph({
        divisions: [
          { name: '陕西省', surface: '陕' },
          { name: '西安市', surface: '西安' },
        ],
        sections: [{ level: 2, label: '(一)', title: '2023年工作回顾' }],
      }),
    );
    expect(score.classes.divisions).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.classes.sections).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores a refused report as finding nothing', () => {
    const score = scoreReport('x', gold, text, { refused: 'no years' });
    expect(score.refused).toBe('no years');
    expect(score.classes.quantities).toEqual({ tp: 0, fp: 0, fn: 2 });
    const total = totalOf([score, score]);
    expect(recall(total.quantities)).toBe(0);
    expect(precision(total.quantities)).toBe(1);
  });
});

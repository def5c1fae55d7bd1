import { precision, recall, totalOf } from './score';
import { scoreCorpus } from './scoreCorpus';

/**
 * What `npm run score:corpus` reaches on the dev corpus for the structure and the years
 * (issue 13 items 1 and 2), so that neither can regress silently. Raise a threshold when
 * the extraction gets better; never lower one to make a change pass.
 */
describe('score:corpus thresholds', () => {
  const scores = scoreCorpus();
  const total = totalOf(scores);

  it('refuses no report of the dev corpus: none needs a metadata file', () => {
    expect(scores.filter((s) => s.refused).map((s) => [s.report, s.refused])).toEqual([]);
  });

  it('finds every section heading, and nothing else, in every report', () => {
    expect(recall(total.sections)).toBeGreaterThanOrEqual(1);
    expect(precision(total.sections)).toBeGreaterThanOrEqual(1);
  });

  it('reads both years right for all reports but 金华 (its reading has no plan year)', () => {
    // 金华's excerpt is the 2025 work report delivered on 二○二五年一月二十日: a work report
    // plans the year it is delivered in, as 牟定's reading says of its own; its reading says null.
    expect(scores.filter((s) => !s.yearsRight).map((s) => s.report)).toEqual(['jinhua-2025']);
  });
});

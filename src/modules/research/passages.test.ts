import { locatePassageMatch, snippetAround } from './passages';

const text = '先进制造业集群持续壮大。晶硅光伏产业入\n\n选全国民营经济百强产业集群,核医药入围。';

describe('locatePassageMatch', () => {
  it('finds the words across a page break and gives offsets into the paragraph text', () => {
    const match = locatePassageMatch(text, '入选全国');
    expect(match.exact).toBe(true);
    expect(Array.from(text).slice(match.start, match.end).join('')).toBe('入\n\n选全国');
  });

  it('returns the sentence around the match as an exact substring', () => {
    const match = locatePassageMatch(text, '晶硅光伏');
    expect(match.snippet).toBe('晶硅光伏产业入\n\n选全国民营经济百强产业集群,核医药入围。');
    expect(text.includes(match.snippet)).toBe(true);
  });

  it('falls back to the longest part of the query that occurs', () => {
    const match = locatePassageMatch(text, '核医药产业园');
    expect(match.exact).toBe(false);
    expect(Array.from(text).slice(match.start, match.end).join('')).toBe('核医药');
  });

  it('ignores Latin case and full-width forms', () => {
    const match = locatePassageMatch('建设ＡＩ创新中心。', 'ai');
    expect(match).toMatchObject({ start: 2, end: 4, exact: true });
  });

  it('points at the paragraph start when nothing occurs', () => {
    expect(locatePassageMatch(text, '机场')).toMatchObject({ start: 0, end: 0, exact: false });
  });
});

describe('snippetAround', () => {
  it('stops at the reach limit when a sentence runs long', () => {
    const long = '甲'.repeat(200);
    expect(Array.from(snippetAround(long, 100, 102)).length).toBe(102);
  });

  it('does not run into the next sentence when the match ends one', () => {
    expect(snippetAround('第一句。第二句。', 0, 4)).toBe('第一句。');
  });
});

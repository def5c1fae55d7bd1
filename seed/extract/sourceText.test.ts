import { SourceText } from './sourceText';

describe('SourceText', () => {
  it('counts offsets in code points, not UTF-16 units', () => {
    const source = new SourceText('𠀀乐山市');
    expect(source.length).toBe(4);
    expect(source.findAll('乐山')).toEqual([{ start: 1, end: 3 }]);
    expect(source.matchAll(/山市/gu)[0].span).toEqual({ start: 2, end: 4 });
  });

  it('finds a quote across a page break and returns the span of the exact source text', () => {
    const source = new SourceText('成功入\n\n选全国名单');
    const [span] = source.findAll('入选全国');
    expect(span).toEqual({ start: 2, end: 8 });
    expect(source.slice(span.start, span.end)).toBe('入\n\n选全国');
  });

  it('finds overlapping occurrences, so ambiguity is never hidden', () => {
    expect(new SourceText('哈哈哈').findAll('哈哈')).toHaveLength(2);
  });
});

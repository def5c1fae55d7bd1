import { parseChanges, parseGaps, parseQuantities } from './quantities';
import { SourceText } from './sourceText';

const all = (text: string) => ({ start: 0, end: Array.from(text).length });

describe('parseQuantities', () => {
  it('reads value, unit and hedges', () => {
    const text = '超127万吨、控制在5.5%左右、200余场、12.7亿元';
    const found = parseQuantities(new SourceText(text), all(text));
    expect(found.map((q) => [q.value, q.unit, q.qualifier, q.qualifiers])).toEqual([
      [127, '万吨', '超', ['超']],
      [5.5, '%', '左右', ['控制在', '左右']],
      [12.7, '亿元', null, []],
    ]);
  });
});

describe('parseGaps and parseChanges', () => {
  it('signs a gap by its direction and names what it is against', () => {
    const text = '低于预期目标2.5个百分点,高于省下目标0.2个百分点,低于经济增速1.8个百分点';
    expect(parseGaps(new SourceText(text), all(text)).map((g) => [g.value, g.against])).toEqual([
      [-2.5, '预期目标'],
      [0.2, '省下目标'],
      [-1.8, '经济增速'],
    ]);
  });

  it('reads a change in percentage points', () => {
    const text = '提升0.5个百分点,下降1个百分点';
    expect(parseChanges(new SourceText(text), all(text)).map((c) => c.value)).toEqual([0.5, -1]);
  });
});

describe('the forms of other reports', () => {
  it('reads full-width percent signs and digits, a minus sign, and more units', () => {
    const text =
      '增长4.6\uFF05、\uFF16\uFF0E\uFF12%、增长-2.1%、新增装机0.3吉瓦、产能75吉瓦时、5-6%';
    const found = parseQuantities(new SourceText(text), all(text));
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [4.6, '%'],
      [6.2, '%'],
      [-2.1, '%'],
      [0.3, '吉瓦'],
      [75, '吉瓦时'],
      [6, '%'],
    ]);
  });

  it('reads comparisons with the province and 比…低 gaps', () => {
    const text =
      '高于全省1.4个百分点\uFF0C比预期目标低2.5个百分点,超出全省平均水平2.6个百分点,比上年提高1.2个百分点';
    expect(parseGaps(new SourceText(text), all(text)).map((g) => [g.value, g.against])).toEqual([
      [1.4, '全省'],
      [-2.5, '预期目标'],
      [2.6, '全省平均水平'],
    ]);
  });

  it('reads 增长1.1个百分点 as a change', () => {
    const text = '增长1.1个百分点、下滑0.5个百分点';
    expect(parseChanges(new SourceText(text), all(text)).map((c) => c.value)).toEqual([1.1, -0.5]);
  });
});

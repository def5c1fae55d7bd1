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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionOf } from './region';
import { SourceText } from './sourceText';

const region = (text: string) => regionOf(new SourceText(text))?.id;
const opening = (report: string) =>
  readFileSync(join(__dirname, '..', 'corpus', report, 'report.txt'), 'utf8');

describe('regionOf: the division a report is about, from its opening lines', () => {
  it('takes the deepest division named inside the first one (重庆市开州区, (广东省)…湛江市)', () => {
    expect(region(opening('kaizhou-2025'))).toBe('AdminDivision:开州区');
    expect(region(opening('changshou-2025'))).toBe('AdminDivision:长寿区');
    expect(region(opening('zhanjiang-2022'))).toBe('AdminDivision:湛江市');
  });

  it('reads the issuer, the dateline or a news lead when the title names no place', () => {
    expect(region(opening('xinxiang-2024'))).toBe('AdminDivision:新乡市');
    expect(region(opening('jinhua-2025'))).toBe('AdminDivision:金华市');
    expect(region(opening('mouding-2024'))).toBe('AdminDivision:牟定县');
    expect(region(opening('tumotezuoqi-2024'))).toBe('AdminDivision:土默特左旗');
  });

  it('resolves a shared name by the division named before it', () => {
    expect(region('乐山市市中区2024年政府工作报告')).toBe('AdminDivision:市中区');
    expect(region('内江市市中区2024年政府工作报告')).toBe('AdminDivision:内江市市中区');
    expect(region('市中区2024年政府工作报告')).toBeUndefined();
  });

  it('takes a two-character name only as the speaker (沛县人民政府), not inside a word (示范县)', () => {
    expect(region('沛县人民政府工作报告')).toBe('AdminDivision:沛县');
    expect(region('创建国家乡村振兴示范县的报告')).toBeUndefined();
    expect(region('乐山城区快速通道建成通车')).toBeUndefined();
  });

  it('finds none in an opening that names no division', () => {
    expect(region('政府工作报告\n\n各位代表:现在,我代表市人民政府作报告。')).toBeUndefined();
  });
});

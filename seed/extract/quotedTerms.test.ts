import { leshan } from '../../tests/seed/leshan';

describe('extractQuotedTerms on the Leshan report', () => {
  const term = (text: string) => leshan.quotedTerms.filter((t) => t.text === text);

  it('links a quoted term to the marker right after it', () => {
    expect(term('三大使命任务')[0]).toMatchObject({
      footnoteNumber: 1,
      footnoteOrdinal: 1,
      paragraphId: 'Paragraph:leshan-2025:6',
    });
    expect(term('三大使命任务')[1].footnoteNumber).toBeNull();
  });

  it('links a marker a few words after the term (“两业”融合^{〔23〕})', () => {
    expect(term('两业')[0].footnoteNumber).toBe(23);
    expect(term('七包四主')[0].footnoteNumber).toBe(28);
    expect(term('无废城市').map((t) => t.footnoteNumber)).toEqual([14, 38]);
  });

  it('leaves slogans without markers unlinked', () => {
    expect(term('节奏更快、效率更高、质量更优').every((t) => t.footnoteNumber === null)).toBe(true);
  });
});

import { sentenceAround } from './sentence';

describe('sentenceAround', () => {
  const text =
    '设立政府产业投资引导母基金。出台“1+N”新政策体系^{〔25〕},变前端为后端的扶持。提高质效';

  it('returns the sentence that holds the offset, with its full stop', () => {
    expect(sentenceAround(text, text.indexOf('^'))).toBe(
      '出台“1+N”新政策体系^{〔25〕},变前端为后端的扶持。',
    );
  });

  it('returns the unfinished last sentence as it stands', () => {
    expect(sentenceAround(text, text.length - 1)).toBe('提高质效');
  });
});

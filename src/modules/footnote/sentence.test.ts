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

describe('sentenceAround in a report written with full-width punctuation', () => {
  // U+FF1B semicolon, U+FF01 exclamation and U+FF1F question marks end sentences too.
  const text = '一是稳增长\uFF1B二是出台新政策〔3〕\uFF0C扩大投资\uFF01三是谁来做\uFF1F四是改革';

  it.each([
    ['\uFF1B', '二是出台新政策〔3〕\uFF0C扩大投资\uFF01', text.indexOf('〔')],
    ['\uFF01 and \uFF1F', '三是谁来做\uFF1F', text.indexOf('谁')],
    ['\uFF1B at the start', '一是稳增长\uFF1B', 1],
  ])('stops at %s', (_marks, sentence, offset) => {
    expect(sentenceAround(text, offset)).toBe(sentence);
  });
});

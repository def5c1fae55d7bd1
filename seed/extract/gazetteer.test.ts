import { childrenOf, divisionById, GAZETTEER, withAncestors } from './gazetteer';

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
    expect(GAZETTEER).toHaveLength(14);
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
});

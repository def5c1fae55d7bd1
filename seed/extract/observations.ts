import { type ObservationKind } from '../vocabulary';
import { HEADLINE_TERMS, type HeadlineTerm } from './headlineIndicators';
import { COMMA, SEMICOLON, SENTENCE_END as SENTENCE_ENDS } from './punctuation';
import {
  parseChanges,
  parseGaps,
  parseQuantities,
  type PointsPhrase,
  type Quantity,
} from './quantities';
import { SourceText, type Span } from './sourceText';
import { partRoles, type ReportYears } from './metadata';
import { type ParagraphInfo, type SectionInfo } from './structure';

export interface ExtractedObservation extends Span {
  id: string;
  /** The Indicator's name; its id is `Indicator:<name>`. */
  indicator: string;
  year: number;
  kind: ObservationKind;
  value: number;
  unit: string;
  qualifier: string | null;
  qualifiers: string[];
  /** The number as written, e.g. 4.5%左右. */
  text: string;
  /**
   * `change`: the value is a change in percentage points (提高0.5个百分点), not a level;
   * `rank`: a place in a ranking (居全省第2位).
   */
  measure: 'level' | 'change' | 'rank';
  /** A target stated in words (与经济增长基本同步), the value then null. */
  wording?: string | null;
  /** The first year of a cumulative figure (2021 for 累计增长 over 2021-2024). */
  periodStart?: number | null;
  /** The upper end of a range (6.5 for 6%—6.5%). */
  valueMax?: number | null;
  change: number | null;
  changeUnit: string | null;
  /** Signed difference from `gapAgainst` in percentage points (低于 → negative). */
  gap: number | null;
  gapUnit: string | null;
  gapText: string | null;
  gapAgainst: string | null;
  /**
   * Whether `gapAgainst` is a target (预期目标, 年初目标, 计划 …) rather than another rate
   * (全省, 经济增速); null without a gap. Decided here, once, for every reader of the graph.
   */
  gapAgainstTarget: boolean | null;
  /** True when the text says the target was met (完成/符合预期目标), false when missed. */
  met: boolean | null;
  /** For a derived target: how it follows from the estimate and the gap. */
  derivation: string | null;
  paragraphId: string;
  quote: string;
  /** Where the indicator is named (地区生产总值, 参保率 …): a mention of the Indicator. */
  term: Span & { surface: string };
}

/** How far after an indicator's name its number may start (增长, 分别增长, 控制在 …). */
const MAX_DISTANCE = 8;
const CONTEXT_WINDOW = 30;
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`, 'u');
const CLAUSE = `[^${COMMA}。${SEMICOLON}]`;
const MET = new RegExp(
  `(完成|符合|达到|实现)了?${CLAUSE}{0,4}?目标|控制在${CLAUSE}{0,4}?目标(以内|范围内|之内)`,
  'u',
);
const MISSED = /未(完成|达到|实现)/u;
/** 完成年度目标的102.3%: met when the share is 100% or more. */
const SHARE_OF_TARGET = new RegExp(
  `完成了?${CLAUSE}{0,4}?目标(?:任务)?的(\\d+(?:\\.\\d+)?)[%\\uFF05]`,
  'u',
);
/** The words before a number that make it a rate of growth (下降 makes it negative). */
const GROWTH = /增长|增速|增幅|下降|减少|回落|下滑|降低/u;
const FALLING = /(下降|减少|回落|下滑|降低)了?$/u;
/** 预期增长7%, 年初目标7%: the value is the target the year was planned with. */
const STATED_TARGET = /预期|目标|计划/u;
/** 实际增长6.2%, 预计完成6.2%: after a stated target, the value reached. */
const ACHIEVED = /完成|实现|实际|预计|达到/u;
/** The words of 分别达到43856元、22410元 between the numbers of one list. */
const LIST_SEPARATOR = new RegExp(`^[、和及与${COMMA}\\s]*$`, 'u');
/**
 * Words right before an indicator's name that make it another indicator: 占地区生产总值比重
 * (a share), 单位地区生产总值能耗 (an intensity), 人均地区生产总值, 户籍人口城镇化率.
 */
const NOT_AFTER = ['占', '单位', '人均', '户籍人口'];

/**
 * Headline quantities of the parts that report or plan: the execution part gives estimates
 * of the execution year, the plan part targets of the plan year. Which part is which comes
 * from its heading (一、2023年…执行情况, 三、2024年…主要目标: see metadata.ts), so a part that
 * does neither (二、存在的主要问题) gives nothing; without such headings, part 一 is the
 * execution and part 二 the plan. A gap against a target (低于预期目标2.5个百分点)
 * also yields the implied target as a `derived` observation; a gap against another rate
 * (低于经济增速1.8个百分点, 高于全省1.4个百分点) is kept on the estimate only.
 */
export function extractHeadlineObservations(
  source: SourceText,
  slug: string,
  paragraphs: ParagraphInfo[],
  years: ReportYears,
  sections: SectionInfo[] = [],
): ExtractedObservation[] {
  const planOf = partPlans(sections, years);
  const found = new Map<string, ExtractedObservation>();
  for (const paragraph of paragraphs) {
    if (paragraph.partIndex === null) continue;
    const plan = planOf(paragraph.partIndex);
    if (!plan) continue;
    for (const observation of observationsIn(source, paragraph, slug, plan.year, plan.kind)) {
      // The head of a part comes first; a later repetition does not replace it.
      if (!found.has(observation.id)) found.set(observation.id, observation);
    }
  }
  return [...found.values()];
}

interface PartPlan {
  year: number;
  kind: ObservationKind;
}

/**
 * Part index → the year it speaks of and whether it reports (estimate) or plans (target):
 * the part's role (metadata.ts, partRoles) with the report's year for that role.
 */
function partPlans(
  sections: SectionInfo[],
  years: ReportYears,
): (index: number) => PartPlan | null {
  const parts = sections.filter((s) => s.level === 1);
  const roles = partRoles(parts, years);
  return (index) => {
    const role = roles[index] ?? null;
    const year = role ? years[role] : null;
    if (!role || year === null) return null;
    return { year, kind: role === 'execution' ? 'estimate' : 'target' };
  };
}

interface Occurrence extends Span {
  term: HeadlineTerm;
}

/** What follows one occurrence of a headline term, up to the next term or the sentence's end. */
interface Reading {
  source: SourceText;
  slug: string;
  paragraph: ParagraphInfo;
  occurrence: Occurrence;
  /** The chunk after the term, in source offsets. */
  chunk: Span;
  /** The chunk with parenthesised asides blanked; offsets into it are chunk-relative. */
  clause: SourceText;
  gaps: PointsPhrase[];
  changes: PointsPhrase[];
  values: Quantity[];
  /** An observation of `indicator` read here, of the part's kind unless `as` says otherwise. */
  make(
    indicator: string,
    fields: Partial<ExtractedObservation> & Span,
    as?: ObservationKind,
  ): ExtractedObservation;
}

function observationsIn(
  source: SourceText,
  paragraph: ParagraphInfo,
  slug: string,
  year: number,
  kind: ObservationKind,
): ExtractedObservation[] {
  const occurrences = termsIn(source, paragraph);
  return occurrences.flatMap((occurrence, index) => {
    const make =
      (met: boolean | null): Reading['make'] =>
      (indicator, fields, as = kind) =>
        observation(
          source,
          slug,
          paragraph,
          occurrence,
          year,
          as,
          indicator,
          as === kind ? met : null,
          fields,
        );
    const reading = readAfter(
      source,
      slug,
      paragraph,
      occurrence,
      occurrences[index + 1],
      make,
      kind,
    );
    if (!reading) return [];
    if (distributesList(reading)) return listedValues(reading);
    return [...sequentialValues(reading, kind), ...changeTargets(reading)];
  });
}

/**
 * Reads the values, gaps and changes after an occurrence; null when no number follows
 * within MAX_DISTANCE characters of it (a verdict such as 完成预期目标 does not count).
 */
function readAfter(
  source: SourceText,
  slug: string,
  paragraph: ParagraphInfo,
  occurrence: Occurrence,
  next: Occurrence | undefined,
  maker: (met: boolean | null) => Reading['make'],
  kind: ObservationKind,
): Reading | null {
  const sentence = sentenceAround(source, paragraph, occurrence);
  const chunk: Span = {
    start: occurrence.end,
    end: Math.min(next?.start ?? Infinity, sentence.end),
  };
  const clause = withoutParentheses(source, chunk);
  const gaps = parseGaps(clause, whole(clause));
  const changes = parseChanges(clause, whole(clause)).filter((c) => !overlapsAny(c, gaps));
  const values = parseQuantities(clause, whole(clause)).filter(
    (q) => !overlapsAny(q, gaps) && !overlapsAny(q, changes),
  );
  const first = Math.min(values[0]?.start ?? Infinity, changes[0]?.start ?? Infinity);
  // Parenthesised asides ((CPI), (同比,下同)) are blanked and do not count, nor does a
  // verdict before the number (完成预期目标,增长8.5%; 控制在预期目标以内,为5.4%).
  const lead = first === Infinity ? '' : clause.slice(0, first).replace(/\u3000/gu, '');
  if (first === Infinity || Array.from(lead.replace(MET, '')).length > MAX_DISTANCE) return null;
  const met = kind === 'estimate' ? metIn(source.slice(sentence.start, sentence.end)) : null;
  return {
    source,
    slug,
    paragraph,
    occurrence,
    chunk,
    clause,
    gaps,
    changes,
    values,
    make: maker(met),
  };
}

/** A span of the clause in source offsets. */
function shifted<T extends Span>(reading: Reading, span: T): T {
  return { ...span, start: span.start + reading.chunk.start, end: span.end + reading.chunk.start };
}

function between(reading: Reading, from: number, to: number): string {
  return reading.clause.slice(from, to);
}

/** The phrases that stand between `after` and the next value. */
function nextTo(reading: Reading, after: Quantity, spans: PointsPhrase[]): PointsPhrase[] {
  return spans.filter(
    (g) =>
      g.start >= after.end && !reading.values.some((v) => v.start > after.end && v.end <= g.start),
  );
}

/** 分别…: a term that names several indicators at once, followed by a list of values. */
function distributesList(reading: Reading): boolean {
  const { term } = reading.occurrence;
  return (
    !!term.split &&
    /分别/.test(between(reading, 0, reading.values[0]?.start ?? 0)) &&
    reading.values.length >= 2
  );
}

/**
 * 分别达到43856元、22410元,分别增长4.6%、6.3%左右: each list names urban, then rural; a
 * trailing 左右 hedges every number of its list.
 */
function listedValues(reading: Reading): ExtractedObservation[] {
  const { term } = reading.occurrence;
  const observations: ExtractedObservation[] = [];
  let previousEnd = 0;
  for (const list of listsOf(reading.values, (from, to) => between(reading, from, to))) {
    const words = between(reading, previousEnd, list[0].start);
    previousEnd = list[list.length - 1].end;
    const growth = GROWTH.test(words);
    const indicators = growth ? term.split : list[0].unit === '%' ? undefined : term.splitLevel;
    if (!indicators || list.length < 2) continue;
    const last = list[list.length - 1];
    indicators.forEach((indicator, i) => {
      const quantity = list[i];
      if (!quantity) return;
      const value = shifted(reading, quantity);
      observations.push(
        reading.make(indicator, {
          ...fromQuantity(value),
          value: signedValue(value.value, growth && FALLING.test(words)),
          qualifier: value.qualifier ?? last.qualifier,
          qualifiers: value.qualifiers.length ? value.qualifiers : last.qualifiers,
          start: reading.occurrence.start,
          end: reading.chunk.start + last.end,
        }),
      );
    });
  }
  return observations;
}

/**
 * The values after one term in turn: a level, a growth, a stated target and the value
 * reached after it (预期增长7%,实际增长6.2%), each with the gap or change that follows it.
 */
function sequentialValues(reading: Reading, kind: ObservationKind): ExtractedObservation[] {
  const { source, slug, paragraph, occurrence, values, gaps, changes } = reading;
  const { term } = occurrence;
  const observations: ExtractedObservation[] = [];
  let previousEnd = 0;
  const used = new Set<string>();
  let statedTarget: string | undefined;
  values.forEach((quantity, i) => {
    const words = between(reading, previousEnd, quantity.start);
    // The words of this value alone, after any gap or change phrase before it.
    const own = between(
      reading,
      Math.max(
        previousEnd,
        ...[...gaps, ...changes].filter((p) => p.end <= quantity.start).map((p) => p.end),
      ),
      quantity.start,
    );
    previousEnd = quantity.end;
    const growth = GROWTH.test(words);
    // 预期增长7%,实际增长6.2%: in the report on the first year, a value said to be the
    // target is that year's stated target; the value after it is the estimate.
    const stated = kind === 'estimate' && STATED_TARGET.test(own) && !MET.test(own);
    // A price index's level is itself a change: 居民消费价格上涨1.9% / 下降0.3%.
    let indicator = term.levelIsChange
      ? i === 0
        ? term.level
        : undefined
      : growth
        ? term.growth
        : i === 0
          ? term.level
          : undefined;
    if (statedTarget && !stated && ACHIEVED.test(own)) indicator = statedTarget;
    const as: ObservationKind = stated ? 'target' : kind;
    if (!indicator || used.has(`${indicator}:${as}`)) return;
    used.add(`${indicator}:${as}`);
    statedTarget = stated ? indicator : undefined;
    if (stated) {
      const value = shifted(reading, quantity);
      observations.push(
        reading.make(
          indicator,
          { ...fromQuantity(value), start: occurrence.start, end: value.end },
          as,
        ),
      );
      return;
    }
    // 下降3.6%: the value is negative, and its text says why.
    const fall = growth || term.levelIsChange ? FALLING.exec(words)?.[0] : undefined;
    const following = nextTo(reading, quantity, gaps);
    // 高于全省0.2个百分点,低于预期目标0.8个百分点: the target is what the gap is about.
    const gap = following.find(isTarget) ?? following[0];
    // A rate's change in points, before (提升0.5个百分点,达56.3%) or after its level.
    const change =
      growth || !term.rate || quantity.unit !== '%'
        ? undefined
        : (changes.find((c) => c.end <= quantity.start) ?? nextTo(reading, quantity, changes)[0]);
    const last = Math.max(quantity.end, gap?.end ?? 0, change?.end ?? 0);
    const value = shifted(reading, quantity);
    const withGap = gap ? shifted(reading, gap) : undefined;
    // 力争增长7%: the hedge stands before the growth word, not before the number.
    const striving = /力争/.test(words) && !value.qualifiers.includes('力争');
    const qualifiers = striving ? ['力争', ...value.qualifiers] : value.qualifiers;
    const estimate = reading.make(indicator, {
      ...fromQuantity(value),
      value: signedValue(value.value, !!fall),
      text: fall ? `${fall}${value.text}` : value.text,
      qualifiers,
      qualifier: value.qualifier ?? (striving ? '力争' : null),
      ...(change ? { change: change.value, changeUnit: '个百分点' } : {}),
      ...(withGap ? gapFields(withGap) : {}),
      ...(withGap && isTarget(withGap) && kind === 'estimate' ? { met: withGap.value >= 0 } : {}),
      start: occurrence.start,
      end: reading.chunk.start + last,
    });
    observations.push(estimate);
    if (withGap && isTarget(withGap) && value.unit === '%' && kind === 'estimate') {
      observations.push(derivedTarget(source, slug, paragraph, estimate, withGap));
    }
  });
  return observations;
}

/**
 * 常住人口城镇化率提高0.5个百分点左右: the target is a change, not a level. Only a rate
 * has one (a change of 增速 is a change of the growth rate, whose level is unknown).
 */
function changeTargets(reading: Reading): ExtractedObservation[] {
  const { values, changes, occurrence } = reading;
  const { term } = occurrence;
  const before = changes[0] ? between(reading, 0, changes[0].start) : '';
  if (
    values.length > 0 ||
    changes.length === 0 ||
    !term.level ||
    !term.rate ||
    /增速|增幅/.test(before)
  ) {
    return [];
  }
  const change = shifted(reading, changes[0]);
  const suffix = /左右$/.test(change.text) ? '左右' : null;
  return [
    reading.make(term.level, {
      value: Math.abs(change.value),
      unit: '个百分点',
      qualifier: suffix,
      qualifiers: suffix ? [suffix] : [],
      text: change.text,
      measure: 'change',
      change: change.value,
      changeUnit: '个百分点',
      start: occurrence.start,
      end: change.end,
    }),
  ];
}

/** The values split into lists: numbers separated by nothing but 、 和 and commas. */
function listsOf(values: Quantity[], between: (from: number, to: number) => string): Quantity[][] {
  const lists: Quantity[][] = [];
  for (const value of values) {
    const list = lists[lists.length - 1];
    const previous = list?.[list.length - 1];
    if (
      previous &&
      LIST_SEPARATOR.test(between(previous.end, value.start)) &&
      previous.unit === value.unit
    ) {
      list.push(value);
    } else {
      lists.push([value]);
    }
  }
  return lists;
}

function signedValue(value: number, falling: boolean): number {
  return falling && value > 0 ? -value : value;
}

function observation(
  source: SourceText,
  slug: string,
  paragraph: ParagraphInfo,
  occurrence: Occurrence,
  year: number,
  kind: ObservationKind,
  indicator: string,
  met: boolean | null,
  fields: Partial<ExtractedObservation> & Span,
): ExtractedObservation {
  return {
    id: `Observation:${slug}:${indicator}:${year}:${kind}`,
    indicator,
    year,
    kind,
    value: 0,
    unit: '',
    qualifier: null,
    qualifiers: [],
    text: '',
    measure: 'level',
    change: null,
    changeUnit: null,
    gap: null,
    gapUnit: null,
    gapText: null,
    gapAgainst: null,
    gapAgainstTarget: null,
    met,
    derivation: null,
    paragraphId: paragraph.id,
    ...fields,
    quote: source.slice(fields.start ?? occurrence.start, fields.end),
    term: {
      start: occurrence.start,
      end: occurrence.end,
      surface: source.slice(occurrence.start, occurrence.end),
    },
  };
}

function fromQuantity(quantity: Quantity): Partial<ExtractedObservation> {
  return {
    value: quantity.value,
    unit: quantity.unit,
    qualifier: quantity.qualifier,
    qualifiers: quantity.qualifiers,
    text: quantity.text,
  };
}

function gapFields(gap: PointsPhrase): Partial<ExtractedObservation> {
  return {
    gap: gap.value,
    gapUnit: '个百分点',
    gapText: gap.text,
    gapAgainst: gap.against,
    gapAgainstTarget: isTarget(gap),
  };
}

/** 预期目标, 年初目标, 省下目标, 预期, 计划: a target; 全省, 经济增速: a comparison. */
function isTarget(gap: PointsPhrase): boolean {
  return gap.against !== null && /(目标|预期|计划)$/u.test(gap.against);
}

/** 4.5%, 2.5 points below target → the target was 7%. */
function derivedTarget(
  source: SourceText,
  slug: string,
  paragraph: ParagraphInfo,
  estimate: ExtractedObservation,
  gap: PointsPhrase,
): ExtractedObservation {
  const value = round(estimate.value - gap.value);
  const sign = gap.value < 0 ? '+' : '-';
  return {
    ...estimate,
    id: `Observation:${slug}:${estimate.indicator}:${estimate.year}:derived`,
    kind: 'derived',
    value,
    qualifier: null,
    qualifiers: [],
    text: gap.text,
    change: null,
    changeUnit: null,
    met: null,
    derivation: `${estimate.value} ${sign} ${Math.abs(gap.value)} = ${value} (${estimate.text}, ${gap.text})`,
    paragraphId: paragraph.id,
    start: gap.start,
    end: gap.end,
    quote: source.slice(gap.start, gap.end),
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function metIn(sentence: string): boolean | null {
  if (MISSED.test(sentence)) return false;
  const share = SHARE_OF_TARGET.exec(sentence);
  if (share) return Number(share[1]) >= 100;
  return MET.test(sentence) ? true : null;
}

/** Occurrences of headline terms in a paragraph, longest first, never overlapping. */
function termsIn(source: SourceText, paragraph: ParagraphInfo): Occurrence[] {
  const candidates = HEADLINE_TERMS.flatMap((term) =>
    source.findAll(term.surface, paragraph).map((span) => ({ ...span, term })),
  ).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Occurrence[] = [];
  for (const candidate of candidates) {
    if (chosen.some((c) => c.start < candidate.end && candidate.start < c.end)) continue;
    if (candidate.term.context && !contextBefore(source, paragraph, candidate)) continue;
    const preceding = source.slice(Math.max(paragraph.start, candidate.start - 4), candidate.start);
    if (NOT_AFTER.some((word) => preceding.endsWith(word))) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function contextBefore(
  source: SourceText,
  paragraph: ParagraphInfo,
  occurrence: Occurrence,
): boolean {
  const sentence = sentenceAround(source, paragraph, occurrence);
  const from = Math.max(sentence.start, occurrence.start - CONTEXT_WINDOW);
  return source.slice(from, occurrence.start).includes(occurrence.term.context!);
}

function sentenceAround(source: SourceText, paragraph: ParagraphInfo, span: Span): Span {
  let start = span.start;
  while (start > paragraph.start && !SENTENCE_END.test(source.charAt(start - 1))) start--;
  let end = span.end;
  while (end < paragraph.end && !SENTENCE_END.test(source.charAt(end))) end++;
  return { start, end };
}

/**
 * The chunk with parenthesised asides (同比,下同) blanked out, as a SourceText of the
 * same length, so offsets found in it are offsets into the chunk.
 */
function withoutParentheses(source: SourceText, chunk: Span): SourceText {
  let depth = 0;
  const chars = Array.from(source.slice(chunk.start, chunk.end)).map((char) => {
    if (char === '(' || char === '\uFF08') depth++;
    const blank = depth > 0 || /\s/u.test(char);
    if ((char === ')' || char === '\uFF09') && depth > 0) depth--;
    return blank ? '\u3000' : char;
  });
  return new SourceText(chars.join(''));
}

function whole(text: SourceText): Span {
  return { start: 0, end: text.length };
}

function overlapsAny(span: Span, others: Span[]): boolean {
  return others.some((other) => other.start < span.end && span.start < other.end);
}

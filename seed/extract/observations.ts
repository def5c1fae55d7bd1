import { ObservationKind } from '../vocabulary';
import { HEADLINE_TERMS, HeadlineTerm } from './headlineIndicators';
import { parseChanges, parseGaps, parseQuantities, PointsPhrase, Quantity } from './quantities';
import { SourceText, Span } from './sourceText';
import { ParagraphInfo } from './structure';

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
  /** `change`: the value is a change in percentage points (提高0.5个百分点), not a level. */
  measure: 'level' | 'change';
  change: number | null;
  changeUnit: string | null;
  /** Signed difference from `gapAgainst` in percentage points (低于 → negative). */
  gap: number | null;
  gapUnit: string | null;
  gapText: string | null;
  gapAgainst: string | null;
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
const SENTENCE_END = /[。;;!!]/u;
const MET = /(完成|符合|达到|实现)了?(预期|年度|全年)?目标/u;
const MISSED = /未(完成|达到|实现)/u;

/**
 * Headline quantities of the parts that carry a year: the first part reports the first
 * year's estimates, the second states the next year's targets. A gap against a target
 * (低于预期目标2.5个百分点) also yields the implied target as a `derived` observation; a
 * gap against another rate (低于经济增速1.8个百分点) is kept on the estimate only.
 */
export function extractHeadlineObservations(
  source: SourceText,
  slug: string,
  paragraphs: ParagraphInfo[],
  years: number[],
): ExtractedObservation[] {
  const found = new Map<string, ExtractedObservation>();
  for (const paragraph of paragraphs) {
    if (paragraph.partIndex === null || paragraph.partIndex > 1) continue;
    const year = years[paragraph.partIndex];
    if (year === undefined) continue;
    const kind: ObservationKind = paragraph.partIndex === 0 ? 'estimate' : 'target';
    for (const observation of observationsIn(source, paragraph, slug, year, kind)) {
      // The head of a part comes first; a later repetition does not replace it.
      if (!found.has(observation.id)) found.set(observation.id, observation);
    }
  }
  return [...found.values()];
}

interface Occurrence extends Span {
  term: HeadlineTerm;
}

function observationsIn(
  source: SourceText,
  paragraph: ParagraphInfo,
  slug: string,
  year: number,
  kind: ObservationKind,
): ExtractedObservation[] {
  const occurrences = termsIn(source, paragraph);
  const observations: ExtractedObservation[] = [];
  occurrences.forEach((occurrence, index) => {
    const sentence = sentenceAround(source, paragraph, occurrence);
    const chunk: Span = {
      start: occurrence.end,
      end: Math.min(occurrences[index + 1]?.start ?? Infinity, sentence.end),
    };
    const clause = withoutParentheses(source, chunk);
    const gaps = parseGaps(clause, whole(clause));
    const changes = parseChanges(clause, whole(clause)).filter((c) => !overlapsAny(c, gaps));
    const values = parseQuantities(clause, whole(clause)).filter(
      (q) => !overlapsAny(q, gaps) && !overlapsAny(q, changes),
    );
    const first = Math.min(values[0]?.start ?? Infinity, changes[0]?.start ?? Infinity);
    if (first > MAX_DISTANCE) return;

    const shift = <T extends Span>(span: T): T => ({
      ...span,
      start: span.start + chunk.start,
      end: span.end + chunk.start,
    });
    const sentenceText = source.slice(sentence.start, sentence.end);
    const met = kind === 'estimate' ? metIn(sentenceText) : null;
    const make = (indicator: string, fields: Partial<ExtractedObservation> & Span) =>
      observation(source, slug, paragraph, occurrence, year, kind, indicator, met, fields);
    const between = (from: number, to: number) => clause.slice(from, to);

    const { term } = occurrence;
    if (term.split && /分别/.test(between(0, values[0]?.start ?? 0)) && values.length >= 2) {
      // 分别增长4.5%、6.6%左右: a trailing 左右 hedges every number of the list.
      const shared = values[1].qualifier ?? values[0].qualifier;
      term.split.forEach((indicator, i) => {
        const value = shift(values[i]);
        observations.push(
          make(indicator, {
            ...fromQuantity(value),
            qualifier: value.qualifier ?? shared,
            qualifiers: value.qualifiers.length ? value.qualifiers : values[1].qualifiers,
            start: occurrence.start,
            end: chunk.start + values[1].end,
          }),
        );
      });
      return;
    }

    let previousEnd = 0;
    const used = new Set<string>();
    values.forEach((quantity, i) => {
      const growth = /增长|增速/.test(between(previousEnd, quantity.start));
      previousEnd = quantity.end;
      const indicator = growth ? term.growth : i === 0 ? term.level : undefined;
      if (!indicator || used.has(indicator)) return;
      used.add(indicator);
      const gap = gaps.find(
        (g) =>
          g.start >= quantity.end &&
          !values.some((v) => v.start > quantity.end && v.end <= g.start),
      );
      const change = growth ? undefined : changes.find((c) => c.end <= quantity.start);
      const last = Math.max(quantity.end, gap?.end ?? 0, change?.end ?? 0);
      const value = shift(quantity);
      const withGap = gap ? shift(gap) : undefined;
      const estimate = make(indicator, {
        ...fromQuantity(value),
        ...(change ? { change: change.value, changeUnit: '个百分点' } : {}),
        ...(withGap ? gapFields(withGap) : {}),
        ...(withGap && isTarget(withGap) && kind === 'estimate' ? { met: withGap.value >= 0 } : {}),
        start: occurrence.start,
        end: chunk.start + last,
      });
      observations.push(estimate);
      if (withGap && isTarget(withGap) && value.unit === '%' && kind === 'estimate') {
        observations.push(derivedTarget(source, slug, paragraph, estimate, withGap));
      }
    });

    if (values.length === 0 && changes.length > 0 && term.level) {
      // 常住人口城镇化率提高0.5个百分点左右: the target is a change, not a level.
      const change = shift(changes[0]);
      const suffix = /左右$/.test(change.text) ? '左右' : null;
      observations.push(
        make(term.level, {
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
      );
    }
  });
  return observations;
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
  return { gap: gap.value, gapUnit: '个百分点', gapText: gap.text, gapAgainst: gap.against };
}

function isTarget(gap: PointsPhrase): boolean {
  return gap.against !== null && gap.against.endsWith('目标');
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
    if (char === '(' || char === '(') depth++;
    const blank = depth > 0 || /\s/u.test(char);
    if ((char === ')' || char === ')') && depth > 0) depth--;
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

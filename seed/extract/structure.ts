import {
  CLOSE_PAREN,
  CLOSE_SQUARE,
  COLON,
  COMMA,
  DASH,
  DIGIT,
  DOT,
  EXCLAMATION,
  OPEN_PAREN,
  PERCENT,
  QUESTION,
  SEMICOLON,
} from './punctuation';
import { looksLikeIssuer, looksLikeTitle } from './metadata';
import { type SourceText, type Span } from './sourceText';

export interface SectionInfo {
  id: string;
  /** `preamble`, `一、` or `二、(三)` (ASCII parentheses, as in seed/README.md). */
  label: string;
  title: string | null;
  /** 0 for the preamble, 1 for a part 一、, 2 for a sub-section (一). */
  level: 0 | 1 | 2;
  /** 1-based among its siblings (the preamble is 0). */
  order: number;
  /** The section's extent: from its heading to the end of its last paragraph. */
  start: number;
  end: number;
  /** The heading line (e.g. (一)区域中心城市能级不断提升); null for the preamble. */
  heading: (Span & { text: string }) | null;
  parentId: string | null;
  /** 0-based index of the part 一、 二、 … it belongs to; null in the preamble. */
  partIndex: number | null;
}

export interface ParagraphInfo {
  id: string;
  /** 1-based, document-wide. */
  order: number;
  start: number;
  end: number;
  /** Exactly `source.slice(start, end)`, page-break newlines included. */
  text: string;
  /** `text` with the whitespace of page breaks removed: the paragraph as it reads. */
  plainText: string;
  /** True when the paragraph was rejoined across a page break. */
  pageBreak: boolean;
  /** The run-in lead sentence (e.g. 建设千亿产业集群。), exact source text, or null. */
  lead: string | null;
  sectionId: string;
  partIndex: number | null;
}

export interface DocumentStructure {
  sections: SectionInfo[];
  paragraphs: ParagraphInfo[];
}

const NUMERAL = '[一二三四五六七八九十]+';
const OPEN = `[${OPEN_PAREN}]`;
const CLOSE = `[${CLOSE_PAREN}]`;
// 一、 as the genre writes it, and 一. as typed or OCR'd reports sometimes do.
const PART_HEADING = new RegExp(`^(${NUMERAL})\\s*[、${DOT}]\\s*(.*)$`, 'su');
/** 第一部分 (or 第一章) 回顾: a part numbered in words. */
const WORDED_PART_HEADING = new RegExp(`^第(${NUMERAL})(部分|章)\\s*[${COLON}、]?\\s*(.*)$`, 'su');
/** 【一年来的主要工作】: a heading in lenticular brackets (【1】 is a footnote marker). */
const BRACKET_HEADING = /^【([^】\d][^】]{0,40})】$/u;
const SUB_HEADING = new RegExp(`^${OPEN}\\s*(${NUMERAL})\\s*${CLOSE}\\s*(.*)$`, 'su');
/** A heading is a short line without a full stop; body paragraphs may start with (一) too. */
const MAX_HEADING_LENGTH = 60;
/** (一)坚定不移推进产业强市。正文…: a sub-heading run into its first paragraph. */
const RUN_IN_HEADING = new RegExp(`^${OPEN}\\s*(${NUMERAL})\\s*${CLOSE}`, 'u');
const MAX_RUN_IN_LENGTH = 50;
const STOPS = `。${SEMICOLON}${EXCLAMATION}${QUESTION}`;
// A stop ends a block; so does a period (ASCII or full-width), unless it follows a digit.
const SENTENCE_FINAL = new RegExp(`(?:[${STOPS}${COLON}]|(?<![${DIGIT}])[${DOT}])$`, 'u');
const TRAILING_CLOSERS = new RegExp(`[”’"'${CLOSE_PAREN}${CLOSE_SQUARE}」』》〕】]+$`, 'u');
const LEAD_MAX_LENGTH = 25;
const NOT_IN_LEAD = new RegExp(`[${COMMA}${SEMICOLON}${COLON}\\s]`, 'u');
/** A page footer left between blocks by the conversion: — 3 —, -3-, 第3页, 3. */
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASH}]+\\s*\\d{1,3}\\s*[${DASH}]+|第\\s*\\d{1,3}\\s*页(?:\\s*[${COMMA}]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3})$`,
  'u',
);
/** The number of a sub-item (1. 1、 (1) ⑴) or of a list (一是), before a paragraph's words. */
const ITEM_NUMBER = new RegExp(
  `^(?:[${DIGIT}]{1,2}\\s*[${DOT}、](?![${DIGIT}])|${OPEN}[${DIGIT}]{1,2}${CLOSE}|[\\u2474-\\u2487]|${NUMERAL}是)\\s*`,
  'u',
);
const LIST_NUMBER = new RegExp(`^${NUMERAL}是`, 'u');
/** The longest first sentence of a run-in 1. heading (1.经济运行稳中向好。…). */
const MAX_DIGIT_RUN_IN = 30;
/** A figure in a numbered line makes it an item of a list of indicators, not a heading. */
const HAS_FIGURE = new RegExp(`[${DIGIT}${PERCENT}]`, 'u');
/** 1. and 1、 of a sub-item or sub-section title (ASCII digits: the number is read). */
const DIGIT_ITEM = new RegExp(`^(\\d{1,2})\\s*[${DOT}、](?![${DIGIT}])\\s*`, 'u');
const MAX_ITEM_LINE_LENGTH = 40;
const HAS_STOP = new RegExp(`[${STOPS}]`, 'u');
/** The salutation's introduction (受…委托,现将…提请…审议): the preamble ends with it. */
const INTRODUCTION = /审议|审查|提出意见|报告如下/u;
/** A newspaper's continuation note on a line of its own: (紧转第3版), (上接第1版). */
const CONTINUATION = new RegExp(
  `^[${OPEN_PAREN}]?\\s*(?:紧|上|下)?(?:转|接)(?:第)?\\s*[${DIGIT}一二三四五六七八九十]{1,3}\\s*版\\s*[${CLOSE_PAREN}]?$`,
  'u',
);
/** The second line of a heading broken in two is short and has no punctuation at all. */
const MAX_HEADING_TAIL = 30;
const NOT_IN_HEADING_TAIL = new RegExp(
  `[${STOPS}${COMMA}${COLON}${OPEN_PAREN}${CLOSE_PAREN}、——“”"\\s]|\\d{4}年`,
  'u',
);
/** A running head repeats; a short line without a stop seen this often in the body is one. */
const RUNNING_HEAD_REPEATS = 2;
const MAX_RUNNING_HEAD_LENGTH = 40;
/** An unnumbered heading line (2023年工作回顾, 重点工作任务:) is short and has no clause mark. */
const MAX_UNLABELED_HEADING_LENGTH = 30;
const NOT_IN_UNLABELED_HEADING = new RegExp(`[${STOPS}${COMMA}${COLON}、]`, 'u');
const TRAILING_COLON = new RegExp(`[${COLON}]$`, 'u');

interface Heading {
  level: 1 | 2;
  /** The heading's number in words or digits (三, 12); empty for an unnumbered heading. */
  numeral: string;
  title: string;
  /** How it is numbered: 一、 (also 一.), 第一部分, (一), 1., 【…】 or not at all. */
  notation: 'numbered' | 'worded' | 'parenthesized' | 'digits' | 'bracketed' | 'unlabeled';
  /** A part's label as the text numbers it (一、, 第一部分); null where the text has none. */
  label: string | null;
}

interface Block extends Span {
  text: string;
  heading: Heading | null;
  /** Page furniture between two blocks (a page number, (紧转第3版), a running head): not a paragraph. */
  furniture: boolean;
}

/**
 * Splits the report into its preamble, parts 一、二、 and sub-sections (一)…, and
 * paragraphs. Line breaks separate blocks; a body block that stops mid-sentence was cut by
 * a page break (or a line wrap) and is rejoined with the block after it. Parts are 一、,
 * 第一部分, or an unnumbered heading line where the text numbers none (2023年工作回顾);
 * sub-sections (一), 【…】, or a series of 1. 2. title lines in a part without (一).
 */
export function extractStructure(source: SourceText, slug: string): DocumentStructure {
  const blocks = joinSplitHeadings(source, splitBlocks(source));
  markRunningHeads(blocks);
  markUnlabeledParts(blocks);
  markDigitSubsections(source, blocks);
  const sections: SectionInfo[] = [];
  const paragraphs: ParagraphInfo[] = [];
  const preamble: SectionInfo = {
    id: `Section:${slug}:preamble`,
    label: 'preamble',
    // The preamble opens with the report's title line, the nearest thing it has to a heading.
    title: blocks[0] && !blocks[0].heading ? blocks[0].text : null,
    level: 0,
    order: 0,
    start: blocks[0]?.start ?? 0,
    end: blocks[0]?.start ?? 0,
    heading: null,
    parentId: null,
    partIndex: null,
  };
  sections.push(preamble);
  let part: SectionInfo | null = null;
  let current: SectionInfo = preamble;
  let subOrder = 0;
  // The numbers of the last part and sub-section: a heading must go on from them (a second
  // 二、 or (一) in the same part is a list in the text, not a section, and would repeat an id).
  let partNumber = 0;
  let subNumber = 0;
  const startPart = (heading: Block | null, start: number) => {
    const parts = sections.filter((s) => s.level === 1).length;
    const numbered = heading?.heading?.label;
    // An unnumbered part is labelled by its place, in the notation of the genre.
    partNumber = numbered ? numeralValue(heading!.heading!.numeral) : partNumber + 1;
    const label = numbered ?? `${numeralOf(partNumber)}、`;
    subNumber = 0;
    part = {
      id: `Section:${slug}:${label}`,
      label,
      title: heading?.heading?.title ?? null,
      level: 1,
      order: parts + 1,
      start,
      end: heading?.end ?? start,
      heading: heading ? { start: heading.start, end: heading.end, text: heading.text } : null,
      parentId: null,
      partIndex: parts,
    };
    sections.push(part);
    current = part;
    subOrder = 0;
  };
  const startSubsection = (
    numbered: Pick<Heading, 'numeral' | 'notation'>,
    title: string,
    heading: Span & { text: string },
  ) => {
    subNumber = numbered.numeral ? numeralValue(numbered.numeral) : subNumber + 1;
    const label =
      numbered.notation === 'digits'
        ? `${part!.label}${numbered.numeral}.`
        : numbered.notation === 'bracketed'
          ? `${part!.label}【${subNumber}】`
          : `${part!.label}(${numbered.numeral})`;
    current = {
      id: `Section:${slug}:${label}`,
      label,
      title,
      level: 2,
      order: ++subOrder,
      start: heading.start,
      end: heading.end,
      heading,
      parentId: part!.id,
      partIndex: part!.partIndex,
    };
    sections.push(current);
  };
  const implicitPart = implicitPartStart(blocks);

  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i];
    // A page footer between two paragraphs belongs to neither.
    if (block.furniture) continue;
    if (i === implicitPart) {
      // The first part's heading is missing: its body starts after the introduction.
      startPart(null, block.start);
    }
    if (block.heading && !goesOn(block.heading, partNumber, subNumber)) {
      block = { ...block, heading: null };
    }
    // 【…】 before any part is a part of its own.
    if (block.heading?.notation === 'bracketed' && !part) {
      block = { ...block, heading: { ...block.heading, level: 1 } };
    }
    const loose = part ? null : looseFirstPartHeading(block);
    if (block.heading?.level === 1 || loose) {
      startPart({ ...block, heading: block.heading ?? loose }, block.start);
      continue;
    }
    if (block.heading?.level === 2 && part) {
      startSubsection(block.heading, block.heading.title, {
        start: block.start,
        end: block.end,
        text: block.text,
      });
      continue;
    }
    const runIn = part ? runInHeading(source, block, subNumber + 1) : null;
    if (runIn) {
      startSubsection(
        { numeral: runIn.numeral, notation: 'parenthesized' },
        runIn.title,
        runIn.heading,
      );
      if (!runIn.rest) continue;
      block = runIn.rest;
    }
    // Gather the pieces of one paragraph; only the body (after the first part heading) is
    // rejoined, because the preamble's title, date and issuer lines never end in a stop. A
    // sub-item's title line (1.稳定粮食生产) stands alone, and starts no continuation.
    const pieces = [block];
    while (part && !endsSentence(pieces[pieces.length - 1].text) && !isItemLine(block.text)) {
      let j = i + 1;
      while (blocks[j]?.furniture) j++;
      const next = blocks[j];
      if (!next || next.heading || isItemLine(next.text) || RUN_IN_HEADING.test(next.text)) break;
      pieces.push(next);
      i = j;
    }
    const start = pieces[0].start;
    const end = pieces[pieces.length - 1].end;
    const text = source.slice(start, end);
    paragraphs.push({
      id: `Paragraph:${slug}:${paragraphs.length + 1}`,
      order: paragraphs.length + 1,
      start,
      end,
      text,
      plainText: pieces.map((piece) => piece.text).join(''),
      pageBreak: pieces.length > 1,
      lead: leadOf(text),
      sectionId: current.id,
      partIndex: current.partIndex,
    });
    extend(current, end);
    if (current.parentId)
      extend(
        sections.find((s) => s.id === current.parentId)!,
        end,
      );
  }
  return { sections, paragraphs };
}

function extend(section: SectionInfo, end: number): void {
  section.end = Math.max(section.end, end);
}

/**
 * Where the first part starts when its heading is missing: the first heading the text has is
 * a sub-section (一), or a later part (二、) after body paragraphs. The part starts at the block
 * after the introduction (…提请大会审议), else at that first sub-section. -1 when the body
 * starts with 一、, or there is nothing to put in a part 一.
 */
function implicitPartStart(blocks: Block[]): number {
  const first = blocks.findIndex((b) => b.heading || looseFirstPartHeading(b));
  if (first < 0) return -1;
  const heading = blocks[first].heading ?? looseFirstPartHeading(blocks[first])!;
  if (heading.level === 1 && (heading.numeral === '一' || !heading.label)) return -1;
  let intro = -1;
  for (let i = 0; i < first; i++) if (INTRODUCTION.test(blocks[i].text)) intro = i;
  if (intro >= 0 && intro + 1 < first) return intro + 1;
  return heading.level === 2 ? first : -1;
}

/** 一、2023年计划执行情况。 with a stray full stop: a heading still, if it is the first part. */
function looseFirstPartHeading(block: Block): Block['heading'] {
  if (block.heading || !/^[^。]+。$/u.test(block.text)) return null;
  const heading = headingOf(block.text.slice(0, -1));
  return heading?.level === 1 && heading.numeral === '一' ? heading : null;
}

/**
 * (一)坚定不移推进产业强市,加快构建现代化产业体系。深入实施…: a sub-heading run into
 * the first paragraph, recognised when its number is the one the part expects next and the
 * first sentence is short. The heading is the first sentence; the rest is the paragraph.
 */
function runInHeading(
  source: SourceText,
  block: Block,
  expected: number,
): { numeral: string; title: string; heading: Span & { text: string }; rest: Block | null } | null {
  const number = RUN_IN_HEADING.exec(block.text);
  if (!number || numeralValue(number[1]) !== expected) return null;
  const chars = Array.from(block.text);
  const stop = chars.indexOf('。');
  if (stop < 0 || stop + 1 > MAX_RUN_IN_LENGTH) return null;
  const headingEnd = block.start + stop + 1;
  const title = chars.slice(Array.from(number[0]).length, stop).join('').trim();
  const rest = trimmed(source, headingEnd, block.end);
  return {
    numeral: number[1],
    title,
    heading: { start: block.start, end: headingEnd, text: source.slice(block.start, headingEnd) },
    rest: rest && { ...rest, heading: null, furniture: false },
  };
}

/** Whether a heading's number goes on from the last part's (一、 → 二、) or sub-section's. */
function goesOn(heading: Heading, part: number, sub: number): boolean {
  if (!heading.numeral) return true;
  const number = numeralValue(heading.numeral);
  return heading.level === 1 ? number > part : number > sub;
}

/** 一 → 1, 十二 → 12, 二十 → 20 (the numerals headings use); 12 → 12. */
function numeralValue(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  const digit = (char: string | undefined) => (char ? '一二三四五六七八九'.indexOf(char) + 1 : 0);
  const ten = numeral.indexOf('十');
  if (ten < 0) return digit(numeral);
  return (ten === 0 ? 1 : digit(numeral[0])) * 10 + digit(numeral[ten + 1]);
}

/** 1 → 一, 12 → 十二, 20 → 二十: the label of a part the text does not number. */
function numeralOf(value: number): string {
  const digits = '一二三四五六七八九';
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens > 1 ? digits[tens - 1] : ''}${tens > 0 ? '十' : ''}${units ? digits[units - 1] : ''}`;
}

/** 1.稳定粮食生产: a sub-item's title on a line of its own. */
function isItemLine(text: string): boolean {
  return (
    ITEM_NUMBER.test(text) &&
    !LIST_NUMBER.test(text) &&
    !HAS_STOP.test(text) &&
    Array.from(text).length <= MAX_ITEM_LINE_LENGTH
  );
}

/**
 * A heading broken over two lines (一、2024年国民经济和社会发展 / 计划执行情况): a short line
 * without any punctuation right after a heading, before a paragraph that ends a sentence,
 * ends the heading's title.
 */
function joinSplitHeadings(source: SourceText, blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [block, next, after] = [blocks[i], blocks[i + 1], blocks[i + 2]];
    const continues =
      block.heading &&
      next &&
      after &&
      !next.heading &&
      !next.furniture &&
      !ITEM_NUMBER.test(next.text) &&
      !NOT_IN_HEADING_TAIL.test(next.text) &&
      Array.from(next.text).length <= MAX_HEADING_TAIL &&
      !after.heading &&
      endsSentence(after.text);
    if (!continues) {
      joined.push(block);
      continue;
    }
    const text = source.slice(block.start, next.end);
    const heading = headingOf(block.text + next.text);
    joined.push(heading ? { ...block, end: next.end, text, heading } : block);
    if (heading) i++;
  }
  return joined;
}

/**
 * A running head (the paper's name and date over every page) is a short line without a
 * stop that the body repeats word for word: every repetition after the first part heading
 * is page furniture.
 */
function markRunningHeads(blocks: Block[]): void {
  const body = blocks.slice(
    Math.max(
      0,
      blocks.findIndex((b) => b.heading?.level === 1),
    ),
  );
  const counts = new Map<string, number>();
  const candidates = body.filter(
    (b) =>
      !b.heading &&
      !b.furniture &&
      !HAS_STOP.test(b.text) &&
      !isItemLine(b.text) &&
      Array.from(b.text).length <= MAX_RUNNING_HEAD_LENGTH,
  );
  for (const b of candidates) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  for (const b of candidates) if (counts.get(b.text)! >= RUNNING_HEAD_REPEATS) b.furniture = true;
}

/**
 * Where the text numbers no part (no 一、, no 第一部分), a short line after the introduction
 * that is no sentence, no title and no item, followed by a paragraph or a (一), heads a part:
 * 2023年工作回顾, 重点工作任务:. Where it numbers them from 二、, the line right after the
 * introduction can head the unnumbered part 一.
 */
function markUnlabeledParts(blocks: Block[]): void {
  const intro = blocks.findIndex((b) => INTRODUCTION.test(b.text));
  if (intro < 0) return;
  const numbered = blocks.findIndex((b) => b.heading?.level === 1 || looseFirstPartHeading(b));
  const mark = (i: number) => {
    const title = unlabeledTitle(blocks, i);
    if (title)
      blocks[i].heading = { level: 1, numeral: '', title, notation: 'unlabeled', label: null };
  };
  if (numbered < 0) {
    for (let i = intro + 1; i < blocks.length; i++) mark(i);
    return;
  }
  const first = blocks[numbered].heading ?? looseFirstPartHeading(blocks[numbered])!;
  if (numeralValue(first.numeral) > 1 && intro + 1 < numbered) mark(intro + 1);
}

/** The title of an unnumbered heading line at `i`, or null when the line is none. */
function unlabeledTitle(blocks: Block[], i: number): string | null {
  const block = blocks[i];
  const title = block.text.replace(TRAILING_COLON, '').trim();
  if (
    block.heading ||
    block.furniture ||
    !title ||
    NOT_IN_UNLABELED_HEADING.test(title) ||
    Array.from(title).length > MAX_UNLABELED_HEADING_LENGTH ||
    ITEM_NUMBER.test(title) ||
    looksLikeTitle(title) ||
    looksLikeIssuer(title) ||
    /\d{4}年\d{1,2}月\d{1,2}日/u.test(title)
  )
    return null;
  let j = i + 1;
  while (blocks[j]?.furniture) j++;
  const next = blocks[j];
  const nextIsBody =
    next && !next.heading && endsSentence(next.text) && next.text.length > title.length;
  return next && (nextIsBody || next.heading?.level === 2) ? title : null;
}

/**
 * A part without (一) may number its sub-sections 1. 2.: title lines on their own or run
 * into their first paragraph (1.经济运行稳中向好。全县…), numbered from 1 without a gap,
 * two at least, none with a figure in its title. A lone 1. line, items under a (一), and a
 * numbered list of figures (1.地区生产总值增长6%左右) stay paragraphs. A run-in heading is
 * split off its paragraph here, as a block of its own.
 */
function markDigitSubsections(source: SourceText, blocks: Block[]): void {
  const starts = blocks.flatMap((b, i) => (b.heading?.level === 1 ? [i] : []));
  for (const [k, start] of [...starts.entries()].reverse()) {
    const end = starts[k + 1] ?? blocks.length;
    const range = blocks.slice(start + 1, end);
    if (range.some((b) => b.heading?.level === 2 || RUN_IN_HEADING.test(b.text))) continue;
    const items = range.filter((b) => DIGIT_ITEM.test(b.text));
    const headings = items.map((b) => digitHeading(source, b));
    const numbers = headings.map((h) => (h ? Number(h.heading.heading!.numeral) : 0));
    if (items.length < 2 || numbers.some((n, i) => n !== i + 1)) continue;
    // From the last, so that splitting a block keeps the indices before it.
    for (let i = items.length - 1; i >= 0; i--) {
      const { heading, rest } = headings[i]!;
      blocks.splice(blocks.indexOf(items[i]), 1, heading, ...(rest ? [rest] : []));
    }
  }
}

/** 1.工业经济 or 1.经济运行稳中向好。正文…: the heading block, and the paragraph run into it. */
function digitHeading(
  source: SourceText,
  block: Block,
): { heading: Block; rest: Block | null } | null {
  const number = DIGIT_ITEM.exec(block.text)!;
  const body = block.text.slice(number[0].length);
  const stop = body.indexOf('。');
  const runIn =
    stop >= 0 &&
    stop < body.length - 1 &&
    Array.from(body.slice(0, stop)).length <= MAX_DIGIT_RUN_IN;
  const title = (runIn ? body.slice(0, stop) : body).trim();
  if (!title || HAS_FIGURE.test(title) || (!runIn && !isItemLine(block.text))) return null;
  const heading: Heading = { level: 2, numeral: number[1], title, notation: 'digits', label: null };
  if (!runIn) return { heading: { ...block, heading }, rest: null };
  const headingEnd = block.start + Array.from(number[0] + body.slice(0, stop + 1)).length;
  return {
    heading: {
      start: block.start,
      end: headingEnd,
      text: source.slice(block.start, headingEnd),
      heading,
      furniture: false,
    },
    rest: trimmed(source, headingEnd, block.end),
  };
}

function splitBlocks(source: SourceText): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  // Every line break ends a block: many reports separate paragraphs by one newline, and a
  // line that stops mid-sentence is rejoined with the next like any page break.
  const separators = source.matchAll(/\n\s*/gu).map((found) => found.span);
  for (const separator of [...separators, { start: source.length, end: source.length }]) {
    const block = trimmed(source, from, separator.start);
    if (block) blocks.push(block);
    from = separator.end;
  }
  return blocks;
}

function trimmed(source: SourceText, from: number, to: number): Block | null {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(source.charAt(start))) start++;
  while (end > start && /\s/u.test(source.charAt(end - 1))) end--;
  if (start === end) return null;
  const text = source.slice(start, end);
  const furniture = PAGE_NUMBER.test(text) || CONTINUATION.test(text);
  return { start, end, text, heading: headingOf(text), furniture };
}

function headingOf(text: string): Heading | null {
  if (text.includes('。') || Array.from(text).length > MAX_HEADING_LENGTH) return null;
  const part = PART_HEADING.exec(text);
  if (part) {
    const [, numeral, title] = part;
    return { level: 1, numeral, title: title.trim(), notation: 'numbered', label: `${numeral}、` };
  }
  const worded = WORDED_PART_HEADING.exec(text);
  if (worded) {
    const [, numeral, word, title] = worded;
    return {
      level: 1,
      numeral,
      title: title.trim(),
      notation: 'worded',
      label: `第${numeral}${word}`,
    };
  }
  const sub = SUB_HEADING.exec(text);
  if (sub)
    return {
      level: 2,
      numeral: sub[1],
      title: sub[2].trim(),
      notation: 'parenthesized',
      label: null,
    };
  const bracketed = BRACKET_HEADING.exec(text);
  if (bracketed)
    return {
      level: 2,
      numeral: '',
      title: bracketed[1].trim(),
      notation: 'bracketed',
      label: null,
    };
  return null;
}

function endsSentence(text: string): boolean {
  return SENTENCE_FINAL.test(text.replace(TRAILING_CLOSERS, ''));
}

/**
 * Most paragraphs of this genre open with a short run-in sentence that names their topic
 * (先进制造业集群持续壮大。). A first sentence with a comma or colon is ordinary prose.
 */
function leadOf(text: string): string | null {
  // 1.壮大绿色化工产业。 / 一是园区承载能力增强。: the lead is the words after the number.
  const body = text.slice(ITEM_NUMBER.exec(text)?.[0].length ?? 0);
  const stop = body.indexOf('。');
  if (stop < 0 || stop === body.length - 1) return null;
  const lead = body.slice(0, stop + 1);
  if (NOT_IN_LEAD.test(lead) || Array.from(lead).length > LEAD_MAX_LENGTH) return null;
  return lead;
}

/** The paragraph that wholly contains `span`, if any (headings are not paragraphs). */
export function paragraphAt(paragraphs: ParagraphInfo[], span: Span): ParagraphInfo | undefined {
  return paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
}

/** The section whose heading line wholly contains `span`, if any. */
export function headingAt(sections: SectionInfo[], span: Span): SectionInfo | undefined {
  return sections.find(
    (s) => s.heading && s.heading.start <= span.start && span.end <= s.heading.end,
  );
}

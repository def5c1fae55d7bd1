import { SourceText, Span } from './sourceText';

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
const PART_HEADING = new RegExp(`^(${NUMERAL})、\\s*(.*)$`, 'su');
const SUB_HEADING = new RegExp(`^[((](${NUMERAL})[))]\\s*(.*)$`, 'su');
/** A heading is a short line without a full stop; body paragraphs may start with (一) too. */
const MAX_HEADING_LENGTH = 60;
const SENTENCE_FINAL = /[。;;::!!??]$/u;
const TRAILING_CLOSERS = /[”’"')\])」』》〕]+$/u;
const LEAD_MAX_LENGTH = 25;

interface Block extends Span {
  text: string;
  heading: { level: 1 | 2; numeral: string; title: string } | null;
}

/**
 * Splits the report into its preamble, parts 一、二、 and sub-sections (一)…, and
 * paragraphs. Blank lines separate blocks; a body block that stops mid-sentence before a
 * blank line was cut by a page break and is rejoined with the block after it.
 */
export function extractStructure(source: SourceText, slug: string): DocumentStructure {
  const blocks = splitBlocks(source);
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

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.heading?.level === 1) {
      part = {
        id: `Section:${slug}:${block.heading.numeral}、`,
        label: `${block.heading.numeral}、`,
        title: block.heading.title,
        level: 1,
        order: sections.filter((s) => s.level === 1).length + 1,
        start: block.start,
        end: block.end,
        heading: { start: block.start, end: block.end, text: block.text },
        parentId: null,
        partIndex: sections.filter((s) => s.level === 1).length,
      };
      sections.push(part);
      current = part;
      subOrder = 0;
      continue;
    }
    if (block.heading?.level === 2 && part) {
      const label = `${part.label}(${block.heading.numeral})`;
      current = {
        id: `Section:${slug}:${label}`,
        label,
        title: block.heading.title,
        level: 2,
        order: ++subOrder,
        start: block.start,
        end: block.end,
        heading: { start: block.start, end: block.end, text: block.text },
        parentId: part.id,
        partIndex: part.partIndex,
      };
      sections.push(current);
      continue;
    }
    // Gather the pieces of one paragraph; only the body (after the first part heading) is
    // rejoined, because the preamble's title, date and issuer lines never end in a stop.
    const pieces = [block];
    while (part && !endsSentence(pieces[pieces.length - 1].text)) {
      const next = blocks[i + 1];
      if (!next || next.heading) break;
      pieces.push(next);
      i++;
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

function splitBlocks(source: SourceText): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  const separators = source.matchAll(/\n[^\S\n]*\n\s*/gu).map((found) => found.span);
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
  return { start, end, text, heading: headingOf(text) };
}

function headingOf(text: string): Block['heading'] {
  if (text.includes('。') || Array.from(text).length > MAX_HEADING_LENGTH) return null;
  const part = PART_HEADING.exec(text);
  if (part) return { level: 1, numeral: part[1], title: part[2].trim() };
  const sub = SUB_HEADING.exec(text);
  if (sub) return { level: 2, numeral: sub[1], title: sub[2].trim() };
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
  const stop = text.indexOf('。');
  if (stop < 0 || stop === text.length - 1) return null;
  const lead = text.slice(0, stop + 1);
  if (/[,,;;::\s]/u.test(lead) || Array.from(lead).length > LEAD_MAX_LENGTH) return null;
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

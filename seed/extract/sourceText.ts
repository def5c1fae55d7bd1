/** A half-open range of Unicode code points into the source file (seed/README.md, Offsets). */
export interface Span {
  start: number;
  end: number;
}

const WHITESPACE = /\s/u;

/**
 * The source report addressed by code points. JavaScript strings count UTF-16 units, so
 * every regex or indexOf result is converted here, once, and nothing else in the pipeline
 * does offset arithmetic on raw string indices.
 */
export class SourceText {
  readonly text: string;
  readonly length: number;
  private readonly chars: string[];
  private readonly unitToPoint: Int32Array;
  /** The text without whitespace, and where each of its code points sits in the source. */
  private readonly compact: string;
  private readonly compactUnitToPoint: Int32Array;
  private readonly compactPointToSource: number[];

  constructor(text: string) {
    this.text = text;
    this.chars = Array.from(text);
    this.length = this.chars.length;
    this.unitToPoint = unitToPointMap(text);
    const kept: string[] = [];
    this.compactPointToSource = [];
    this.chars.forEach((char, index) => {
      if (!WHITESPACE.test(char)) {
        kept.push(char);
        this.compactPointToSource.push(index);
      }
    });
    this.compact = kept.join('');
    this.compactUnitToPoint = unitToPointMap(this.compact);
  }

  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  charAt(index: number): string {
    return this.chars[index] ?? '';
  }

  /** Converts a UTF-16 index of `text` (e.g. from a RegExp match) to a code-point offset. */
  pointAt(unitIndex: number): number {
    return this.unitToPoint[unitIndex];
  }

  /** Every match of a global regex, as code-point spans with the match's groups. */
  matchAll(pattern: RegExp, within?: Span): { span: Span; match: RegExpExecArray }[] {
    if (!pattern.global) throw new Error(`matchAll needs a global regex: ${pattern}`);
    const base = within?.start ?? 0;
    const haystack = within ? this.slice(within.start, within.end) : this.text;
    const offsets = within ? unitToPointMap(haystack) : this.unitToPoint;
    const found: { span: Span; match: RegExpExecArray }[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const start = base + offsets[match.index];
      const end = base + offsets[match.index + match[0].length];
      found.push({ span: { start, end }, match });
    }
    return found;
  }

  /**
   * Every occurrence (overlapping ones included) of `needle` with whitespace ignored on
   * both sides, so a quote written 入选全国 finds the source's 入\n\n选全国. The spans
   * start and end on non-whitespace characters of the source.
   */
  findAll(needle: string, within?: Span): Span[] {
    const wanted = compactOf(needle);
    if (wanted === '') return [];
    const wantedPoints = Array.from(wanted).length;
    const spans: Span[] = [];
    for (
      let unit = this.compact.indexOf(wanted);
      unit >= 0;
      unit = this.compact.indexOf(wanted, unit + 1)
    ) {
      const first = this.compactUnitToPoint[unit];
      const start = this.compactPointToSource[first];
      const end = this.compactPointToSource[first + wantedPoints - 1] + 1;
      if (!within || (start >= within.start && end <= within.end)) spans.push({ start, end });
    }
    return spans;
  }
}

/** `text` with all whitespace removed: the form quotes and names are compared in. */
export function compactOf(text: string): string {
  return text.replace(/\s+/gu, '');
}

function unitToPointMap(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let point = 0;
  for (let unit = 0; unit < text.length; unit++) {
    map[unit] = point;
    const code = text.charCodeAt(unit);
    // A high surrogate and the low one after it are one code point.
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length) {
      map[++unit] = point;
    }
    point++;
  }
  map[text.length] = point;
  return map;
}

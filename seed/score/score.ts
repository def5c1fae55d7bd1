import type { GraphArtifact, Props } from '../compile';
import type { Gold, GoldQuantity } from './gold';

/**
 * Compares what the uncurated graph of one report holds with a careful reading of it
 * (gold.json): per class, what both have (true positives), what only the graph has (false
 * positives) and what only the reading has (false negatives). It reads the graph artifact,
 * not the extractor's internals, so it scores what a user of the API would get.
 */

export const CLASSES = [
  'sections',
  'markers',
  'divisions',
  'quantities',
  'terms',
  'projects',
  'organizations',
] as const;
export type ScoreClass = (typeof CLASSES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ReportScore {
  report: string;
  /** Why the build refused the report; every class then counts only false negatives. */
  refused: string | null;
  classes: Record<ScoreClass, Counts>;
  /** Both years (execution, plan) as the reading has them. */
  yearsRight: boolean;
  /** Of the quantities found: how many have the reading's kind and qualifier. */
  kindRight: number;
  qualifierRight: number;
  metadata: { title: boolean; issuer: boolean; region: boolean };
  /** What was missed or extra, for a person improving the extraction. */
  misses: Partial<Record<ScoreClass, { missed: string[]; extra: string[] }>>;
}

/** What the graph says of a report, in the terms of a reading. */
export interface GraphReading {
  title: string | null;
  issuer: string | null;
  region: string | null;
  years: { execution: number | null; plan: number | null };
  sections: { level: number; label: string | null; title: string }[];
  markers: { number: number; start: number; end: number; marker: string }[];
  divisions: { name: string; surface: string }[];
  quantities: {
    value: number;
    unit: string;
    year: number;
    kind: string;
    qualifier: string | null;
    start: number;
    end: number;
    quote: string;
  }[];
  terms: string[];
  projects: string[];
  organizations: string[];
}

const text = (props: Props, key: string): string | null =>
  typeof props[key] === 'string' ? (props[key] as string) : null;
const number = (props: Props, key: string): number | null =>
  typeof props[key] === 'number' ? (props[key] as number) : null;

/** Reads a graph artifact the way the scorer compares it. */
export function readGraph(artifact: GraphArtifact): GraphReading {
  const nodes = new Map(artifact.nodes.map((node) => [node.id, node]));
  const document = nodes.get(artifact.documentId)!.props;
  const years = Array.isArray(document.years) ? (document.years as number[]) : [];
  const labelled = (label: string) => artifact.nodes.filter((n) => n.labels.includes(label));
  const unique = (values: string[]) => [...new Set(values)];
  const divisions = new Map<string, { name: string; surface: string }>();
  for (const r of artifact.relationships) {
    if (r.type !== 'MENTIONED_IN') continue;
    const entity = nodes.get(r.from);
    if (!entity?.labels.includes('AdminDivision')) continue;
    const name = text(entity.props, 'name')!;
    const surface = text(r.props, 'surface')!;
    divisions.set(`${name}|${surface}`, { name, surface });
  }
  return {
    title: text(document, 'title'),
    issuer: text(document, 'issuer'),
    region: text(document, 'region'),
    years: {
      execution:
        'executionYear' in document ? number(document, 'executionYear') : (years[0] ?? null),
      plan: 'planYear' in document ? number(document, 'planYear') : (years[1] ?? null),
    },
    sections: labelled('Section')
      .filter((s) => number(s.props, 'level') !== 0)
      .map((s) => ({
        level: number(s.props, 'level')!,
        label: text(s.props, 'label'),
        title: text(s.props, 'title') ?? '',
      })),
    markers: labelled('Footnote').map((f) => ({
      number: number(f.props, 'number')!,
      start: number(f.props, 'start')!,
      end: number(f.props, 'end')!,
      marker: text(f.props, 'marker') ?? '',
    })),
    divisions: [...divisions.values()],
    quantities: labelled('Observation')
      .filter((o) => text(o.props, 'kind') !== 'derived' && text(o.props, 'measure') !== 'rank')
      .filter((o) => number(o.props, 'value') !== null)
      .map((o) => ({
        value: number(o.props, 'value')!,
        unit: text(o.props, 'unit') ?? '',
        year: number(o.props, 'year')!,
        kind: text(o.props, 'kind')!,
        qualifier: text(o.props, 'qualifier'),
        start: number(o.props, 'start')!,
        end: number(o.props, 'end')!,
        quote: text(o.props, 'quote') ?? '',
      })),
    terms: unique(labelled('Term').map((t) => text(t.props, 'name')!)),
    projects: unique(labelled('Project').map((p) => text(p.props, 'name')!)),
    organizations: unique(labelled('Organization').map((o) => text(o.props, 'name')!)),
  };
}

/** Titles compare without spacing and a closing colon (重点工作任务: is 重点工作任务). */
function normalTitle(title: string): string {
  return title.replace(/\s+/gu, '').replace(/[:\uFF1A]$/u, '');
}

/** Names compare without spacing (政 府 工 作 报 告 is 政府工作报告). */
function normalName(name: string | null | undefined): string {
  return (name ?? '').replace(/\s+/gu, '');
}

/** Matches two lists one to one by a key: counts and what each side has alone. */
function matchByKey<G, P>(
  gold: G[],
  predicted: P[],
  goldKey: (g: G) => string,
  predictedKey: (p: P) => string,
): Counts & { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const p of predicted) left.set(predictedKey(p), (left.get(predictedKey(p)) ?? 0) + 1);
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const key = goldKey(g);
    const count = left.get(key) ?? 0;
    if (count > 0) {
      tp++;
      left.set(key, count - 1);
    } else {
      missed.push(key);
    }
  }
  const extra = [...left].flatMap(([key, count]) => Array<string>(count).fill(key));
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

/** Code-point offsets of every occurrence of `needle` in `haystack`. */
function occurrences(haystack: string[], needle: string): number[] {
  const chars = Array.from(needle);
  const found: number[] = [];
  outer: for (let i = 0; i + chars.length <= haystack.length; i++) {
    for (let j = 0; j < chars.length; j++) if (haystack[i + j] !== chars[j]) continue outer;
    found.push(i);
  }
  return found;
}

const NUMBER = /[-−]?\d+(?:\.\d+)?/gu;

/**
 * Where a gold quantity's number stands in the text: each occurrence of its quote, at the
 * printed number in it whose value is the quantity's (−24.4 for 分别增长5.6%、-24.4%).
 */
function positionsOf(quantity: GoldQuantity, source: string[]): number[] {
  const quote = Array.from(quantity.quote);
  const inQuote: number[] = [];
  const joined = quote.join('');
  for (const match of joined.matchAll(NUMBER)) {
    const printed = Number(match[0].replace('−', '-'));
    if (Math.abs(printed) === Math.abs(quantity.value)) {
      inQuote.push(Array.from(joined.slice(0, match.index)).length);
    }
  }
  return occurrences(source, quantity.quote).flatMap((at) => inQuote.map((offset) => at + offset));
}

function quantityKey(q: { value: number; unit: string; year: number }): string {
  return `${q.value}${q.unit} ${q.year}`;
}

function scoreQuantities(
  gold: GoldQuantity[],
  predicted: GraphReading['quantities'],
  source: string[],
): Counts & { kindRight: number; qualifierRight: number; missed: string[]; extra: string[] } {
  const used = new Set<number>();
  let tp = 0;
  let fn = 0;
  let kindRight = 0;
  let qualifierRight = 0;
  const missed: string[] = [];
  for (const g of gold) {
    const positions = positionsOf(g, source);
    const index = predicted.findIndex(
      (p, i) =>
        !used.has(i) &&
        p.value === g.value &&
        p.unit === g.unit &&
        p.year === g.year &&
        positions.some((at) => at >= p.start && at < p.end),
    );
    if (index >= 0) {
      used.add(index);
      if (g.repeat) continue;
      tp++;
      if (predicted[index].kind === g.kind) kindRight++;
      if ((predicted[index].qualifier ?? null) === (g.qualifier ?? null)) qualifierRight++;
    } else if (!g.repeat) {
      fn++;
      missed.push(`${quantityKey(g)} «${g.quote}»`);
    }
  }
  const extra = predicted
    .filter((_, i) => !used.has(i))
    .map((p) => `${quantityKey(p)} «${p.quote}»`);
  return { tp, fp: extra.length, fn, kindRight, qualifierRight, missed, extra };
}

function refusedScore(report: string, gold: Gold, reason: string): ReportScore {
  const sizes: Record<ScoreClass, number> = {
    sections: gold.sections.length,
    markers: gold.footnote_markers.length,
    divisions: new Set(gold.divisions.map((d) => `${d.name}|${d.surface}`)).size,
    quantities: gold.quantities.filter((q) => !q.repeat).length,
    terms: gold.quoted_terms.length,
    projects: gold.projects.length,
    organizations: gold.organizations.length,
  };
  return {
    report,
    refused: reason,
    classes: Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: sizes[c] }])) as Record<
      ScoreClass,
      Counts
    >,
    yearsRight: false,
    kindRight: 0,
    qualifierRight: 0,
    metadata: { title: false, issuer: false, region: false },
    misses: {},
  };
}

/** Scores one report: its reading, its text, and the graph built from it (or why none was). */
export function scoreReport(
  report: string,
  gold: Gold,
  sourceText: string,
  graph: GraphReading | { refused: string },
): ReportScore {
  if ('refused' in graph) return refusedScore(report, gold, graph.refused);
  const source = Array.from(sourceText);
  const sections = matchByKey(
    gold.sections,
    graph.sections,
    (s) => `${s.level} ${normalTitle(s.title)}`,
    (s) => `${s.level} ${normalTitle(s.title)}`,
  );
  const markers = matchByKey(
    gold.footnote_markers,
    graph.markers,
    (m) => `${m.number}@${m.start ?? occurrences(source, m.quote ?? m.marker)[0]}`,
    (m) => `${m.number}@${m.start}`,
  );
  const goldDivisions = [...new Map(gold.divisions.map((d) => [`${d.name}|${d.surface}`, d]))];
  const divisions = matchByKey(
    goldDivisions,
    graph.divisions,
    ([key]) => key,
    (d) => `${d.name}|${d.surface}`,
  );
  const quantities = scoreQuantities(gold.quantities, graph.quantities, source);
  const terms = matchByKey(
    gold.quoted_terms,
    graph.terms,
    (t) => t,
    (t) => t,
  );
  const projects = matchByKey(gold.projects, graph.projects, (p) => normalName(p.name), normalName);
  const organizations = matchByKey(
    gold.organizations,
    graph.organizations,
    (o) => normalName(o.name),
    normalName,
  );
  const all = { sections, markers, divisions, quantities, terms, projects, organizations };
  return {
    report,
    refused: null,
    classes: Object.fromEntries(
      CLASSES.map((c) => [c, { tp: all[c].tp, fp: all[c].fp, fn: all[c].fn }]),
    ) as Record<ScoreClass, Counts>,
    yearsRight:
      graph.years.execution === gold.years.execution && graph.years.plan === gold.years.plan,
    kindRight: quantities.kindRight,
    qualifierRight: quantities.qualifierRight,
    metadata: {
      title: gold.title === null || normalName(graph.title) === normalName(gold.title),
      issuer: normalName(graph.issuer) === normalName(gold.issuer),
      region: gold.region === null || graph.region === gold.region.name,
    },
    misses: Object.fromEntries(
      CLASSES.map((c) => [c, { missed: all[c].missed, extra: all[c].extra }]),
    ),
  };
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

/** The sum of every report's counts, per class. */
export function totalOf(scores: ReportScore[]): Record<ScoreClass, Counts> {
  return Object.fromEntries(
    CLASSES.map((c) => [
      c,
      scores.reduce(
        (sum, s) => ({
          tp: sum.tp + s.classes[c].tp,
          fp: sum.fp + s.classes[c].fp,
          fn: sum.fn + s.classes[c].fn,
        }),
        { tp: 0, fp: 0, fn: 0 },
      ),
    ]),
  ) as Record<ScoreClass, Counts>;
}

import { type ExtractedDocument, type ExtractedObservation } from '../extract';
import { extractTargetSummaries, indicatorsNamed } from '../extract/targetSummary';
import { type Span } from '../extract/sourceText';
import { type Annotations, entryName } from './annotations';
import { type BuildProblem } from './BuildError';
import { type EntityRecord } from './entities';
import { type GraphWriter } from './graphWriter';
import { resolveQuote } from './quotes';
import { type SourceMeta } from './sourceMeta';
import { evidenceProps } from './writeGraph';

export type ObservationRecord = Omit<ExtractedObservation, 'term'> & {
  source: 'extracted' | 'curated';
  /** A curated annotation defines the observation or agrees with the extracted one. */
  curated: boolean;
  note: string | null;
  term: ExtractedObservation['term'] | null;
  /** Where `met` comes from a sentence of its own (the report's list of missed targets). */
  metEvidence: (Span & { paragraphId: string; quote: string }) | null;
};

/**
 * The extracted headline observations plus the curated ones. A curated observation that
 * repeats an extracted one must agree with it (then the extraction's richer record
 * stays); one that disagrees is an error, as it means one of the two misread the text.
 */
export function mergeObservations(
  annotations: Annotations,
  doc: ExtractedDocument,
  meta: SourceMeta,
  entities: Map<string, EntityRecord>,
  problems: BuildProblem[],
): ObservationRecord[] {
  const records = new Map<string, ObservationRecord>(
    doc.observations.map((o) => [
      o.id,
      { ...o, source: 'extracted', curated: false, note: null, metEvidence: null },
    ]),
  );
  const curatedIds = new Set<string>();
  for (const entry of annotations.observations) {
    const label = `${entry.indicator} ${entry.year} ${entry.kind}`;
    const problem = (reason: string) =>
      problems.push({ file: entry.origin.file, entry: entryName(entry.origin, label), reason });
    const indicator = entities.get(entry.indicator);
    if (!indicator || indicator.type !== 'Indicator') {
      problem(`observation of an unknown indicator ${entry.indicator}`);
      continue;
    }
    const name = entry.indicator.slice('Indicator:'.length);
    const id = `Observation:${meta.slug}:${name}:${entry.year}:${entry.kind}`;
    const resolved = resolveQuote(doc, entry);
    if ('reason' in resolved) {
      problem(resolved.reason);
      continue;
    }
    if (curatedIds.has(id)) {
      problem(`duplicate id ${id}`);
      continue;
    }
    curatedIds.add(id);
    const extracted = records.get(id);
    if (extracted) {
      if (extracted.value !== entry.value || extracted.unit !== entry.unit) {
        problem(
          `conflicts with the extracted ${id}: ${extracted.value}${extracted.unit} ` +
            `(from "${extracted.quote}"), the annotation says ${entry.value}${entry.unit}`,
        );
      }
      extracted.curated = true;
      continue;
    }
    const { evidence } = resolved;
    records.set(id, {
      id,
      indicator: name,
      year: entry.year,
      kind: entry.kind,
      value: entry.value,
      unit: entry.unit,
      qualifier: entry.qualifier,
      qualifiers: entry.qualifier ? [entry.qualifier] : [],
      text: entry.text ?? evidence.quote,
      measure: entry.unit === '个百分点' ? 'change' : 'level',
      change: null,
      changeUnit: null,
      gap: entry.gap,
      gapUnit: entry.gap === null ? null : '个百分点',
      gapText: null,
      gapAgainst: null,
      gapAgainstTarget: null,
      met: entry.met,
      derivation: null,
      ...evidence,
      source: 'curated',
      curated: true,
      note: entry.note,
      term: null,
      metEvidence: null,
    });
  }
  const observations = [...records.values()];
  markMissedTargets(doc, meta, observations);
  return observations;
}

/**
 * The report's own list of indicators that missed their target (对照…计划,…等指标与预期目标
 * 有一定差距): each listed indicator's estimate of that year is `met: false`, with the
 * sentence as evidence, unless the text already gives it a verdict of its own.
 */
function markMissedTargets(
  doc: ExtractedDocument,
  meta: SourceMeta,
  observations: ObservationRecord[],
): void {
  for (const summary of extractTargetSummaries(doc.source, doc.paragraphs, meta.years.execution)) {
    const { year, names, ...evidence } = summary;
    for (const name of names) {
      const estimate = indicatorsNamed(name)
        .map((indicator) =>
          observations.find(
            (o) =>
              o.indicator === indicator &&
              o.year === year &&
              o.kind !== 'target' &&
              o.kind !== 'derived',
          ),
        )
        .find((o) => o != null);
      if (!estimate || estimate.met != null) continue;
      estimate.met = false;
      estimate.metEvidence = {
        paragraphId: evidence.paragraphId,
        start: evidence.start,
        end: evidence.end,
        quote: evidence.quote,
      };
    }
  }
}

export function writeObservations(
  graph: GraphWriter,
  observations: ObservationRecord[],
  meta: SourceMeta,
): void {
  for (const o of observations) {
    const indicatorId = `Indicator:${o.indicator}`;
    graph.node(['Observation'], o.id, {
      indicatorId,
      year: o.year,
      kind: o.kind,
      value: o.value,
      unit: o.unit,
      qualifier: o.qualifier,
      qualifiers: o.qualifiers,
      text: o.text,
      measure: o.measure,
      change: o.change,
      changeUnit: o.changeUnit,
      gap: o.gap,
      gapUnit: o.gapUnit,
      gapText: o.gapText,
      gapAgainst: o.gapAgainst,
      gapAgainstTarget: o.gapAgainstTarget,
      met: o.met,
      metParagraphId: o.metEvidence?.paragraphId ?? null,
      metStart: o.metEvidence?.start ?? null,
      metEnd: o.metEvidence?.end ?? null,
      metQuote: o.metEvidence?.quote ?? null,
      derivation: o.derivation,
      wording: o.wording ?? null,
      valueMax: o.valueMax ?? null,
      periodStart: o.periodStart ?? null,
      curated: o.curated,
      region: meta.region,
      source: o.source,
      note: o.note,
      ...evidenceProps(o),
    });
    graph.relationship('HAS_OBSERVATION', indicatorId, o.id, { year: o.year, kind: o.kind });
  }
}

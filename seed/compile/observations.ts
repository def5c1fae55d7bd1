import { type ExtractedDocument, type ExtractedObservation } from '../extract';
import { type Annotations, entryName } from './annotations';
import { type BuildProblem } from './BuildError';
import { type EntityRecord } from './entities';
import { type GraphWriter } from './graphWriter';
import { resolveQuote } from './quotes';
import { type SourceMeta } from './sourceMeta';
import { evidenceProps } from './writeGraph';

export type ObservationRecord = Omit<ExtractedObservation, 'term'> & {
  source: 'extracted' | 'curated';
  note: string | null;
  term: ExtractedObservation['term'] | null;
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
    doc.observations.map((o) => [o.id, { ...o, source: 'extracted', note: null }]),
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
      note: entry.note,
      term: null,
    });
  }
  return [...records.values()];
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
      derivation: o.derivation,
      region: meta.region,
      source: o.source,
      note: o.note,
      ...evidenceProps(o),
    });
    graph.relationship('HAS_OBSERVATION', indicatorId, o.id, { year: o.year, kind: o.kind });
  }
}

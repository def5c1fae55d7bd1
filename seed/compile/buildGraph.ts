import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  childrenOf,
  divisionById,
  divisionByName,
  type ExtractedDocument,
  extractDocument,
  type ExtractedObservation,
  findMentions,
  GAZETTEER_EVIDENCE_NOTE,
  type Mention,
  type MentionTarget,
  nameableIn,
  type QuotedTerm,
  withAncestors,
} from '../extract';
import { type Annotations, entryName, readAnnotations } from './annotations';
import {
  type ArtifactNode,
  type ArtifactRelationship,
  type GraphArtifact,
  type Props,
} from './artifact';
import { BuildError, type BuildProblem } from './BuildError';
import { collectEntities, type EntityRecord } from './entities';
import { pinyinOf } from './pinyin';
import { type Evidence, resolveQuote } from './quotes';
import { findMetaPath, readSourceMeta, type SourceMeta } from './sourceMeta';

export interface BuildOptions {
  /** The report, a UTF-8 text file. */
  sourcePath: string;
  /** The curated layer; without it the build is the deterministic layer only. */
  annotationsDir?: string;
  /** Defaults to `<report>.yaml`, else `source.yaml`, beside the report. */
  metaPath?: string;
}

export interface BuildResult {
  artifact: GraphArtifact;
  meta: SourceMeta;
  /** “…” terms of the text: candidates for curation, not part of the graph. */
  quotedTerms: QuotedTerm[];
}

const FOOTNOTE_MISSING = "the report's footnote definitions were on a page missing from the source";
const FOOTNOTE_ABSENT = 'the source gives no definition for this marker';

/** Source + metadata + annotations → the graph artifact. Throws BuildError on any problem. */
export function buildGraph(options: BuildOptions): GraphArtifact {
  return buildSeed(options).artifact;
}

export function buildSeed(options: BuildOptions): BuildResult {
  const bytes = readFileSync(options.sourcePath);
  const meta = readSourceMeta(findMetaPath(options.sourcePath, options.metaPath));
  const doc = extractDocument(bytes.toString('utf8'), { slug: meta.slug, years: meta.years });
  const annotations: Annotations = options.annotationsDir
    ? readAnnotations(options.annotationsDir)
    : { entities: [], relations: [], footnotes: [], observations: [] };
  const graph = new GraphWriter(`Document:${meta.slug}`);
  const problems: BuildProblem[] = [];

  const entities = collectEntities(annotations.entities, doc, problems);
  const annotated = checkFootnotes(annotations, doc, entities, problems);
  const relations = checkRelations(annotations, doc, entities, problems);
  const observations = mergeObservations(annotations, doc, meta, entities, problems);
  if (problems.length) throw new BuildError(problems);

  const referenced = new Set<string>([
    ...annotated.values(),
    ...relations.flatMap((r) => [r.from, r.to ?? '']),
    ...observations.map((o) => `Indicator:${o.indicator}`),
  ]);
  const candidates = [...entities.values()].filter((e) => {
    if (e.source === 'headline') return referenced.has(e.id);
    // A gazetteer name shared with a division elsewhere (市中区) names ours only at home.
    const division = e.source === 'gazetteer' ? divisionById(e.id) : undefined;
    return !division || nameableIn(division, meta.region);
  });
  const mentions = mentionsOf(doc, candidates, observations);
  const included = includedEntities(candidates, mentions, referenced, meta);
  const unmentioned = [...included.values()].filter(
    (e) => e.source !== 'gazetteer' && !mentions.some((m) => m.entityId === e.id),
  );
  for (const entity of unmentioned) {
    problems.push({
      ...(entity.definedIn ?? { file: 'seed/extract/headlineIndicators.ts', entry: entity.id }),
      reason:
        'no mention: neither the name nor an alias occurs in a paragraph; add the wording of the text as an alias',
    });
  }
  if (problems.length) throw new BuildError(problems);

  writeStructure(graph, doc, meta, bytes, options.sourcePath);
  writeEntities(graph, included, annotated);
  writeGazetteerEdges(graph, included);
  for (const mention of mentions.filter((m) => included.has(m.entityId))) {
    graph.relationship('MENTIONED_IN', mention.entityId, mention.targetId, {
      start: mention.start,
      end: mention.end,
      surface: mention.surface,
      via: mention.via,
      inHeading: mention.targetId.startsWith('Section:'),
    });
  }
  for (const [ordinal, entityId] of annotated) {
    const marker = doc.footnotes[ordinal - 1];
    graph.relationship('ANNOTATES', marker.id, entityId, {
      ordinal,
      number: marker.number,
      ...evidenceProps({
        paragraphId: marker.paragraphId ?? '',
        start: marker.start,
        end: marker.end,
        quote: marker.marker,
      }),
    });
  }
  writeRelations(graph, relations, entities);
  writeObservations(graph, observations, meta);

  return { artifact: graph.artifact(sha256(bytes)), meta, quotedTerms: doc.quotedTerms };
}

interface CheckedRelation {
  from: string;
  type: string;
  to: string | null;
  evidence: Evidence;
  props: Props;
}

type ObservationRecord = Omit<ExtractedObservation, 'term'> & {
  source: 'extracted' | 'curated';
  note: string | null;
  term: ExtractedObservation['term'] | null;
};

/** ordinal → annotated entity id, after checking each curated footnote against its marker. */
function checkFootnotes(
  annotations: Annotations,
  doc: ExtractedDocument,
  entities: Map<string, EntityRecord>,
  problems: BuildProblem[],
): Map<number, string> {
  const annotated = new Map<number, string>();
  for (const note of annotations.footnotes) {
    const problem = (reason: string) =>
      problems.push({
        file: note.origin.file,
        entry: entryName(note.origin, `ordinal ${note.ordinal}`),
        reason,
      });
    const marker = doc.footnotes[note.ordinal - 1];
    if (!marker) {
      problem(
        `no footnote marker with ordinal ${note.ordinal} (the text has ${doc.footnotes.length})`,
      );
      continue;
    }
    if (marker.number !== note.number) {
      problem(
        `footnote number mismatch: marker ${note.ordinal} is printed ${marker.marker} (number ${marker.number}), ` +
          `the annotation says ${note.number}`,
      );
    }
    if (!entities.has(note.annotates)) problem(`annotates an unknown entity ${note.annotates}`);
    if (note.quote) {
      const resolved = resolveQuote(doc, { quote: note.quote, near: note.near });
      if ('reason' in resolved) problem(resolved.reason);
      else if (resolved.evidence.start > marker.start || resolved.evidence.end < marker.end) {
        problem(
          `the quote does not contain marker ${note.ordinal} (${marker.marker} at ${marker.start})`,
        );
      }
    }
    if (annotated.has(note.ordinal)) problem(`duplicate footnote ordinal ${note.ordinal}`);
    annotated.set(note.ordinal, note.annotates);
  }
  return new Map([...annotated].sort((a, b) => a[0] - b[0]));
}

function checkRelations(
  annotations: Annotations,
  doc: ExtractedDocument,
  entities: Map<string, EntityRecord>,
  problems: BuildProblem[],
): CheckedRelation[] {
  const checked: CheckedRelation[] = [];
  const seen = new Map<string, string>();
  for (const relation of annotations.relations) {
    const label = `${relation.from} -${relation.type}-> ${relation.to ?? ''}`.trim();
    const problem = (reason: string) =>
      problems.push({
        file: relation.origin.file,
        entry: entryName(relation.origin, label),
        reason,
      });
    if (!entities.has(relation.from)) problem(`relation from an unknown entity ${relation.from}`);
    if (relation.to && !entities.has(relation.to))
      problem(`relation to an unknown entity ${relation.to}`);
    const resolved = resolveQuote(doc, relation);
    if ('reason' in resolved) {
      problem(resolved.reason);
      continue;
    }
    const key = `${label}@${resolved.evidence.start}:${relation.year}:${relation.phase}`;
    if (seen.has(key)) {
      problem(`duplicate relation (same as ${seen.get(key)})`);
      continue;
    }
    seen.set(key, `${relation.origin.file}: ${entryName(relation.origin, label)}`);
    checked.push({
      from: relation.from,
      type: relation.type,
      to: relation.to,
      evidence: resolved.evidence,
      props: {
        year: relation.year,
        phase: relation.phase,
        wording: relation.wording,
        commitment: relation.commitment,
        amountValue: relation.amount?.value ?? null,
        amountUnit: relation.amount?.unit ?? null,
        note: relation.note,
      },
    });
  }
  return checked;
}

/**
 * The extracted headline observations plus the curated ones. A curated observation that
 * repeats an extracted one must agree with it (then the extraction's richer record
 * stays); one that disagrees is an error, as it means one of the two misread the text.
 */
function mergeObservations(
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

/**
 * How a mention was found: `name`, an occurrence of the name or an alias; `nested`, one
 * inside a longer name, kept only for an entity with no other; `evidence`, the quote of
 * an Indicator whose descriptive name the text never writes (省重点项目年度投资完成率…).
 */
type FoundMention = Mention & { via: 'name' | 'nested' | 'evidence' };

/**
 * Mentions of every entity, longest match first, so 乐山高新区 is not also 乐山市. An
 * Indicator is also mentioned where the extraction read its value (参保率 in a sentence
 * about 基本养老保险).
 */
function mentionsOf(
  doc: ExtractedDocument,
  entities: EntityRecord[],
  observations: ObservationRecord[],
): FoundMention[] {
  const formsOf = (entity: EntityRecord) =>
    [entity.name, ...entity.aliases].map((surface) => ({ surface, entityId: entity.id }));
  const targets: MentionTarget[] = [
    ...doc.paragraphs,
    ...doc.sections.flatMap((s) => (s.heading ? [{ id: s.id, ...s.heading }] : [])),
  ];
  const found: FoundMention[] = findMentions(doc.source, targets, entities.flatMap(formsOf)).map(
    (m) => ({
      ...m,
      via: 'name',
    }),
  );
  const seen = new Set(found.map((m) => `${m.entityId}@${m.start}`));
  const add = (mention: FoundMention) => {
    const key = `${mention.entityId}@${mention.start}`;
    const overlaps = found.some(
      (m) => m.entityId === mention.entityId && m.start < mention.end && mention.start < m.end,
    );
    if (seen.has(key) || overlaps) return;
    seen.add(key);
    found.push(mention);
  };
  for (const observation of observations) {
    if (!observation.term) continue;
    const entityId = `Indicator:${observation.indicator}`;
    add({ entityId, targetId: observation.paragraphId, ...observation.term, via: 'name' });
  }
  const mentioned = new Set(found.map((m) => m.entityId));
  for (const entity of entities.filter((e) => !mentioned.has(e.id))) {
    findMentions(doc.source, targets, formsOf(entity)).forEach((m) => add({ ...m, via: 'nested' }));
  }
  const stillUnmentioned = entities.filter(
    (e) => e.type === 'Indicator' && !found.some((m) => m.entityId === e.id),
  );
  for (const indicator of stillUnmentioned) {
    const evidence = [
      ...(indicator.evidence ? [indicator.evidence] : []),
      ...observations.filter((o) => `Indicator:${o.indicator}` === indicator.id),
    ];
    for (const e of evidence) {
      const targetId = 'sectionId' in e && e.sectionId ? e.sectionId : e.paragraphId;
      if (targetId)
        add({
          entityId: indicator.id,
          targetId,
          start: e.start,
          end: e.end,
          surface: e.quote,
          via: 'evidence',
        });
    }
  }
  return found.sort((a, b) => a.start - b.start || (a.entityId < b.entityId ? -1 : 1));
}

/**
 * All non-gazetteer candidates, and of the gazetteer: the report's region with the
 * divisions above and directly below it (so all of 乐山's counties exist, 峨眉山市 too),
 * plus every division the text mentions or an annotation names, with those above it.
 */
function includedEntities(
  candidates: EntityRecord[],
  mentions: FoundMention[],
  referenced: Set<string>,
  meta: SourceMeta,
): Map<string, EntityRecord> {
  const divisions = new Set<string>();
  const region = meta.region ? divisionByName(meta.region) : undefined;
  if (region) {
    for (const d of [...withAncestors(region.id), ...childrenOf(region.id)]) divisions.add(d.id);
  }
  const named = [...mentions.map((m) => m.entityId), ...referenced];
  for (const id of named) {
    if (divisionById(id)) for (const d of withAncestors(id)) divisions.add(d.id);
  }
  return new Map(
    candidates
      .filter((e) => !e.inGazetteer || divisions.has(e.id) || e.source === 'curated')
      .map((e) => [e.id, e]),
  );
}

function writeStructure(
  graph: GraphWriter,
  doc: ExtractedDocument,
  meta: SourceMeta,
  bytes: Buffer,
  sourcePath: string,
): void {
  const documentId = graph.documentId;
  graph.node(['Document'], documentId, {
    slug: meta.slug,
    title: meta.title,
    issuer: meta.issuer,
    deliveredOn: meta.deliveredOn,
    venue: meta.venue,
    region: meta.region,
    years: meta.years,
    sha256: sha256(bytes),
    sourceFile: basename(sourcePath),
    length: doc.source.length,
    truncated: meta.truncated,
    truncationNote: meta.truncationNote,
  });
  for (const section of doc.sections) {
    graph.node(['Section'], section.id, {
      label: section.label,
      title: section.title,
      level: section.level,
      order: section.order,
      start: section.start,
      end: section.end,
    });
    const parent = section.parentId ?? documentId;
    graph.relationship(section.parentId ? 'HAS_SUBSECTION' : 'HAS_SECTION', parent, section.id, {
      order: section.order,
    });
  }
  doc.paragraphs.forEach((paragraph, index) => {
    graph.node(['Paragraph'], paragraph.id, {
      order: paragraph.order,
      text: paragraph.text,
      plainText: paragraph.plainText,
      pageBreak: paragraph.pageBreak,
      lead: paragraph.lead,
      start: paragraph.start,
      end: paragraph.end,
      sectionId: paragraph.sectionId,
    });
    graph.relationship('HAS_PARAGRAPH', paragraph.sectionId, paragraph.id, {
      order: paragraph.order,
    });
    const next = doc.paragraphs[index + 1];
    if (next) graph.relationship('NEXT', paragraph.id, next.id, {});
  });
  const termOf = new Map(
    doc.quotedTerms.filter((t) => t.footnoteOrdinal).map((t) => [t.footnoteOrdinal, t.text]),
  );
  for (const marker of doc.footnotes) {
    graph.node(['Footnote'], marker.id, {
      ordinal: marker.ordinal,
      number: marker.number,
      marker: marker.marker,
      notation: marker.notation,
      anomaly: marker.anomaly,
      definition: null,
      definitionNote: meta.truncated ? FOOTNOTE_MISSING : FOOTNOTE_ABSENT,
      term: termOf.get(marker.ordinal) ?? null,
      start: marker.start,
      end: marker.end,
      paragraphId: marker.paragraphId,
    });
    if (marker.paragraphId) {
      graph.relationship('IN', marker.id, marker.paragraphId, {
        start: marker.start,
        end: marker.end,
      });
    }
  }
}

function writeEntities(
  graph: GraphWriter,
  entities: Map<string, EntityRecord>,
  annotated: Map<number, string>,
): void {
  const programs = new Set(annotated.values());
  for (const entity of entities.values()) {
    const labels = ['Entity', entity.type, ...(programs.has(entity.id) ? ['Program'] : [])];
    graph.entity(labels, entity.id, {
      type: entity.type,
      kind: entity.kind,
      name: entity.name,
      nameEn: entity.nameEn,
      aliases: entity.aliases,
      ...pinyinOf(entity.name),
      code: entity.code,
      codeNote: entity.codeNote,
      note: entity.note,
      source: entity.source,
      ...(entity.evidence
        ? {
            paragraphId: entity.evidence.paragraphId,
            sectionId: entity.evidence.sectionId,
            start: entity.evidence.start,
            end: entity.evidence.end,
            quote: entity.evidence.quote,
          }
        : {}),
    });
  }
}

/** PART_OF between divisions is the gazetteer's knowledge, shared by every document. */
function writeGazetteerEdges(graph: GraphWriter, entities: Map<string, EntityRecord>): void {
  for (const entity of entities.values()) {
    const division = divisionById(entity.id);
    const parent = division?.partOf ? divisionByName(division.partOf) : undefined;
    if (!parent || !entities.has(parent.id)) continue;
    graph.sharedRelationship('PART_OF', entity.id, parent.id, {
      source: 'gazetteer',
      paragraphId: null,
      start: null,
      end: null,
      quote: null,
      evidenceNote: GAZETTEER_EVIDENCE_NOTE,
    });
  }
}

function writeRelations(
  graph: GraphWriter,
  relations: CheckedRelation[],
  entities: Map<string, EntityRecord>,
): void {
  for (const relation of relations) {
    let to = relation.to;
    if (relation.type === 'HAS_STATUS') {
      // A status is a node per project, year and phase, so it is queryable like an edge target.
      const project = entities.get(relation.from)!;
      to = `Status:${project.name}:${relation.props.year}:${relation.props.phase}`;
      graph.node(['Status'], to, {
        projectId: relation.from,
        year: relation.props.year,
        phase: relation.props.phase,
        wording: relation.props.wording,
      });
    }
    graph.relationship(relation.type, relation.from, to!, {
      source: 'curated',
      ...relation.props,
      ...evidenceProps(relation.evidence),
    });
  }
}

function writeObservations(
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

function evidenceProps(evidence: Evidence): Props {
  return {
    paragraphId: evidence.paragraphId,
    start: evidence.start,
    end: evidence.end,
    quote: evidence.quote,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Collects nodes and relationships with stable ids. A document's relationships sharing
 * `TYPE:from->to` are told apart by the start offset of their evidence (a shared one,
 * which every document writes alike, keeps the plain id); everything is sorted by id so
 * the same inputs give a byte-identical graph.json.
 */
class GraphWriter {
  private readonly nodes = new Map<string, ArtifactNode>();
  private readonly relationships: (ArtifactRelationship & { base: string; shared: boolean })[] = [];

  constructor(readonly documentId: string) {}

  node(labels: string[], id: string, props: Props): void {
    if (this.nodes.has(id)) return;
    this.nodes.set(id, { id, labels, props: { id, ...props, documentId: this.documentId } });
  }

  /** Entities may be shared by documents: they list theirs instead of owning one. */
  entity(labels: string[], id: string, props: Props): void {
    this.nodes.set(id, { id, labels, props: { id, ...props, documentIds: [this.documentId] } });
  }

  relationship(type: string, from: string, to: string, props: Props): void {
    this.add(type, from, to, { ...props, documentId: this.documentId }, false);
  }

  /** A relationship of no one document (the gazetteer's): reloading a document keeps it. */
  sharedRelationship(type: string, from: string, to: string, props: Props): void {
    this.add(type, from, to, props, true);
  }

  private add(type: string, from: string, to: string, props: Props, shared: boolean): void {
    const base = `${type}:${from}->${to}`;
    this.relationships.push({ id: base, base, type, from, to, props, shared });
  }

  artifact(sourceSha256: string): GraphArtifact {
    const counts = new Map<string, number>();
    for (const r of this.relationships) counts.set(r.base, (counts.get(r.base) ?? 0) + 1);
    const relationships = this.relationships.map(({ base, shared, ...r }) => {
      const id = counts.get(base)! > 1 && !shared ? `${base}@${r.props.start}` : base;
      return { ...r, id, props: { id, ...r.props } };
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      documentId: this.documentId,
      sha256: sourceSha256,
      nodes: [...this.nodes.values()].sort(byId),
      relationships: relationships.sort(byId),
    };
  }
}

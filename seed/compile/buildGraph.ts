import { readFileSync } from 'node:fs';
import { divisionById, extractDocument, nameableIn, type QuotedTerm } from '../extract';
import { type Annotations, readAnnotations } from './annotations';
import { type GraphArtifact } from './artifact';
import { BuildError, type BuildProblem } from './BuildError';
import { checkFootnotes } from './checkFootnotes';
import { checkRelations } from './checkRelations';
import { collectEntities } from './entities';
import { GraphWriter } from './graphWriter';
import { includedEntities } from './includedEntities';
import { mentionsOf } from './mentions';
import { mergeObservations, writeObservations } from './observations';
import {
  findMetaPath,
  readSourceMeta,
  resolveSourceMeta,
  slugOf,
  type SourceMeta,
} from './sourceMeta';
import {
  sha256,
  writeAnnotates,
  writeEntities,
  writeGazetteerEdges,
  writeMentions,
  writeRelations,
  writeStructure,
} from './writeGraph';

export interface BuildOptions {
  /** The report, a UTF-8 text file. */
  sourcePath: string;
  /** The curated layer; without it the build is the deterministic layer only. */
  annotationsDir?: string;
  /** Overrides what the text says; defaults to `<report>.yaml`, `source.yaml` or `meta.yaml` beside it. */
  metaPath?: string;
}

export interface BuildResult {
  artifact: GraphArtifact;
  meta: SourceMeta;
  /** “…” terms of the text: candidates for curation, not part of the graph. */
  quotedTerms: QuotedTerm[];
  /** Where the metadata file overrides what the text says (file: field: both values). */
  warnings: string[];
}

/** Source + metadata + annotations → the graph artifact. Throws BuildError on any problem. */
export function buildGraph(options: BuildOptions): GraphArtifact {
  return buildSeed(options).artifact;
}

export function buildSeed(options: BuildOptions): BuildResult {
  const bytes = readFileSync(options.sourcePath);
  const metaPath = findMetaPath(options.sourcePath, options.metaPath);
  const overrides = metaPath ? readSourceMeta(metaPath) : {};
  const doc = extractDocument(bytes.toString('utf8'), {
    slug: overrides.slug ?? slugOf(options.sourcePath),
    years: overrides.years,
  });
  const { meta, warnings } = resolveSourceMeta(
    options.sourcePath,
    doc.metadata,
    overrides,
    metaPath,
  );
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
  writeMentions(graph, mentions, included);
  writeAnnotates(graph, doc, annotated);
  writeRelations(graph, relations, entities);
  writeObservations(graph, observations, meta);

  return {
    artifact: graph.artifact(sha256(bytes)),
    meta,
    quotedTerms: doc.quotedTerms,
    warnings,
  };
}

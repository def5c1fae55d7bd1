import { readFileSync } from 'node:fs';
import {
  abbreviationsIn,
  divisionsNamedIn,
  extractDocument,
  namesDivision,
  type QuotedTerm,
  regionNamed,
  regionOf,
} from '../extract';
import { type Annotations, readAnnotations } from './annotations';
import { type GraphArtifact } from './artifact';
import { BuildError, type BuildProblem, displayPath } from './BuildError';
import { checkFootnotes } from './checkFootnotes';
import { checkRelations } from './checkRelations';
import { collectEntities } from './entities';
import { GraphWriter } from './graphWriter';
import { includedEntities, possibleDivisions } from './includedEntities';
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
  writeAbout,
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
  // The region: the metadata's (stored by its canonical name), else the one the report's
  // opening names (extract/region.ts).
  const region = meta.region ? regionNamed(meta.region) : regionOf(doc.source);
  if (meta.region && !region) {
    throw new BuildError([
      {
        file: displayPath(metaPath ?? options.sourcePath),
        entry: 'region',
        reason: `${meta.region} is no division the gazetteer knows, or several share it: write its full name (开州区), with its parent's where the name is shared (内江市市中区), or leave region out to read it from the text`,
      },
    ]);
  }
  meta.region = region?.name ?? null;
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
  // Of the gazetteer, the divisions the text may name: a shared or local surface (市中区,
  // 开州) names one only as the report's region resolves it.
  const named = divisionsNamedIn(doc.source, region);
  const abbreviations = abbreviationsIn(doc.source);
  const possible = possibleDivisions(region, [
    ...named.keys(),
    ...abbreviations.map((a) => a.divisionId),
    ...referenced,
  ]);
  const candidates = [...entities.values()].filter((e) => {
    if (e.source === 'headline') return referenced.has(e.id);
    return !e.inGazetteer || e.source === 'curated' || possible.has(e.id);
  });
  const surfaces = new Map(
    candidates
      .filter((e) => e.inGazetteer)
      .map((e) => [
        e.id,
        [e.name, ...e.aliases].filter((surface) => namesDivision(surface, e.id, region)),
      ]),
  );
  const mentions = mentionsOf(doc, candidates, observations, { surfaces, abbreviations });
  const included = includedEntities(candidates, mentions, referenced, region);
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
  writeAbout(graph, region, mentions);
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

import { buildSeed, BuildError, type GraphArtifact } from './compile';
import { type CorpusReport, listCorpus } from './corpus';
import { applySchema, type Log, type SeedDatabase, stderrLog } from './load';
import { loadIfStale, type SeedResult } from './seedDatabase';

export interface RefusedReport {
  name: string;
  /** What the build said: file, entry and reason of each problem. */
  reason: string;
}

export interface CorpusSeedResult {
  loaded: SeedResult[];
  refused: RefusedReport[];
  /** Metadata overrides and curations of two reports that disagree about one entity. */
  warnings: string[];
}

/** Entity properties two curations must agree on. */
const CURATED_FIELDS = ['type', 'kind', 'name', 'nameEn'] as const;

/**
 * Where two reports' curations describe one entity (the same id) differently. Entities
 * merge by id when loaded, so the later report's words would silently win.
 */
export function curationConflicts(built: { name: string; artifact: GraphArtifact }[]): string[] {
  const seen = new Map<string, { report: string; props: Record<string, unknown> }>();
  const conflicts: string[] = [];
  for (const { name, artifact } of built) {
    for (const node of artifact.nodes) {
      if (!node.labels.includes('Entity') || node.props.source !== 'curated') continue;
      const first = seen.get(node.id);
      if (!first) {
        seen.set(node.id, { report: name, props: node.props });
        continue;
      }
      for (const field of CURATED_FIELDS) {
        const [a, b] = [first.props[field] ?? null, node.props[field] ?? null];
        if (a !== b) {
          conflicts.push(
            `${node.id}: ${first.report} curates ${field} ${JSON.stringify(a)}, ${name} ${JSON.stringify(b)}; the graph keeps ${name}'s`,
          );
        }
      }
    }
  }
  return conflicts;
}

/**
 * Builds every report of the corpus (the curated Leshan report and every seed/corpus
 * folder), then loads each whose graph is missing or stale. A report that cannot be
 * built is named with the reason and loads nothing of itself: its previous graph, if
 * any, stays, and so does everything else. Builds run before any load, so a refusal
 * costs the database nothing.
 */
export async function seedCorpus(
  db: SeedDatabase,
  { reports = listCorpus(), log = stderrLog, force = false } = {} as {
    reports?: CorpusReport[];
    log?: Log;
    force?: boolean;
  },
): Promise<CorpusSeedResult> {
  const built: { name: string; artifact: GraphArtifact }[] = [];
  const refused: RefusedReport[] = [];
  const warnings: string[] = [];
  for (const report of reports) {
    try {
      const result = buildSeed({
        sourcePath: report.sourcePath,
        metaPath: report.metaPath,
        annotationsDir: report.annotationsDir,
      });
      built.push({ name: report.name, artifact: result.artifact });
      warnings.push(...result.warnings);
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      refused.push({ name: report.name, reason: error.message });
    }
  }
  warnings.push(...curationConflicts(built));
  for (const warning of warnings) log(`warning: ${warning}`);
  for (const { name, reason } of refused) log(`refused: ${name} was not loaded: ${reason}`);
  // The schema once for all reports, then each report that is missing or stale.
  await applySchema(db, log);
  const loaded: SeedResult[] = [];
  for (const { artifact } of built) loaded.push(await loadIfStale(db, artifact, { force, log }));
  return { loaded, refused, warnings };
}

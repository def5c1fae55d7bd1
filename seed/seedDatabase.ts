import { type BuildOptions, buildSeed, type GraphArtifact } from './compile';
import { applySchema, isStale, loadArtifact, type Log, type SeedDatabase, stderrLog } from './load';
import { reportOrDefault } from './paths';

export interface SeedOptions extends Partial<BuildOptions> {
  /** Reload even when the database already holds this exact graph. */
  force?: boolean;
  log?: Log;
  /** An artifact the caller has already built from these options (saves building twice). */
  artifact?: GraphArtifact;
}

export interface SeedResult {
  documentId: string;
  /** False when the graph was already up to date. */
  loaded: boolean;
  nodes: number;
  relationships: number;
}

/**
 * Builds a report's graph and loads it when the database's copy is missing or stale.
 * With no sourcePath: the Leshan report with seed/annotations. The build runs first, so a
 * BuildError leaves the database untouched.
 */
export async function seedDatabase(
  db: SeedDatabase,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const log = options.log ?? stderrLog;
  const artifact = options.artifact ?? built(options, log);
  await applySchema(db, log);
  return loadIfStale(db, artifact, { force: options.force, log });
}

/**
 * Loads a built artifact when the database's copy is missing or stale (or `force`). The
 * schema (constraints and indexes) must be in place: applySchema.
 */
export async function loadIfStale(
  db: SeedDatabase,
  artifact: GraphArtifact,
  { force = false, log = stderrLog }: { force?: boolean; log?: Log } = {},
): Promise<SeedResult> {
  const counts = { nodes: artifact.nodes.length, relationships: artifact.relationships.length };
  if (!force && !(await isStale(db, artifact))) {
    log(`${artifact.documentId}: up to date`);
    return { documentId: artifact.documentId, loaded: false, ...counts };
  }
  await loadArtifact(db, artifact, log);
  return { documentId: artifact.documentId, loaded: true, ...counts };
}

/** Builds the report, logging where its metadata file overrides its text. */
function built(options: SeedOptions, log: Log): GraphArtifact {
  const { artifact, warnings } = buildSeed(
    reportOrDefault({
      sourcePath: options.sourcePath,
      metaPath: options.metaPath,
      annotationsDir: options.annotationsDir,
    }),
  );
  for (const warning of warnings) log(`warning: ${warning}`);
  return artifact;
}

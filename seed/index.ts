/** The seed pipeline's public names: build (no database), load, and both at once. */
export {
  buildGraph,
  buildSeed,
  BuildError,
  formatSummary,
  serializeArtifact,
  summarize,
} from './compile';
export type { BuildOptions, BuildProblem, BuildResult, GraphArtifact } from './compile';
export { applySchema, isStale, loadArtifact } from './load';
export type { SeedDatabase } from './load';
export { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from './paths';
export { seedDatabase } from './seedDatabase';
export type { SeedOptions, SeedResult } from './seedDatabase';
export { curationConflicts, seedCorpus } from './seedCorpus';
export type { CorpusSeedResult, RefusedReport } from './seedCorpus';

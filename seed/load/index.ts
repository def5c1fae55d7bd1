export { stderrLog } from './database';
export type { Log, SeedDatabase } from './database';
export { isStale } from './isStale';
export { loadArtifact, validateArtifact } from './loadArtifact';
export type { LoadResult } from './loadArtifact';
export { applySchema, schemaStatements } from './schema';

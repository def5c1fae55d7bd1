import { artifactHash, type GraphArtifact } from '../compile';
import { type SeedDatabase } from './database';

/** True when the database lacks this document or holds it from a different graph.json. */
export async function isStale(db: SeedDatabase, artifact: GraphArtifact): Promise<boolean> {
  const rows = await db.read<{ contentHash: string | null }>(
    'MATCH (d:Document {id: $documentId}) RETURN d.contentHash AS contentHash',
    { documentId: artifact.documentId },
  );
  return rows.length === 0 || rows[0].contentHash !== artifactHash(artifact);
}

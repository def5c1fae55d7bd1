import { createHash } from 'node:crypto';

/** The graph artifact (seed/README.md): generic, so the loader knows nothing of the domain. */
export type Scalar = string | number | boolean | null;
export type Props = Record<string, Scalar | Scalar[]>;

export interface ArtifactNode {
  id: string;
  labels: string[];
  props: Props;
}

export interface ArtifactRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

export interface GraphArtifact {
  documentId: string;
  /** Of the source file. */
  sha256: string;
  nodes: ArtifactNode[];
  relationships: ArtifactRelationship[];
}

/** The text of graph.json: what is written, hashed and compared is this one string. */
export function serializeArtifact(artifact: GraphArtifact): string {
  return `${JSON.stringify(artifact, null, 2)}\n`;
}

/** sha256 of graph.json; stored on the Document node so a start-up can tell a stale graph. */
export function artifactHash(artifact: GraphArtifact): string {
  return createHash('sha256').update(serializeArtifact(artifact)).digest('hex');
}

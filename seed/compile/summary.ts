import { type GraphArtifact } from './artifact';

export interface GraphSummary {
  documentId: string;
  nodes: number;
  relationships: number;
  /** Nodes per label; a node with several labels counts under each. */
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export function summarize(artifact: GraphArtifact): GraphSummary {
  const labels: Record<string, number> = {};
  const relationshipTypes: Record<string, number> = {};
  for (const node of artifact.nodes)
    for (const label of node.labels) labels[label] = (labels[label] ?? 0) + 1;
  for (const r of artifact.relationships)
    relationshipTypes[r.type] = (relationshipTypes[r.type] ?? 0) + 1;
  return {
    documentId: artifact.documentId,
    nodes: artifact.nodes.length,
    relationships: artifact.relationships.length,
    labels: sorted(labels),
    relationshipTypes: sorted(relationshipTypes),
  };
}

/** One line per count, for a terminal. */
export function formatSummary(summary: GraphSummary): string {
  const rows = (counts: Record<string, number>) =>
    Object.entries(counts).map(([key, n]) => `  ${key.padEnd(18)} ${n}`);
  return [
    `${summary.documentId}: ${summary.nodes} nodes, ${summary.relationships} relationships`,
    'nodes by label:',
    ...rows(summary.labels),
    'relationships by type:',
    ...rows(summary.relationshipTypes),
  ].join('\n');
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

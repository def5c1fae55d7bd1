import type { GraphSlice, SliceEdge } from './api';

/** One path: its nodes from start to end, and the edge taken at each hop. */
export interface Path {
  nodes: string[];
  edges: SliceEdge[];
}

/**
 * The distinct shortest paths from `from` to `to` inside a slice of shortest paths (the
 * GraphQL `paths` answers their union), each hop over an edge in either direction, at
 * most `limit` of them. Parallel edges make distinct paths.
 */
export function shortestPaths(slice: GraphSlice, from: string, to: string, limit = 25): Path[] {
  const incident = new Map<string, { edge: SliceEdge; other: string }[]>();
  const link = (node: string, edge: SliceEdge, other: string) => {
    if (!incident.has(node)) incident.set(node, []);
    incident.get(node)!.push({ edge, other });
  };
  for (const edge of slice.edges) {
    link(edge.source, edge, edge.target);
    if (edge.target !== edge.source) link(edge.target, edge, edge.source);
  }
  // Hops from each node to `to`, breadth first.
  const distance = new Map([[to, 0]]);
  const queue = [to];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const { other } of incident.get(node) ?? []) {
      if (!distance.has(other)) {
        distance.set(other, distance.get(node)! + 1);
        queue.push(other);
      }
    }
  }
  if (!distance.has(from)) return [];
  const paths: Path[] = [];
  const walk = (node: string, nodes: string[], edges: SliceEdge[]) => {
    if (paths.length >= limit) return;
    if (node === to) {
      paths.push({ nodes, edges });
      return;
    }
    const next = (incident.get(node) ?? [])
      .filter(({ other }) => distance.get(other) === distance.get(node)! - 1)
      .sort((a, b) => (a.other < b.other ? -1 : a.other > b.other ? 1 : 0));
    for (const { edge, other } of next) walk(other, [...nodes, other], [...edges, edge]);
  };
  walk(from, [from], []);
  return paths;
}

import type { Database } from '../../neo4j';
import { notFound } from '../../errors';
import * as cypher from './cypher';
import { mergeSlice, type SliceEdgeRow, type SliceNodeRow } from './graphSlice';
import { boundedInt, RESEARCH_LIMITS } from './limits';
import type { GraphSliceModel } from './model';
import { relationshipTypesToFollow } from './relationshipTypes';
import type { Statement } from './statement';

export interface NeighborhoodRequest {
  id: string;
  depth?: number | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

export interface PathsRequest {
  from: string;
  to: string;
  maxHops?: number | null;
  limit?: number | null;
  relationshipTypes?: readonly string[] | null;
}

/** Checks the arguments and picks the fixed text for the depth. */
export function planNeighborhood(request: NeighborhoodRequest): Statement {
  const depth = boundedInt(request.depth ?? 1, 'depth', 1, RESEARCH_LIMITS.neighborhoodDepth);
  const limit = boundedInt(request.limit ?? 200, 'limit', 1, RESEARCH_LIMITS.neighborhoodNodes);
  const types = relationshipTypesToFollow(request.relationshipTypes);
  return {
    cypher: cypher.neighborhoodByDepth[depth],
    params: { id: request.id, types, limit, edgeLimit: RESEARCH_LIMITS.sliceEdges + 1 },
  };
}

/**
 * The entity, the nodes within `depth` hops along the chosen relationship types (nearest
 * first, at most `limit` with the centre), and every chosen relationship among them.
 */
export async function neighborhood(
  db: Database,
  request: NeighborhoodRequest,
): Promise<GraphSliceModel> {
  const { cypher: text, params } = planNeighborhood(request);
  const [row] = await db.read<{ nodes: SliceNodeRow[]; edges: SliceEdgeRow[]; truncated: boolean }>(
    text,
    params,
  );
  if (!row) throw notFound(`No entity has the id ${request.id}.`);
  const edges = row.edges.slice(0, RESEARCH_LIMITS.sliceEdges);
  return mergeSlice(
    [{ nodes: row.nodes, edges }],
    row.truncated || row.edges.length > edges.length,
  );
}

/** Checks the arguments and picks the fixed text for the hop bound. */
export function planPaths(request: PathsRequest): Statement & { limit: number } {
  const maxHops = boundedInt(request.maxHops ?? 4, 'maxHops', 1, RESEARCH_LIMITS.pathHops);
  const limit = boundedInt(request.limit ?? 5, 'limit', 1, RESEARCH_LIMITS.paths);
  const types = relationshipTypesToFollow(request.relationshipTypes);
  return {
    cypher: cypher.pathsByMaxHops[maxHops],
    params: { from: request.from, to: request.to, types, fetch: limit + 1 },
    limit,
  };
}

interface PathsRow {
  fromFound: boolean;
  toFound: boolean;
  from: SliceNodeRow | null;
  paths: { nodes: SliceNodeRow[]; edges: SliceEdgeRow[] }[];
}

/**
 * The shortest paths (all of the least length, up to `limit`) between two entities, as
 * one slice. No path within `maxHops` is an empty slice, not an error.
 */
export async function paths(db: Database, request: PathsRequest): Promise<GraphSliceModel> {
  const { cypher: text, params, limit } = planPaths(request);
  const [row] = await db.read<PathsRow>(text, params);
  if (!row.fromFound) throw notFound(`No entity has the id ${request.from} (from).`);
  if (!row.toFound) throw notFound(`No entity has the id ${request.to} (to).`);
  if (request.from === request.to) return mergeSlice([{ nodes: [row.from!], edges: [] }], false);
  return mergeSlice(row.paths.slice(0, limit), row.paths.length > limit);
}

import { graphNode, type SliceNodeRow } from '../modules/research/graphSlice';
import { RESEARCH_LIMITS } from '../modules/research/limits';
import { relationshipTypesToFollow } from '../modules/research/relationshipTypes';
import { neighborhood } from '../modules/research/slices';
import type { Database } from '../neo4j';
import * as cypher from './cypher';
import type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';
import { exportBaseName, graphTitle, type DocumentSummary } from './naming';

interface NodeRow {
  id: string;
  labels: string[];
  properties: Record<string, ExportValue>;
}

interface RelationshipRow {
  id: string | null;
  type: string;
  source: string;
  target: string;
  properties: Record<string, ExportValue>;
}

/** The properties an exporter writes as data: `id` is the node's or edge's own column. */
function withoutId(properties: Record<string, ExportValue>): Record<string, ExportValue> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'id'));
}

/** The node as a graph slice sees it, so its type and caption are the explorer's. */
function asSliceRow({ id, labels, properties }: NodeRow): SliceNodeRow {
  const text = (key: string) => {
    const value = properties[key];
    return typeof value === 'string' ? value : null;
  };
  const number = (key: string) => {
    const value = properties[key];
    return typeof value === 'number' ? value : null;
  };
  return {
    id,
    labels,
    name: text('name'),
    nameEn: text('nameEn'),
    kind: text('kind'),
    lead: text('lead'),
    excerpt: text('text')?.slice(0, 60) ?? null,
    label: text('label'),
    title: text('title'),
    number: number('number'),
    order: number('order'),
    year: number('year'),
    phase: text('phase'),
    wording: text('wording'),
    anomaly: text('anomaly'),
  };
}

function toNode(row: NodeRow): ExportNode {
  const { type, name } = graphNode(asSliceRow(row));
  return {
    id: row.id,
    labels: row.labels,
    type,
    label: name,
    properties: withoutId(row.properties),
  };
}

function toEdges(rows: RelationshipRow[]): ExportEdge[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const properties = withoutId(row.properties);
    // Structural relationships may have no id; one derived from the ends is stable, and a
    // counter keeps parallel edges apart.
    const base = row.id ?? `${row.type}:${row.source}->${row.target}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}#${count}`,
      type: row.type,
      source: row.source,
      target: row.target,
      properties,
    };
  });
}

/** The whole graph: every node and every relationship. */
export async function readGraph(db: Database): Promise<ExportGraph> {
  const [nodes, relationships, documents] = await Promise.all([
    db.read<NodeRow>(cypher.allNodes),
    db.read<RelationshipRow>(cypher.allRelationships),
    db.read<DocumentSummary>(cypher.documents),
  ]);
  return {
    title: graphTitle(documents),
    baseName: exportBaseName(documents),
    nodes: nodes.map(toNode),
    edges: toEdges(relationships),
  };
}

export interface NeighborhoodOptions {
  /** Hops from the centre, 1 (the default) to the GraphQL `neighborhood`'s limit. */
  depth?: number | null;
  /** The relationship types followed and exported; those between entities when absent. */
  relationshipTypes?: readonly string[] | null;
}

/**
 * Relationship types as a reader lists them (`SEEKS,PART_OF`); null (the default types)
 * when the list is absent or blank. The types are checked where they are followed.
 */
export function relationshipTypeList(list: string | null | undefined): string[] | null {
  if (list === null || list === undefined || list.trim() === '') return null;
  return list
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
}

/**
 * The neighbourhood of the entity `id` as the GraphQL `neighborhood` finds it (the same
 * statement, limits and errors, with its largest node budget), with every property of its
 * nodes and of the followed relationships among them. Throws that field's GraphQLErrors:
 * BAD_USER_INPUT or LIMIT_EXCEEDED for a bad depth or type, NOT_FOUND for an unknown id.
 */
export async function readNeighborhood(
  db: Database,
  id: string,
  { depth = 1, relationshipTypes = null }: NeighborhoodOptions = {},
): Promise<ExportGraph> {
  const slice = await neighborhood(db, {
    id,
    depth,
    relationshipTypes,
    limit: RESEARCH_LIMITS.neighborhoodNodes,
  });
  const ids = slice.nodes.map((node) => node.id);
  const types = relationshipTypesToFollow(relationshipTypes);
  const [nodes, relationships, documents] = await Promise.all([
    db.read<NodeRow>(cypher.nodesByIds, { ids }),
    db.read<RelationshipRow>(cypher.relationshipsAmong, { ids, types }),
    db.read<DocumentSummary>(cypher.documents),
  ]);
  const hops = depth ?? 1;
  const centre = slice.nodes.find((node) => node.id === id)?.name ?? id;
  const clipped = slice.truncated && ids.length === RESEARCH_LIMITS.neighborhoodNodes;
  const kept = clipped ? `, the nearest ${ids.length} nodes` : '';
  return {
    title: `${graphTitle(documents)}: neighbourhood of ${centre} (depth ${hops}${kept})`,
    baseName: exportBaseName(documents, { id, depth: hops }),
    nodes: nodes.map(toNode),
    edges: toEdges(relationships),
  };
}

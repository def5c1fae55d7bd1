import { RELATIONSHIP_TYPES, SEMANTIC_RELATION_TYPES } from '../../seed/vocabulary';
import type { Database } from '../neo4j';
import * as cypher from './cypher';
import type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';

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

// Labels every entity shares; the node's type is the label beside them.
const genericLabels = new Set(['Entity', 'Program']);

function nodeType(labels: string[]): string {
  return [...labels].sort().find((label) => !genericLabels.has(label)) ?? labels[0] ?? 'Node';
}

/** What a person reads as the node's name, from the properties its type has. */
export function displayLabel(
  id: string,
  type: string,
  properties: Record<string, ExportValue>,
): string {
  const text = (key: string) =>
    typeof properties[key] === 'string' ? (properties[key] as string) : null;
  if (text('name')) return text('name')!;
  switch (type) {
    case 'Section':
      return [text('label'), text('title')].filter(Boolean).join(' ') || id;
    case 'Paragraph':
      return `¶${properties.order ?? ''}${text('lead') ? ` ${text('lead')}` : ''}`;
    case 'Footnote':
      return `〔${properties.number ?? '?'}〕`;
    case 'Observation':
      return (
        [properties.year, properties.kind, text('text')]
          .filter((part) => part !== null && part !== undefined)
          .join(' ') || id
      );
    default:
      return text('title') ?? id;
  }
}

/** The properties an exporter writes as data: `id` is the node's or edge's own column. */
function withoutId(properties: Record<string, ExportValue>): Record<string, ExportValue> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'id'));
}

function toNode(row: NodeRow): ExportNode {
  const properties = withoutId(row.properties);
  const type = nodeType(row.labels);
  return {
    id: row.id,
    labels: row.labels,
    type,
    label: displayLabel(row.id, type, properties),
    properties,
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
  const [nodes, relationships] = await Promise.all([
    db.read<NodeRow>(cypher.allNodes),
    db.read<RelationshipRow>(cypher.allRelationships),
  ]);
  return { title: '乐山 plan graph', nodes: nodes.map(toNode), edges: toEdges(relationships) };
}

/**
 * What a neighbourhood follows by default: the relationships the text states between two
 * entities, as the GraphQL `neighborhood` does, so a download holds what the explorer
 * shows. Statuses, observations, mentions and the document's structure come in only
 * when asked for by type.
 */
export const NEIGHBORHOOD_RELATIONSHIP_TYPES: readonly string[] = SEMANTIC_RELATION_TYPES.filter(
  (type) => type !== 'HAS_STATUS',
);

/** Every relationship type a neighbourhood may be asked to follow (the seed's vocabulary). */
export const FOLLOWABLE_RELATIONSHIP_TYPES: readonly string[] = RELATIONSHIP_TYPES;

export class UnknownRelationshipTypeError extends Error {
  override name = 'UnknownRelationshipTypeError';
}

/** Relationship types as a reader lists them (`SEEKS,PART_OF`), checked against the vocabulary. */
export function parseRelationshipTypes(list: string | null | undefined): string[] | null {
  if (list === null || list === undefined || list.trim() === '') return null;
  const types = [
    ...new Set(
      list
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = types.filter((type) => !FOLLOWABLE_RELATIONSHIP_TYPES.includes(type));
  if (unknown.length > 0) {
    throw new UnknownRelationshipTypeError(
      `Unknown relationship type${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; ` +
        `valid types are ${[...FOLLOWABLE_RELATIONSHIP_TYPES].sort().join(', ')}.`,
    );
  }
  return types;
}

export interface NeighborhoodOptions {
  /** How many hops from the centre, 1 or more. */
  depth?: number;
  /** The relationship types followed and exported; NEIGHBORHOOD_RELATIONSHIP_TYPES when absent. */
  relationshipTypes?: readonly string[] | null;
  /** Stop adding nodes past this many (the nearest are kept). */
  maxNodes?: number;
}

export const MAX_NEIGHBORHOOD_DEPTH = 4;
export const DEFAULT_MAX_NODES = 2000;

/**
 * The nodes within `depth` hops of `id` (either direction, over the given relationship
 * types) and every such relationship among them. Null when no node has the id.
 */
export async function readNeighborhood(
  db: Database,
  id: string,
  { depth = 1, relationshipTypes = null, maxNodes = DEFAULT_MAX_NODES }: NeighborhoodOptions = {},
): Promise<ExportGraph | null> {
  if ((await db.read(cypher.nodeExists, { id })).length === 0) return null;
  const types = [...(relationshipTypes ?? NEIGHBORHOOD_RELATIONSHIP_TYPES)];
  const ids = new Set([id]);
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0 && ids.size < maxNodes; hop++) {
    const rows = await db.read<{ id: string }>(cypher.neighboursOf, { frontier, types });
    frontier = [];
    for (const row of rows) {
      if (ids.size >= maxNodes) break;
      if (!ids.has(row.id)) {
        ids.add(row.id);
        frontier.push(row.id);
      }
    }
  }
  const idList = [...ids];
  const [nodes, relationships] = await Promise.all([
    db.read<NodeRow>(cypher.nodesByIds, { ids: idList }),
    db.read<RelationshipRow>(cypher.relationshipsAmong, { ids: idList, types }),
  ]);
  const exported = nodes.map(toNode);
  const centre = exported.find((node) => node.id === id);
  return {
    title: `Neighbourhood of ${centre?.label ?? id} (depth ${depth})`,
    nodes: exported,
    edges: toEdges(relationships),
  };
}

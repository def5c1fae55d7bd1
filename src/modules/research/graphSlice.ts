import { DOCUMENT_LABELS, ENTITY_TYPES } from '../../../seed/vocabulary';
import type { EvidenceModel } from '../entity/model';
import type { GraphEdgeModel, GraphNodeModel, GraphSliceModel } from './model';

/** A node as the slice queries project it (see `cypher.ts`, SLICE_NODE). */
export interface SliceNodeRow {
  id: string;
  labels: string[];
  name: string | null;
  nameEn: string | null;
  kind: string | null;
  lead: string | null;
  excerpt: string | null;
  label: string | null;
  title: string | null;
  number: number | null;
  order: number | null;
  year: number | null;
  phase: string | null;
  wording: string | null;
  anomaly: string | null;
}

/** A relationship as the slice queries project it (see `cypher.ts`, SLICE_EDGE). */
export interface SliceEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  paragraphId: string | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  surface: string | null;
}

const LABEL_LENGTH = 24;

function shorten(text: string): string {
  const characters = Array.from(text.replace(/\s+/g, ''));
  return characters.length > LABEL_LENGTH
    ? `${characters.slice(0, LABEL_LENGTH).join('')}…`
    : characters.join('');
}

function typeOf(row: SliceNodeRow): string {
  const entityType = ENTITY_TYPES.find((type) => row.labels.includes(type));
  if (entityType) return entityType;
  return DOCUMENT_LABELS.find((label) => row.labels.includes(label)) ?? row.labels[0] ?? 'Node';
}

/** A caption a picture can print, for the document's own nodes that have no name. */
function captionOf(type: string, row: SliceNodeRow): string {
  switch (type) {
    case 'Paragraph':
      return `¶${row.order ?? '?'} ${shorten(row.lead ?? row.excerpt ?? '')}`.trim();
    case 'Footnote':
      return `〔${row.number ?? '?'}〕`;
    case 'Observation':
      return `${row.year ?? ''} ${row.excerpt ?? ''}`.trim();
    case 'Status':
      return `${row.year ?? ''} ${row.wording ?? row.phase ?? ''}`.trim();
    case 'Section':
      return `${row.label ?? ''} ${row.title ?? ''}`.trim();
    case 'Document':
      return row.title ?? row.id;
    default:
      return row.id;
  }
}

/** What a non-entity node is, in its own vocabulary, where it has one. */
function kindOf(type: string, row: SliceNodeRow): string | null {
  switch (type) {
    case 'Status':
      return row.phase;
    case 'Footnote':
      return row.anomaly;
    default:
      return row.kind;
  }
}

export function graphNode(row: SliceNodeRow): GraphNodeModel {
  const type = typeOf(row);
  const isEntity = (ENTITY_TYPES as readonly string[]).includes(type);
  return {
    id: row.id,
    type,
    name: isEntity && row.name ? row.name : captionOf(type, row),
    nameEn: row.nameEn,
    kind: kindOf(type, row),
  };
}

/**
 * Semantic relationships carry their evidence; a mention is its own evidence (the surface
 * words at their offsets in the paragraph it points to).
 */
function evidenceOf(row: SliceEdgeRow): EvidenceModel | null {
  if (row.start === null || row.end === null) return null;
  if (row.quote !== null) {
    return { quote: row.quote, start: row.start, end: row.end, paragraphId: row.paragraphId };
  }
  if (row.type === 'MENTIONED_IN' && row.surface !== null) {
    return { quote: row.surface, start: row.start, end: row.end, paragraphId: row.target };
  }
  return null;
}

export function graphEdge(row: SliceEdgeRow): GraphEdgeModel {
  return {
    id: row.id,
    type: row.type,
    source: row.source,
    target: row.target,
    evidence: evidenceOf(row),
  };
}

/** Nodes and edges of several results in one slice, each once, in first-seen order. */
export function mergeSlice(
  parts: readonly { nodes: readonly SliceNodeRow[]; edges: readonly SliceEdgeRow[] }[],
  truncated: boolean,
): GraphSliceModel {
  const nodes = new Map<string, GraphNodeModel>();
  const edges = new Map<string, GraphEdgeModel>();
  for (const part of parts) {
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, graphNode(node));
    for (const edge of part.edges) if (!edges.has(edge.id)) edges.set(edge.id, graphEdge(edge));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

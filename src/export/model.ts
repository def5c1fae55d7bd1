/** A property value as exported: Neo4j's scalars, and lists of them. */
export type ExportValue = string | number | boolean | null | (string | number | boolean | null)[];

/** A node of the graph as every exporter sees it, whatever its labels. */
export interface ExportNode {
  /** The node's stable `id` property. */
  id: string;
  /** Every label, e.g. `['Entity', 'Policy', 'Program']`. */
  labels: string[];
  /** The label that says what the node is (`Policy`, `Paragraph` …), without `Entity`/`Program`. */
  type: string;
  /** A human-readable name: the entity's name, a section's label and title, or the id. */
  label: string;
  /** Every other property, `id` excluded. */
  properties: Record<string, ExportValue>;
}

/** A relationship of the graph: always directed, from `source` to `target`. */
export interface ExportEdge {
  /** The relationship's `id` property, or one derived from its ends when it has none. */
  id: string;
  /** The relationship type, e.g. `IN_INDUSTRY`. */
  type: string;
  source: string;
  target: string;
  /** Evidence (`quote`, `start`, `end`, `paragraphId`) and edge data (`year`, `phase` …). */
  properties: Record<string, ExportValue>;
}

/** What an export contains: the whole graph, or one node's neighbourhood. */
export interface ExportGraph {
  /** A short title for file metadata, e.g. `乐山市 plan graph` or `…: neighbourhood of …`. */
  title: string;
  /** The base of its file names, before the format's suffix, e.g. `leshan-2025-graph`. */
  baseName: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

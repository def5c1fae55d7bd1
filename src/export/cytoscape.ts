import { edgeAttributes, nodeAttributes, type Attribute } from './attributes';
import type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';

type Data = Record<string, ExportValue>;

/** Cytoscape's JSON (`.cyjs`), as Cytoscape desktop imports it and Cytoscape.js reads it. */
export interface CytoscapeJson {
  format_version: string;
  generated_by: string;
  target_cytoscape_version: string;
  data: { name: string };
  elements: { nodes: { data: Data }[]; edges: { data: Data }[] };
}

function withProperties(base: Data, columns: Attribute[], item: ExportNode | ExportEdge): Data {
  const data: Data = { ...base };
  for (const column of columns) {
    const value = column.read(item);
    if (value !== undefined && !(column.name in data)) data[column.name] = value;
  }
  return data;
}

/**
 * Cytoscape JSON: `{elements: {nodes: [{data}], edges: [{data}]}}`. Nodes carry `name`
 * (Cytoscape desktop's label column) and `label`; edges carry `interaction` (desktop's
 * edge type column) and `label`, both the relationship type. Lists stay lists.
 */
export function toCytoscapeJson(graph: ExportGraph): CytoscapeJson {
  const nodeColumns = nodeAttributes(graph);
  const edgeColumns = edgeAttributes(graph);
  return {
    format_version: '1.0',
    generated_by: 'leshan-plan-graph',
    target_cytoscape_version: '~3.10',
    data: { name: graph.title },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: withProperties(
          { id: node.id, label: node.label, name: node.label },
          nodeColumns,
          node,
        ),
      })),
      edges: graph.edges.map((edge) => ({
        data: withProperties(
          {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            interaction: edge.type,
            label: edge.type,
          },
          edgeColumns,
          edge,
        ),
      })),
    },
  };
}

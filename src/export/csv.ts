import { edgeAttributes, nodeAttributes, valueText } from './attributes';
import type { ExportGraph } from './model';

// Excel and Gephi read UTF-8 without mojibake only when the file starts with a BOM.
const BOM = '\uFEFF';

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Gephi's node list: `Id,Label`, then the node's type, labels and properties. */
export function toNodesCsv(graph: ExportGraph): string {
  const attributes = nodeAttributes(graph);
  return table(
    ['Id', 'Label', ...attributes.map((attribute) => attribute.name)],
    graph.nodes.map((node) => [
      node.id,
      node.label,
      ...attributes.map((attribute) => valueText(attribute.read(node))),
    ]),
  );
}

/**
 * Gephi's edge list: `Source,Target,Type,Id,Label`, where Type is Gephi's `Directed`
 * and Label is the relationship type; then the evidence and edge data.
 */
export function toEdgesCsv(graph: ExportGraph): string {
  const attributes = edgeAttributes(graph);
  return table(
    ['Source', 'Target', 'Type', 'Id', 'Label', ...attributes.map((attribute) => attribute.name)],
    graph.edges.map((edge) => [
      edge.source,
      edge.target,
      'Directed',
      edge.id,
      edge.type,
      ...attributes.map((attribute) => valueText(attribute.read(edge))),
    ]),
  );
}

import { edgeAttributes, nodeAttributes, valueText, type Attribute } from './attributes';
import type { ExportGraph } from './model';
import { typeColor } from './palette';
import { xmlEscape } from './xml';

// GEXF 1.2's namespace is the "1.2draft" one: what Gephi writes for 1.2 and what
// NetworkX 2.x–3.5 look for (they read 1.3's gexf.net/1.3 as "No <graph> element").
const GEXF_NS = 'http://www.gexf.net/1.2draft';

// Attribute ids are numbers, as Gephi writes them: graphology-gexf (and sigma.js over it)
// names a column by its title only when its id is numeric, and by the id otherwise.
function declarations(kind: 'node' | 'edge', attributes: Attribute[]): string[] {
  if (attributes.length === 0) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...attributes.map(
      (attribute, index) =>
        `      <attribute id="${index}" title="${xmlEscape(attribute.name)}" type="${attribute.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(attributes: Attribute[], item: Parameters<Attribute['read']>[0]): string {
  const values = attributes
    .map((attribute, index) => ({ index, value: attribute.read(item) }))
    .filter(({ value }) => value !== null && value !== undefined)
    .map(({ index, value }) => `<attvalue for="${index}" value="${xmlEscape(valueText(value))}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** `<viz:color>` from the explorer's colour of the node's type. */
function vizColor(type: string): string {
  const hex = typeColor(type);
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `<viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>`;
}

/** `<viz:size>`: 10 for a node without edges, growing with the square root of its degree. */
function vizSize(degree: number): string {
  return `<viz:size value="${(10 + 4 * Math.sqrt(degree)).toFixed(1)}"/>`;
}

/**
 * GEXF 1.2 (Gephi's format, read by Gephi and NetworkX 2.x and 3.x): a static directed
 * graph whose node and edge properties are declared attributes, with each node coloured
 * by type and sized by degree (`viz:color`, `viz:size`, which Gephi shows as they are).
 * The relationship type is each edge's label, so Gephi can filter and colour by it.
 */
export function toGexf(graph: ExportGraph, generatedAt = new Date()): string {
  const nodeColumns = nodeAttributes(graph);
  const edgeColumns = edgeAttributes(graph);
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_NS}/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
      ` xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.2">`,
    `  <meta lastmodifieddate="${generatedAt.toISOString().slice(0, 10)}">`,
    '    <creator>leshan-plan-graph</creator>',
    `    <description>${xmlEscape(graph.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed" idtype="string">',
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
    ...graph.nodes.map(
      (node) =>
        `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">` +
        `${attvalues(nodeColumns, node)}${vizColor(node.type)}${vizSize(degree.get(node.id) ?? 0)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (edge) =>
        `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"` +
        ` label="${xmlEscape(edge.type)}">${attvalues(edgeColumns, edge)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

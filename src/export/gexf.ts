import { edgeAttributes, nodeAttributes, valueText, type Attribute } from './attributes';
import type { ExportGraph } from './model';
import { xmlEscape } from './xml';

function declarations(kind: 'node' | 'edge', attributes: Attribute[]): string[] {
  if (attributes.length === 0) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...attributes.map(
      (attribute, index) =>
        `      <attribute id="${kind[0]}${index}" title="${xmlEscape(attribute.name)}" type="${attribute.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(
  kind: 'node' | 'edge',
  attributes: Attribute[],
  item: Parameters<Attribute['read']>[0],
): string {
  const values = attributes
    .map((attribute, index) => ({ index, value: attribute.read(item) }))
    .filter(({ value }) => value !== null && value !== undefined)
    .map(
      ({ index, value }) =>
        `<attvalue for="${kind[0]}${index}" value="${xmlEscape(valueText(value))}"/>`,
    );
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/**
 * GEXF 1.3 (gexf.net/1.3), Gephi's own format: a static directed graph whose node and
 * edge properties are declared attributes. The relationship type is each edge's label
 * and kind, so Gephi can filter and colour by it.
 */
export function toGexf(graph: ExportGraph, generatedAt = new Date()): string {
  const nodeColumns = nodeAttributes(graph);
  const edgeColumns = edgeAttributes(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
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
        `${attvalues('node', nodeColumns, node)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (edge) =>
        `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"` +
        ` label="${xmlEscape(edge.type)}" kind="${xmlEscape(edge.type)}">${attvalues('edge', edgeColumns, edge)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

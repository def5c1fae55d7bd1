import {
  edgeAttributes,
  nodeAttributes,
  valueText,
  type Attribute,
  type AttributeType,
} from './attributes';
import type { ExportGraph, ExportValue } from './model';
import { xmlEscape } from './xml';

const graphmlType: Record<AttributeType, string> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
};

interface Key {
  id: string;
  attribute: Attribute;
}

function keys(kind: 'node' | 'edge', attributes: Attribute[]): Key[] {
  return attributes.map((attribute, index) => ({ id: `${kind[0]}${index}`, attribute }));
}

function data(id: string, value: ExportValue | undefined): string {
  return value === null || value === undefined
    ? ''
    : `<data key="${id}">${xmlEscape(valueText(value))}</data>`;
}

/**
 * GraphML (graphml.graphdrawing.org), read by yEd, Cytoscape, NetworkX and Gephi: a
 * directed graph with every node and edge property declared as a `<key>`. A node's
 * `label` is its name; an edge's `label` is the relationship type.
 */
export function toGraphml(graph: ExportGraph): string {
  const labelAttribute = (name: string): Attribute => ({
    name,
    type: 'string',
    read: () => undefined,
  });
  const nodeKeys = keys('node', [labelAttribute('label'), ...nodeAttributes(graph)]);
  const edgeKeys = keys('edge', [labelAttribute('label'), ...edgeAttributes(graph)]);
  const declare = (kind: 'node' | 'edge', key: Key) =>
    `  <key id="${key.id}" for="${kind}" attr.name="${xmlEscape(key.attribute.name)}" attr.type="${graphmlType[key.attribute.type]}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(graph.title)}</desc>`,
    ...nodeKeys.map((key) => declare('node', key)),
    ...edgeKeys.map((key) => declare('edge', key)),
    '  <graph id="G" edgedefault="directed">',
    ...graph.nodes.map(
      (node) =>
        `    <node id="${xmlEscape(node.id)}">${data(nodeKeys[0].id, node.label)}` +
        nodeKeys
          .slice(1)
          .map((key) => data(key.id, key.attribute.read(node)))
          .join('') +
        '</node>',
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">` +
        data(edgeKeys[0].id, edge.type) +
        edgeKeys
          .slice(1)
          .map((key) => data(key.id, key.attribute.read(edge)))
          .join('') +
        '</edge>',
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

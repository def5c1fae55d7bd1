import type { ExportEdge, ExportGraph, ExportNode, ExportValue } from './model';

/** The value types that GEXF and GraphML both declare (GraphML calls `integer` `int`). */
export type AttributeType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

/** One column of node or edge data, declared once per file. */
export interface Attribute {
  /** The column's name in the file: the property name, or `<name>_property` on a clash. */
  name: string;
  type: AttributeType;
  /** Reads the column's value off a node or an edge. */
  read: (item: ExportNode | ExportEdge) => ExportValue | undefined;
}

const INT_MAX = 2 ** 31 - 1;

// Columns every format already gives a node or an edge; a property of the same name
// (a Section's `label`) gets a suffix instead of overwriting them.
const nodeReserved = new Set(['id', 'label', 'type', 'labels']);
const edgeReserved = new Set(['id', 'label', 'type', 'source', 'target', 'interaction']);

// Properties a reader looks for first; the rest follow in name order.
const nodeFirst = ['name', 'nameEn', 'kind', 'pinyin', 'aliases', 'code'];
const edgeFirst = [
  'quote',
  'start',
  'end',
  'paragraphId',
  'year',
  'phase',
  'wording',
  'commitment',
];

function typeOf(values: ExportValue[]): AttributeType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (
    present.length === 0 ||
    present.some((value) => typeof value === 'string' || Array.isArray(value))
  ) {
    return 'string';
  }
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'number' && Number.isInteger(value))) {
    return present.every((value) => Math.abs(value as number) <= INT_MAX) ? 'integer' : 'long';
  }
  if (present.every((value) => typeof value === 'number')) return 'double';
  return 'string';
}

function propertyAttributes(
  items: (ExportNode | ExportEdge)[],
  reserved: Set<string>,
  first: string[],
): Attribute[] {
  const values = new Map<string, ExportValue[]>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties)) {
      if (!values.has(key)) values.set(key, []);
      values.get(key)!.push(value);
    }
  }
  const keys = [...values.keys()].sort((a, b) => {
    const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return keys.map((key) => ({
    name: reserved.has(key.toLowerCase()) ? `${key}_property` : key,
    type: typeOf(values.get(key)!),
    read: (item) => item.properties[key],
  }));
}

/** Node columns: the node's type and labels, then every property found on any node. */
export function nodeAttributes(graph: ExportGraph): Attribute[] {
  return [
    { name: 'type', type: 'string', read: (item) => (item as ExportNode).type },
    { name: 'labels', type: 'string', read: (item) => (item as ExportNode).labels },
    ...propertyAttributes(graph.nodes, nodeReserved, nodeFirst),
  ];
}

/** Edge columns: every property found on any relationship (the type is the edge's label). */
export function edgeAttributes(graph: ExportGraph): Attribute[] {
  return propertyAttributes(graph.edges, edgeReserved, edgeFirst);
}

/** A value as text: lists joined with `|`, null and absent as the empty string. */
export function valueText(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((element) => valueText(element)).join('|');
  return String(value);
}

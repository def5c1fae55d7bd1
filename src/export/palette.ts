/**
 * One colour per node type, shared by the explorer and the GEXF export (where Gephi shows
 * it as the node's colour): entity types stand out, the report's structure is grey.
 */
export const typeColors: Record<string, string> = {
  AdminDivision: '#4e79a7',
  Industry: '#f28e2b',
  Project: '#59a14f',
  Organization: '#e15759',
  Policy: '#b07aa1',
  Place: '#76b7b2',
  Event: '#c9a227',
  Indicator: '#ff9da7',
  Status: '#9c755f',
  Observation: '#bab0ac',
  Paragraph: '#cbd2d9',
  Section: '#cbd2d9',
  Footnote: '#cbd2d9',
};

/** The colour of a node type (its label, `AdminDivision`); a muted brown for any other. */
export function typeColor(type: string): string {
  return typeColors[type] ?? '#9c755f';
}

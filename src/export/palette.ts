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

const otherColor = '#9c755f';

/** The colour of a type, named as a label (`AdminDivision`) or as the GraphQL enum (`ADMIN_DIVISION`). */
export function typeColor(type: string): string {
  const label = /^[A-Z_]+$/.test(type)
    ? type
        .toLowerCase()
        .replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase())
    : type;
  return typeColors[label] ?? otherColor;
}

import type { ExportGraph } from '../../src/export';

/**
 * A small graph with the awkward cases: CJK, page-break newlines, commas, quotes, lists,
 * two edges between the same nodes.
 */
export const fixtureGraph: ExportGraph = {
  title: 'fixture',
  baseName: 'fixture-graph',
  nodes: [
    {
      id: 'AdminDivision:犍为县',
      labels: ['Entity', 'AdminDivision'],
      type: 'AdminDivision',
      label: '犍为县',
      properties: {
        name: '犍为县',
        nameEn: 'Qianwei County',
        kind: 'county',
        aliases: ['健为', '犍为'],
        code: '511123',
      },
    },
    {
      id: 'Policy:无废城市',
      labels: ['Entity', 'Policy', 'Program'],
      type: 'Policy',
      label: '无废城市',
      properties: {
        name: '无废城市',
        nameEn: '"Zero-waste city", a pilot',
        kind: 'pilot',
        aliases: [],
      },
    },
    {
      id: 'Section:leshan-2025:二、(三)',
      labels: ['Section'],
      type: 'Section',
      label: '二、(三) 强化发展后劲支撑',
      properties: { label: '二、(三)', title: '强化发展后劲支撑', level: 2, order: 3 },
    },
    {
      id: 'Observation:leshan-2025:地区生产总值增长:2024:estimate',
      labels: ['Observation'],
      type: 'Observation',
      label: '2024 estimate 4.5%左右',
      properties: {
        year: 2024,
        kind: 'estimate',
        value: 4.5,
        unit: '%',
        big: 3_000_000_000,
        derived: false,
      },
    },
  ],
  edges: [
    {
      id: 'PILOTED_IN:Policy:无废城市->AdminDivision:犍为县',
      type: 'PILOTED_IN',
      source: 'Policy:无废城市',
      target: 'AdminDivision:犍为县',
      properties: {
        quote: '入\n\n选全国“无废城市”',
        start: 120,
        end: 131,
        paragraphId: 'Paragraph:leshan-2025:40',
        year: 2024,
      },
    },
    {
      id: 'HAS_SECTION:x->y',
      type: 'MENTIONED_IN',
      source: 'AdminDivision:犍为县',
      target: 'Section:leshan-2025:二、(三)',
      properties: { surface: '健为', start: 5, end: 7, note: 'a <tag> & a, comma' },
    },
    {
      // Parallel to the first edge: a reader must keep both (NetworkX reads a multigraph).
      id: 'LOCATED_IN:Policy:无废城市->AdminDivision:犍为县',
      type: 'LOCATED_IN',
      source: 'Policy:无废城市',
      target: 'AdminDivision:犍为县',
      properties: {},
    },
  ],
};

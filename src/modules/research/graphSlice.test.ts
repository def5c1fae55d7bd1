import {
  graphEdge,
  graphNode,
  mergeSlice,
  type SliceEdgeRow,
  type SliceNodeRow,
} from './graphSlice';

function node(fields: Partial<SliceNodeRow> & { id: string; labels: string[] }): SliceNodeRow {
  return {
    name: null,
    nameEn: null,
    kind: null,
    lead: null,
    excerpt: null,
    label: null,
    title: null,
    number: null,
    order: null,
    year: null,
    phase: null,
    wording: null,
    anomaly: null,
    ...fields,
  };
}

function edge(fields: Partial<SliceEdgeRow> & { id: string; type: string }): SliceEdgeRow {
  return {
    source: 'a',
    target: 'b',
    paragraphId: null,
    start: null,
    end: null,
    quote: null,
    surface: null,
    ...fields,
  };
}

describe('graphNode', () => {
  it('gives an entity its type label, name, English name and kind', () => {
    const row = node({
      id: 'Industry:晶硅光伏',
      labels: ['Program', 'Entity', 'Industry'],
      name: '晶硅光伏',
      nameEn: 'Crystalline-silicon photovoltaics',
      kind: 'hundred_billion_cluster',
    });
    expect(graphNode(row)).toEqual({
      id: 'Industry:晶硅光伏',
      type: 'Industry',
      name: '晶硅光伏',
      nameEn: 'Crystalline-silicon photovoltaics',
      kind: 'hundred_billion_cluster',
    });
  });

  it('captions the document’s own nodes', () => {
    expect(
      graphNode(
        node({ id: 'p', labels: ['Paragraph'], order: 15, lead: '先进制造业集群持续壮大。' }),
      ).name,
    ).toBe('¶15 先进制造业集群持续壮大。');
    expect(
      graphNode(node({ id: 'f', labels: ['Footnote'], number: 28, anomaly: 'duplicate_number' })),
    ).toMatchObject({
      type: 'Footnote',
      name: '〔28〕',
      kind: 'duplicate_number',
    });
    expect(
      graphNode(
        node({
          id: 's',
          labels: ['Status'],
          year: 2025,
          phase: 'in_operation',
          wording: '建成投运',
        }),
      ),
    ).toMatchObject({ type: 'Status', name: '2025 建成投运', kind: 'in_operation' });
  });

  it('shortens a paragraph without a lead to its first words', () => {
    const row = node({
      id: 'p',
      labels: ['Paragraph'],
      order: 3,
      excerpt: '受市人民政府委托,现将2024年国民经济和社会发展规划计划执行情况',
    });
    expect(graphNode(row).name).toBe('¶3 受市人民政府委托,现将2024年国民经济和社会发…');
  });
});

describe('graphEdge', () => {
  it('carries the evidence of a semantic relationship', () => {
    const row = edge({
      id: 'e',
      type: 'IN_INDUSTRY',
      paragraphId: 'P:1',
      start: 5,
      end: 9,
      quote: '晶硅光伏',
    });
    expect(graphEdge(row).evidence).toEqual({
      paragraphId: 'P:1',
      start: 5,
      end: 9,
      quote: '晶硅光伏',
    });
  });

  it('makes a mention its own evidence, in the paragraph it points at', () => {
    const row = edge({
      id: 'm',
      type: 'MENTIONED_IN',
      target: 'P:2',
      start: 10,
      end: 12,
      surface: '健为',
    });
    expect(graphEdge(row).evidence).toEqual({
      paragraphId: 'P:2',
      start: 10,
      end: 12,
      quote: '健为',
    });
  });

  it('has no evidence for a gazetteer fact', () => {
    expect(graphEdge(edge({ id: 'g', type: 'PART_OF' })).evidence).toBeNull();
  });
});

describe('mergeSlice', () => {
  it('keeps each node and edge once, in first-seen order', () => {
    const a = node({ id: 'a', labels: ['Entity', 'Project'], name: 'A' });
    const b = node({ id: 'b', labels: ['Entity', 'Industry'], name: 'B' });
    const ab = edge({ id: 'ab', type: 'IN_INDUSTRY' });
    const slice = mergeSlice(
      [
        { nodes: [a, b], edges: [ab] },
        { nodes: [b, a], edges: [ab] },
      ],
      true,
    );
    expect(slice.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(slice.edges).toHaveLength(1);
    expect(slice.truncated).toBe(true);
  });
});

import type { GraphSlice, SliceEdge } from '../../web/explorer/api';
import { shortestPaths } from '../../web/explorer/paths';

const edge = (type: string, source: string, target: string): SliceEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  evidence: null,
});

const node = (id: string) => ({ id, type: 'Organization', name: id, nameEn: null, kind: null });

/** The union of 京运通 → 犍为县's two 4-hop paths, as the GraphQL `paths` answers it. */
const slice: GraphSlice = {
  nodes: ['京运通', '晶硅光伏', '希尔电子', '创新中心', '乐山市', '犍为县'].map(node),
  edges: [
    edge('IN_INDUSTRY', '京运通', '晶硅光伏'),
    edge('IN_INDUSTRY', '希尔电子', '晶硅光伏'),
    edge('LOCATED_IN', '希尔电子', '乐山市'),
    edge('PART_OF', '犍为县', '乐山市'),
    edge('IN_INDUSTRY', '创新中心', '晶硅光伏'),
    edge('LOCATED_IN', '创新中心', '乐山市'),
  ],
};

describe('shortestPaths', () => {
  it('splits the union of two paths into the two, each in order from start to end', () => {
    const paths = shortestPaths(slice, '京运通', '犍为县');
    expect(paths.map((path) => path.nodes)).toEqual([
      ['京运通', '晶硅光伏', '创新中心', '乐山市', '犍为县'],
      ['京运通', '晶硅光伏', '希尔电子', '乐山市', '犍为县'],
    ]);
    expect(paths[1].edges.map((hop) => hop.type)).toEqual([
      'IN_INDUSTRY',
      'IN_INDUSTRY',
      'LOCATED_IN',
      'PART_OF',
    ]);
  });

  it('counts parallel edges as distinct paths and stops at the limit', () => {
    const parallel = {
      ...slice,
      edges: [...slice.edges, edge('SUPPORTS', '京运通', '晶硅光伏')],
    };
    expect(shortestPaths(parallel, '京运通', '犍为县')).toHaveLength(4);
    expect(shortestPaths(parallel, '京运通', '犍为县', 3)).toHaveLength(3);
  });

  it('finds none when the ends are not connected in the slice', () => {
    expect(shortestPaths({ nodes: [], edges: [] }, '京运通', '犍为县')).toEqual([]);
    expect(shortestPaths(slice, '京运通', '马边')).toEqual([]);
  });
});

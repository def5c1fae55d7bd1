import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  splitExportFileName,
  toCytoscapeJson,
  toEdgesCsv,
  toGexf,
  toGraphml,
  toNodesCsv,
} from '../../src/export';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFormatNames, exportFormats } from '../../src/export';
import { fixtureGraph } from './fixture';
import { hasNetworkx, networkxCounts, readBack } from './readers';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute &&
    ['node', 'edge', 'attribute', 'attvalue', 'attributes', 'key', 'data'].includes(name),
});

const quote = fixtureGraph.edges[0].properties.quote;

describe('CSV node and edge lists', () => {
  it('start with a UTF-8 byte order mark and Gephi’s column names', () => {
    const nodes = toNodesCsv(fixtureGraph);
    const edges = toEdgesCsv(fixtureGraph);
    expect(nodes.startsWith('\uFEFFId,Label,')).toBe(true);
    expect(edges.startsWith('\uFEFFSource,Target,Type,Id,Label,')).toBe(true);
    expect(Buffer.from(nodes, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('parse back to every node and edge with their values', () => {
    const nodes = parse(toNodesCsv(fixtureGraph), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const edges = parse(toEdgesCsv(fixtureGraph), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(nodes).toHaveLength(fixtureGraph.nodes.length);
    expect(edges).toHaveLength(fixtureGraph.edges.length);
    expect(nodes[0]).toMatchObject({
      Id: 'AdminDivision:犍为县',
      Label: '犍为县',
      type: 'AdminDivision',
      aliases: '健为|犍为',
    });
    expect(nodes[1].nameEn).toBe('"Zero-waste city", a pilot');
    expect(nodes[2]).toMatchObject({
      Label: '二、(三) 强化发展后劲支撑',
      label_property: '二、(三)',
    });
    expect(edges[0]).toMatchObject({
      Source: 'Policy:无废城市',
      Type: 'Directed',
      Label: 'PILOTED_IN',
      quote,
      start: '120',
    });
    expect(edges[1].note).toBe('a <tag> & a, comma');
  });
});

describe('GEXF 1.2', () => {
  const text = toGexf(fixtureGraph, new Date('2025-01-03T00:00:00Z'));
  const gexf = xml.parse(text).gexf;

  it('is well-formed XML in the GEXF 1.2 namespace NetworkX 2.8 reads', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(gexf.xmlns).toBe('http://www.gexf.net/1.2draft');
    expect(gexf['xmlns:viz']).toBe('http://www.gexf.net/1.2draft/viz');
    expect(gexf.version).toBe('1.2');
    expect(gexf.meta.lastmodifieddate).toBe('2025-01-03');
    expect(gexf.graph.defaultedgetype).toBe('directed');
  });

  it('holds every node and edge, with attributes declared and typed', () => {
    expect(gexf.graph.nodes.node).toHaveLength(fixtureGraph.nodes.length);
    expect(gexf.graph.edges.edge).toHaveLength(fixtureGraph.edges.length);
    const [nodeAttributes] = gexf.graph.attributes.filter(
      (block: { class: string }) => block.class === 'node',
    );
    const types = Object.fromEntries(
      nodeAttributes.attribute.map((attribute: { title: string; type: string }) => [
        attribute.title,
        attribute.type,
      ]),
    );
    expect(types).toMatchObject({
      type: 'string',
      name: 'string',
      level: 'integer',
      value: 'double',
      big: 'long',
      derived: 'boolean',
    });
  });

  it('colours each node by its type and sizes it by its degree', () => {
    const node = (id: string) =>
      gexf.graph.nodes.node.find((candidate: { id: string }) => candidate.id === id);
    const county = node('AdminDivision:犍为县');
    expect(county['viz:color']).toEqual({ r: '78', g: '121', b: '167', a: '1.0' });
    expect(node('Policy:无废城市')['viz:color']).toMatchObject({ r: '176', g: '122', b: '161' });
    const degree = fixtureGraph.edges.filter(
      (edge) => edge.source === county.id || edge.target === county.id,
    ).length;
    expect(degree).toBeGreaterThan(0);
    expect(Number(county['viz:size'].value)).toBeCloseTo(10 + 4 * Math.sqrt(degree), 1);
  });

  it('keeps the quote’s page-break newlines and the Chinese text', () => {
    const [edgeAttributes] = gexf.graph.attributes.filter(
      (block: { class: string }) => block.class === 'edge',
    );
    const quoteId = edgeAttributes.attribute.find(
      (attribute: { title: string }) => attribute.title === 'quote',
    ).id;
    const edge = gexf.graph.edges.edge.find(
      (candidate: { label: string }) => candidate.label === 'PILOTED_IN',
    );
    const value = edge.attvalues.attvalue.find(
      (attvalue: { for: string }) => attvalue.for === quoteId,
    ).value;
    expect(value).toBe(quote);
  });
});

describe('GraphML', () => {
  const text = toGraphml(fixtureGraph);
  const graphml = xml.parse(text).graphml;

  it('is well-formed XML with every node and edge', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graphml.graph.edgedefault).toBe('directed');
    expect(graphml.graph.node).toHaveLength(fixtureGraph.nodes.length);
    expect(graphml.graph.edge).toHaveLength(fixtureGraph.edges.length);
  });

  it('declares a key per column and writes values under them', () => {
    const keys = Object.fromEntries(
      graphml.key.map((key: { id: string; for: string; 'attr.name': string }) => [
        `${key.for}:${key['attr.name']}`,
        key.id,
      ]),
    );
    const node = graphml.graph.node.find(
      (candidate: { id: string }) => candidate.id === 'AdminDivision:犍为县',
    );
    const value = (key: string) =>
      node.data.find((data: { key: string }) => data.key === keys[key])?.['#text'];
    expect(value('node:label')).toBe('犍为县');
    expect(value('node:nameEn')).toBe('Qianwei County');
    const edge = graphml.graph.edge.find(
      (candidate: { source: string }) => candidate.source === 'Policy:无废城市',
    );
    expect(
      edge.data.find((data: { key: string }) => data.key === keys['edge:quote'])['#text'],
    ).toBe(quote);
  });
});

describe('Cytoscape JSON', () => {
  it('has elements.nodes and elements.edges of {data}', () => {
    const json = JSON.parse(JSON.stringify(toCytoscapeJson(fixtureGraph)));
    expect(json.elements.nodes).toHaveLength(fixtureGraph.nodes.length);
    expect(json.elements.edges).toHaveLength(fixtureGraph.edges.length);
    expect(json.elements.nodes[0].data).toMatchObject({
      id: 'AdminDivision:犍为县',
      name: '犍为县',
      aliases: ['健为', '犍为'],
    });
    expect(json.elements.edges[0].data).toMatchObject({
      source: 'Policy:无废城市',
      target: 'AdminDivision:犍为县',
      interaction: 'PILOTED_IN',
      quote,
    });
  });
});

describe('every format read back with a reader for it', () => {
  const files = Object.fromEntries(
    exportFormatNames.map((format) => [
      format,
      Buffer.from(exportFormats[format].serialize(fixtureGraph), 'utf8'),
    ]),
  );
  const ids = fixtureGraph.nodes.map((node) => node.id).sort();

  it.each(exportFormatNames)('%s holds every node and edge', (format) => {
    const read = readBack(format, files[format]);
    if (format !== 'edges.csv') expect([...read.nodeIds].sort()).toEqual(ids);
    if (format !== 'nodes.csv') expect(read.edgeCount).toBe(fixtureGraph.edges.length);
  });

  it('names GEXF columns by their titles, typed, with Gephi’s colour and size', () => {
    const county = readBack('gexf', files.gexf).nodes.get('AdminDivision:犍为县');
    expect(county).toMatchObject({
      label: '犍为县',
      type: 'AdminDivision',
      name: '犍为县',
      nameEn: 'Qianwei County',
      color: 'rgba(78,121,167,1.0)',
    });
    const observation = readBack('gexf', files.gexf).nodes.get(
      'Observation:leshan-2025:地区生产总值增长:2024:estimate',
    );
    expect(observation).toMatchObject({ value: 4.5, big: 3_000_000_000, derived: false });
  });

  it('names GraphML columns by their attr.name', () => {
    const edges = readBack('graphml', files.graphml).edges;
    expect(edges.find((edge) => edge.label === 'PILOTED_IN')).toMatchObject({
      source: 'Policy:无废城市',
      quote,
      start: 120,
    });
  });

  (hasNetworkx ? describe : describe.skip)('with NetworkX (python3 on this machine)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'leshan-formats-'));
      for (const format of exportFormatNames) {
        writeFileSync(join(dir, `fixture.${exportFormats[format].suffix}`), files[format]);
      }
    });
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('reads GEXF, GraphML and the CSV lists with every node and edge', () => {
      const expected = { nodes: fixtureGraph.nodes.length, edges: fixtureGraph.edges.length };
      const counts = networkxCounts(join(dir, 'fixture'));
      expect(counts).toMatchObject({ gexf: expected, graphml: expected, csv: expected });
    });
  });
});

describe('splitExportFileName', () => {
  it('splits the longest known suffix off', () => {
    expect(splitExportFileName('graph.nodes.csv')).toEqual({ base: 'graph', format: 'nodes.csv' });
    expect(splitExportFileName('AdminDivision:犍为县.gexf')).toEqual({
      base: 'AdminDivision:犍为县',
      format: 'gexf',
    });
    expect(splitExportFileName('Indicator:增长2.5.graphml')).toEqual({
      base: 'Indicator:增长2.5',
      format: 'graphml',
    });
  });

  it('refuses an unknown format or a bare suffix', () => {
    expect(splitExportFileName('graph.csv')).toBeNull();
    expect(splitExportFileName('.gexf')).toBeNull();
  });
});

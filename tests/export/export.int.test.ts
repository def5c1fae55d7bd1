import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, readConfig } from '../../src/config';
import { DEFAULT_RELATIONSHIP_TYPES } from '../../src/modules/research/relationshipTypes';
import type { Database } from '../../src/neo4j';
import { buildApp, listen, type App } from '../../src/server';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { fetch } from '../support/http';
import { hasNetworkx, networkxCounts, readBack } from './readers';

const formats = ['gexf', 'graphml', 'cyjs', 'nodes.csv', 'edges.csv'];
const centre = 'AdminDivision:马边彝族自治县';

describe('graph exports', () => {
  let db: Database;
  let app: App;
  let base: string;
  let graphCounts: { nodes: number; edges: number };
  let neighbourhood: { ids: string[]; edges: number };

  async function download(path: string) {
    const response = await fetch(`${base}${path}`);
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  }

  async function graphql(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  }

  /** The first error the GraphQL `neighborhood` answers for these arguments. */
  async function neighborhoodError(variables: Record<string, unknown>) {
    const { errors } = await graphql(
      'query($id: ID!, $depth: Int, $types: [String!]) { neighborhood(id: $id, depth: $depth, relationshipTypes: $types) { truncated } }',
      variables,
    );
    const { code, limit, argument } = errors[0].extensions;
    return { error: errors[0].message, code, limit, argument };
  }

  /** What an export refusal says, in the same terms as `neighborhoodError`. */
  function refusal(body: Buffer) {
    const { error, code, limit, argument } = JSON.parse(body.toString('utf8'));
    return { error, code, limit, argument };
  }

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    app = await buildApp(db, readConfig());
    base = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}`;

    const [nodes] = await db.read<{ count: number }>('MATCH (n) RETURN count(n) AS count');
    const [edges] = await db.read<{ count: number }>('MATCH ()-[r]->() RETURN count(r) AS count');
    graphCounts = { nodes: nodes.count, edges: edges.count };

    // The neighbourhood counted straight in Cypher: every node on a path of up to two
    // hops over the followed types, and the followed relationships among them.
    const [reached] = await db.read<{ ids: string[]; edges: number }>(
      `MATCH (c {id: $id})
       MATCH (c)-[rels*0..2]-(m)
       WHERE all(r IN rels WHERE type(r) IN $types)
       WITH collect(DISTINCT m) AS nodes
       CALL (nodes) {
         UNWIND nodes AS a
         MATCH (a)-[r]->(b)
         WHERE b IN nodes AND type(r) IN $types
         RETURN count(DISTINCT r) AS edges
       }
       RETURN [n IN nodes | n.id] AS ids, edges`,
      { id: centre, types: DEFAULT_RELATIONSHIP_TYPES },
    );
    neighbourhood = { ids: [...reached.ids].sort(), edges: reached.edges };
  }, 120_000);

  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
  });

  it.each(formats)('downloads the whole graph as %s with every node and edge', async (format) => {
    const { response, body } = await download(`/export/graph.${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="?leshan-2025-graph\\.${format.replace('.', '\\.')}"?$`),
    );
    const parsed = readBack(format, body);
    if (format !== 'edges.csv') {
      expect(parsed.nodeIds).toHaveLength(graphCounts.nodes);
      expect(new Set(parsed.nodeIds).size).toBe(graphCounts.nodes);
    }
    if (format !== 'nodes.csv') expect(parsed.edgeCount).toBe(graphCounts.edges);
  });

  it.each(formats)(
    'downloads a neighbourhood as %s with the nodes and edges Cypher counts',
    async (format) => {
      const { response, body } = await download(
        `/export/neighborhood/${encodeURIComponent(centre)}.${format}?depth=2`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''leshan-2025-neighborhood-AdminDivision_${encodeURIComponent('马边彝族自治县')}-depth2.${format}`,
      );
      const parsed = readBack(format, body);
      if (format !== 'edges.csv') expect([...parsed.nodeIds].sort()).toEqual(neighbourhood.ids);
      if (format !== 'nodes.csv') expect(parsed.edgeCount).toBe(neighbourhood.edges);
    },
  );

  it('names the whole graph after the report it holds', async () => {
    const { body } = await download('/export/graph.gexf');
    expect(body.toString('utf8')).toContain('<description>乐山市 plan graph</description>');
  });

  (hasNetworkx ? describe : describe.skip)('read with NetworkX (python3 on this machine)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'leshan-networkx-'));
    });
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Saves the GEXF, GraphML and CSV downloads of `path` and reads them with NetworkX. */
    async function readWithNetworkx(path: string, query = '') {
      const base = join(dir, 'export');
      for (const format of ['gexf', 'graphml', 'nodes.csv', 'edges.csv']) {
        writeFileSync(`${base}.${format}`, (await download(`${path}.${format}${query}`)).body);
      }
      return networkxCounts(base);
    }

    it('loads the whole graph with every node and edge', async () => {
      const expected = { nodes: graphCounts.nodes, edges: graphCounts.edges };
      expect(await readWithNetworkx('/export/graph')).toMatchObject({
        gexf: expected,
        graphml: expected,
        csv: expected,
      });
    }, 120_000);

    it('loads a neighbourhood with the nodes and edges the GraphQL API answers', async () => {
      const { data } = await graphql(
        'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id } edges { id } } }',
        { id: centre },
      );
      const expected = {
        nodes: data.neighborhood.nodes.length,
        edges: data.neighborhood.edges.length,
      };
      expect(expected.nodes).toBeGreaterThan(10);
      expect(
        await readWithNetworkx(`/export/neighborhood/${encodeURIComponent(centre)}`, '?depth=2'),
      ).toMatchObject({ gexf: expected, graphml: expected, csv: expected });
    }, 120_000);
  });

  it('exports the neighbourhood the GraphQL API and the explorer show', async () => {
    const { data } = await graphql(
      'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id } edges { id } truncated } }',
      { id: centre },
    );
    expect(data.neighborhood.truncated).toBe(false);
    expect(data.neighborhood.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
      neighbourhood.ids,
    );
    expect(data.neighborhood.edges).toHaveLength(neighbourhood.edges);
    expect(neighbourhood.ids).toContain('Project:马边彝诺农旅田园度假项目');
  });

  it('follows the relationship types a download names', async () => {
    const { body } = await download(
      `/export/neighborhood/${encodeURIComponent('Project:京运通二期22吉瓦切片设备安装')}.cyjs?types=HAS_STATUS,UNDERTAKEN_BY`,
    );
    const { elements } = JSON.parse(body.toString('utf8'));
    const types = new Set(
      elements.edges.map((edge: { data: { interaction: string } }) => edge.data.interaction),
    );
    expect([...types].sort()).toEqual(['HAS_STATUS', 'UNDERTAKEN_BY']);
    const status = elements.nodes.find(
      (node: { data: { type: string } }) => node.data.type === 'Status',
    );
    expect(status.data).toMatchObject({ year: 2024, wording: '加快推进' });
  });

  it('keeps each quote exactly as the report has it', async () => {
    const source = Array.from(
      readFileSync(join(projectRoot, 'seed', 'source', 'leshan-2025-plan-report.txt'), 'utf8'),
    );
    const { body } = await download('/export/graph.cyjs');
    const quoted = JSON.parse(body.toString('utf8')).elements.edges.filter(
      (edge: { data: { quote?: string } }) => typeof edge.data.quote === 'string',
    );
    expect(quoted.length).toBeGreaterThan(100);
    for (const { data } of quoted)
      expect(source.slice(data.start, data.end).join('')).toBe(data.quote);
  });

  it('answers 404 with the GraphQL error for an id no entity has', async () => {
    const { response, body } = await download('/export/neighborhood/Project%3Anothing.gexf');
    expect(response.status).toBe(404);
    expect(refusal(body)).toEqual(await neighborhoodError({ id: 'Project:nothing' }));
  });

  it('refuses a depth over the GraphQL limit with the GraphQL error', async () => {
    const { response, body } = await download(
      `/export/neighborhood/${encodeURIComponent(centre)}.gexf?depth=4`,
    );
    expect(response.status).toBe(400);
    const refused = refusal(body);
    expect(refused).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 3 });
    expect(refused).toEqual(await neighborhoodError({ id: centre, depth: 4 }));
  });

  it('refuses an unknown relationship type with the GraphQL error', async () => {
    const { response, body } = await download(
      `/export/neighborhood/${encodeURIComponent(centre)}.gexf?types=SEEKS,NOT_A_TYPE`,
    );
    expect(response.status).toBe(400);
    const refused = refusal(body);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused).toEqual(
      await neighborhoodError({ id: centre, types: ['SEEKS', 'NOT_A_TYPE'] }),
    );
  });

  describe('npm run export', () => {
    let out: string;
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) =>
      execFileSync(tsx, ['src/export/cli.ts', ...args], {
        cwd: projectRoot,
        env: { ...process.env, SEED_ON_START: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });

    beforeAll(() => {
      out = mkdtempSync(join(tmpdir(), 'leshan-export-'));
    });
    afterAll(() => {
      if (out) rmSync(out, { recursive: true, force: true });
    });

    it('writes the whole graph as GEXF to a file', () => {
      run('--format', 'gexf', '--out', join(out, 'graph.gexf'));
      const parsed = readBack('gexf', readFileSync(join(out, 'graph.gexf')));
      expect(parsed.nodeIds).toHaveLength(graphCounts.nodes);
      expect(parsed.edgeCount).toBe(graphCounts.edges);
    }, 60_000);

    it('writes a neighbourhood as both CSV lists', () => {
      run(
        '--format',
        'csv',
        '--neighborhood',
        centre,
        '--depth',
        '2',
        '--out',
        join(out, 'mabian'),
      );
      const nodes = readBack('nodes.csv', readFileSync(join(out, 'mabian.nodes.csv')));
      const edges = readBack('edges.csv', readFileSync(join(out, 'mabian.edges.csv')));
      expect(nodes.nodeIds.sort()).toEqual(neighbourhood.ids);
      expect(edges.edgeCount).toBe(neighbourhood.edges);
    }, 60_000);

    it('writes GraphML to standard output', () => {
      const parsed = readBack('graphml', run('--format', 'graphml', '--neighborhood', centre));
      expect(parsed.nodeIds).toContain(centre);
    }, 60_000);

    it('explains its usage when a format is unknown', () => {
      expect(() => run('--format', 'pdf')).toThrow(/not one of gexf/);
    }, 60_000);

    it('refuses a depth over the GraphQL limit', () => {
      expect(() => run('--format', 'gexf', '--neighborhood', centre, '--depth', '4')).toThrow(
        /depth may be at most 3/,
      );
    }, 60_000);
  });
});

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Database } from '../../src/neo4j';
import { buildGraph, BuildError, type GraphArtifact } from '../../seed/compile';
import { isStale, loadArtifact } from '../../seed/load';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from '../../seed/paths';
import { seedDatabase } from '../../seed/seedDatabase';
import { SEMANTIC_RELATION_TYPES } from '../../seed/vocabulary';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { anotherReport, graphHash } from './leshan';

const quiet = () => {};
// Any test may be the first to load on a cold server, which compiles every statement.
jest.setTimeout(240_000);

describe('loading the seed into Neo4j', () => {
  let db: Database;
  let leshan: GraphArtifact;
  // A snapshot of the curated layer, so edits made while the tests run cannot change it.
  let annotationsDir: string;
  const seedLeshan = (options: { force?: boolean } = {}) =>
    seedDatabase(db, { annotationsDir, log: quiet, ...options });

  /*
   * Each test sets up the graph it reads, so any one of them passes alone or in any order.
   * Both helpers load only when the database holds something else.
   */
  /** The database holds this build of the Leshan graph and nothing else. */
  const leshanAlone = () => ensureLeshanGraph(db, { annotationsDir, artifact: leshan });
  /** The database holds the Leshan graph and the uncurated 犍为 report, nothing else. */
  async function leshanAndAnotherReport() {
    await leshanAlone();
    await seedDatabase(db, { sourcePath: anotherReport, log: quiet });
  }

  beforeAll(async () => {
    annotationsDir = mkdtempSync(join(tmpdir(), 'seed-annotations-'));
    cpSync(LESHAN_ANNOTATIONS, annotationsDir, { recursive: true });
    db = await connectTestDatabase();
    leshan = buildGraph({ sourcePath: LESHAN_SOURCE, annotationsDir });
  });
  afterAll(async () => {
    if (annotationsDir) rmSync(annotationsDir, { recursive: true, force: true });
    await db?.close();
  });

  it('loads the Leshan graph, and loading it again yields the identical graph', async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    const first = await seedLeshan({ force: true });
    expect(first).toMatchObject({ documentId: 'Document:leshan-2025', loaded: true });
    const once = await graphHash(db);
    expect(once).toMatchObject({
      nodes: leshan.nodes.length,
      relationships: leshan.relationships.length,
    });

    await seedLeshan({ force: true });
    expect(await graphHash(db)).toEqual(once);
    expect(await isStale(db, leshan)).toBe(false);
    expect(await seedLeshan()).toMatchObject({ loaded: false });
  });

  it('stores offsets and counts as integers', async () => {
    await leshanAlone();
    const [row] = await db.read<Record<string, string>>(
      `MATCH (p:Paragraph {id: 'Paragraph:leshan-2025:7'}), (d:Document {id: 'Document:leshan-2025'})
       RETURN valueType(p.start) AS start, valueType(p.order) AS order, valueType(d.years) AS years,
              valueType(d.executionYear) AS executionYear, valueType(d.planYear) AS planYear`,
    );
    expect(row).toEqual({
      start: 'INTEGER NOT NULL',
      order: 'INTEGER NOT NULL',
      years: 'LIST<INTEGER NOT NULL> NOT NULL',
      executionYear: 'INTEGER NOT NULL',
      planYear: 'INTEGER NOT NULL',
    });
  });

  it('refuses a broken annotation directory by name, file and reason, and keeps the graph', async () => {
    await leshanAlone();
    const before = await graphHash(db);
    const dir = mkdtempSync(join(tmpdir(), 'seed-broken-'));
    try {
      cpSync(annotationsDir, dir, { recursive: true });
      const file = readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .find((name) => parseDocument(readFileSync(join(dir, name), 'utf8')).has('entities'))!;
      const yaml = parseDocument(readFileSync(join(dir, file), 'utf8'));
      yaml.setIn(['entities', 0, 'quote'], '这句话不在报告里');
      writeFileSync(join(dir, file), yaml.toString());

      const seeding = seedDatabase(db, { annotationsDir: dir, force: true, log: quiet });
      await expect(seeding).rejects.toBeInstanceOf(BuildError);
      const error = (await seeding.catch((e: BuildError) => e)) as BuildError;
      expect(error.problems).toContainEqual({
        file: expect.stringMatching(new RegExp(`${file}$`)),
        entry: expect.stringMatching(/^entities\[0\] \(/),
        reason: 'quote not found in the source: "这句话不在报告里"',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphHash(db)).toEqual(before);
  });

  it('rolls back a load that fails midway, leaving the previous graph', async () => {
    await leshanAlone();
    const before = await graphHash(db);
    const broken: GraphArtifact = {
      ...leshan,
      // Neo4j cannot store a list of mixed types: the statement fails after the delete ran.
      nodes: leshan.nodes.map((n) =>
        n.id === 'Paragraph:leshan-2025:55' ? { ...n, props: { ...n.props, mixed: [1, 'a'] } } : n,
      ),
    };
    await expect(loadArtifact(db, broken, quiet)).rejects.toThrow();
    expect(await graphHash(db)).toEqual(before);
  });

  it('loads another report beside the first without curation, sharing the divisions', async () => {
    await leshanAlone();
    const leshanOnly = await graphHash(db);
    const result = await seedDatabase(db, { sourcePath: anotherReport, force: true, log: quiet });
    expect(result).toMatchObject({ documentId: 'Document:qianwei-2025', loaded: true });

    const documents = await db.read<{ id: string; paragraphs: number }>(
      `MATCH (d:Document) OPTIONAL MATCH (p:Paragraph {documentId: d.id})
       RETURN d.id AS id, count(p) AS paragraphs ORDER BY id`,
    );
    expect(documents).toEqual([
      { id: 'Document:leshan-2025', paragraphs: 55 },
      { id: 'Document:qianwei-2025', paragraphs: expect.any(Number) },
    ]);
    const [qianwei] = await db.read<{ documentIds: string[]; aliases: string[] }>(
      "MATCH (n:AdminDivision {id: 'AdminDivision:犍为县'}) RETURN n.documentIds AS documentIds, n.aliases AS aliases",
    );
    expect(qianwei.documentIds).toEqual(['Document:leshan-2025', 'Document:qianwei-2025']);
    expect(qianwei.aliases).toEqual(expect.arrayContaining(['犍为', '健为']));

    // Reloading the first report leaves the second one whole.
    const withBoth = await graphHash(db);
    await seedLeshan({ force: true });
    expect(await graphHash(db)).toEqual(withBoth);
    expect(withBoth.nodes).toBeGreaterThan(leshanOnly.nodes);
  });

  it('gives every entity a mention (but gazetteer-only ones) and every fact its exact words', async () => {
    await leshanAndAnotherReport();
    const sources = new Map([
      ['Document:leshan-2025', Array.from(readFileSync(LESHAN_SOURCE, 'utf8'))],
      ['Document:qianwei-2025', Array.from(readFileSync(anotherReport, 'utf8'))],
    ]);
    const silent = await db.read<{ id: string }>(
      `MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() AND e.source <> 'gazetteer' RETURN e.id AS id`,
    );
    expect(silent).toEqual([]);
    const [{ gazetteerOnly }] = await db.read<{ gazetteerOnly: string[] }>(
      `MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->() RETURN collect(e.id) AS gazetteerOnly`,
    );
    expect(gazetteerOnly).toEqual(['AdminDivision:峨眉山市']);

    const facts = await db.read<{
      kind: string;
      id: string;
      documentId: string;
      paragraphId: string;
      start: number;
      end: number;
      quote: string;
    }>(
      `MATCH ()-[r]->() WHERE type(r) IN $types AND coalesce(r.source, '') <> 'gazetteer'
       RETURN 'relationship' AS kind, r.id AS id, r.documentId AS documentId, r.paragraphId AS paragraphId,
              r.start AS start, r.end AS end, r.quote AS quote
       UNION ALL
       MATCH (o:Observation)
       RETURN 'observation' AS kind, o.id AS id, o.documentId AS documentId, o.paragraphId AS paragraphId,
              o.start AS start, o.end AS end, o.quote AS quote`,
      { types: [...SEMANTIC_RELATION_TYPES] },
    );
    expect(facts.filter((f) => f.kind === 'relationship').length).toBeGreaterThan(100);
    expect(facts.filter((f) => f.kind === 'observation').length).toBeGreaterThan(25);
    for (const fact of facts) {
      expect(fact).toMatchObject({
        paragraphId: expect.any(String),
        start: expect.any(Number),
        end: expect.any(Number),
      });
      const source = sources.get(fact.documentId)!;
      expect([fact.id, source.slice(fact.start, fact.end).join('')]).toEqual([fact.id, fact.quote]);
    }
    const outside = await db.read(
      `MATCH ()-[r]->() WHERE type(r) IN $types AND coalesce(r.source, '') <> 'gazetteer'
       MATCH (p:Paragraph {id: r.paragraphId})
       WHERE NOT (p.start <= r.start AND r.end <= p.end)
       RETURN r.id AS id`,
      { types: [...SEMANTIC_RELATION_TYPES] },
    );
    expect(outside).toEqual([]);
  });

  it('finds entities by pinyin and paragraphs by words split by a page break', async () => {
    await leshanAndAnotherReport();
    const entities = await db.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entitySearch', 'qianweixian') YIELD node RETURN node.id AS id",
    );
    expect(entities.map((e) => e.id)).toContain('AdminDivision:犍为县');
    const byTypo = await db.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entitySearch', '健为') YIELD node RETURN node.id AS id",
    );
    expect(byTypo.map((e) => e.id)).toContain('AdminDivision:犍为县');
    const paragraphs = await db.read<{ id: string }>(
      `CALL db.index.fulltext.queryNodes('paragraphText', '"入选全国"') YIELD node
       RETURN node.id AS id`,
    );
    expect(paragraphs.map((p) => p.id)).toContain('Paragraph:leshan-2025:28');
  });
});

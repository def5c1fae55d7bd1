import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCorpus } from '../../seed/corpus';
import { LESHAN_ANNOTATIONS } from '../../seed/paths';
import type { Database } from '../../src/neo4j';
import { connectTestDatabase } from '../support/database';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { fetch } from '../support/http';

const root = join(__dirname, '..', '..');

/** The environment a person's shell would give the commands, with the test Neo4j's address. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

describe('npm run seed with a broken annotation file', () => {
  let db: Database;
  let annotations: string;

  beforeAll(async () => {
    annotations = mkdtempSync(join(tmpdir(), 'broken-annotations-'));
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    cpSync(LESHAN_ANNOTATIONS, annotations, { recursive: true });
    writeFileSync(
      join(annotations, 'broken.yaml'),
      [
        'entities:',
        '  - type: Project',
        '    kind: industrial',
        '    name: 并不存在的项目',
        '    nameEn: A project the report never names',
        '    quote: 这句话不在报告里',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    if (annotations) rmSync(annotations, { recursive: true, force: true });
    await db?.close();
  });

  it('exits non-zero naming the file, the entry and the reason, and keeps the previous graph', async () => {
    const before = await db.read('MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'seed', 'cli.ts'), '--annotations', annotations],
      { cwd: root, env: env({}), encoding: 'utf8', timeout: 120000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /broken\.yaml: entities\[0\] \(Project:并不存在的项目\): quote not found in the source: "这句话不在报告里"/,
    );
    expect(await db.read('MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash')).toEqual(
      before,
    );
  });
});

describe('npm start', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'leshan-start-'));
  });
  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 10 });
  });

  it('serves the corpus from its own Neo4j, and SIGTERM stops both processes', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], {
      cwd: root,
      env: env({ NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', PORT: '0' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        // Its own Neo4j's cold start and first load: over 150 s on a machine at load 13.
        const timer = setTimeout(() => reject(new Error(`no ready line:\n${stderr}`)), 300000);
        server.stderr.on('data', () => {
          const match = /ready at (http:\/\/\S+\/graphql)/.exec(stderr);
          if (match) {
            clearTimeout(timer);
            resolveUrl(match[1]);
          }
        });
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id truncated } }' }),
      });
      // Every report of the corpus: the curated Leshan report and each seed/corpus folder.
      const { data } = (await response.json()) as {
        data: { documents: { id: string; truncated: boolean }[] };
      };
      expect(data.documents.map((d) => d.id).sort()).toEqual(
        listCorpus()
          .map((report) => `Document:${report.name}`)
          .sort(),
      );
      expect(data.documents.find((d) => d.id === 'Document:leshan-2025')?.truncated).toBe(true);
      const javaPid = Number(/pid (\d+)/.exec(stderr)?.[1]);
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('stopped');
      expect(javaPid).toBeGreaterThan(0);
      expect(existsSync(`/proc/${javaPid}`)).toBe(false);
    } finally {
      server.kill('SIGKILL');
    }
  }, 360000);
});

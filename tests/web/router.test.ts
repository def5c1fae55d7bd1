import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Database } from '../../src/neo4j';
import { contentSecurityPolicy, webRouter } from '../../src/web';
import { fetch } from '../support/http';

// A built site in miniature (made in beforeAll, removed in afterAll), and a /graphql that
// answers like a GraphQL server would.
let distDir: string;
function writeSite(): void {
  distDir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  for (const page of ['playground', 'explorer']) {
    mkdirSync(join(distDir, page, 'chunks'), { recursive: true });
    writeFileSync(join(distDir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
    writeFileSync(join(distDir, page, 'main.js'), `console.log('${page}');`);
  }
  writeFileSync(join(distDir, 'playground', 'chunks', 'chunk-ABC.js'), 'export {};');
}

const neverQueried = {
  read: () => Promise.reject(new Error('no database in this test')),
} as unknown as Database;

let server: Server;
let base: string;

beforeAll(async () => {
  writeSite();
  const app = express();
  app.use(webRouter({ db: neverQueried, distDir }));
  app.use('/graphql', (_req, res) => {
    res.json({ data: { from: 'graphql' } });
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('webRouter', () => {
  it('serves the playground at / with a policy that keeps the page on this server', async () => {
    const response = await fetch(`${base}/`, { headers: { accept: browserAccept } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>playground</title>');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
  });

  it('serves the playground at /graphql when a browser asks for HTML', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: browserAccept } });
    expect(await response.text()).toContain('<title>playground</title>');
  });

  it.each([
    ['application/json'],
    ['application/graphql-response+json, application/json;q=0.9'],
    ['*/*'],
  ])('passes GET /graphql with Accept %s on to GraphQL', async (accept) => {
    const response = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { accept } });
    expect(await response.json()).toEqual({ data: { from: 'graphql' } });
  });

  it('passes POST /graphql on to GraphQL, whatever it accepts', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { accept: browserAccept, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{__typename}' }),
    });
    expect(await response.json()).toEqual({ data: { from: 'graphql' } });
  });

  it('serves the explorer at /explorer and its bundle beside it', async () => {
    expect(await (await fetch(`${base}/explorer`)).text()).toContain('<title>explorer</title>');
    const script = await fetch(`${base}/explorer/main.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets browsers keep hashed chunks for good', async () => {
    const chunk = await fetch(`${base}/playground/chunks/chunk-ABC.js`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 404 for a missing asset', async () => {
    expect((await fetch(`${base}/playground/nothing.js`)).status).toBe(404);
  });

  it('refuses an unknown export format and a bad depth before touching the database', async () => {
    const format = await fetch(`${base}/export/graph.pdf`);
    expect(format.status).toBe(404);
    expect((await format.json()).error).toContain('gexf');
    const depth = await fetch(
      `${base}/export/neighborhood/${encodeURIComponent('AdminDivision:犍为县')}.gexf?depth=9`,
    );
    expect(depth.status).toBe(400);
    expect(await depth.json()).toMatchObject({
      error: 'depth may be at most 3; got 9.',
      code: 'LIMIT_EXCEEDED',
      limit: 3,
    });
    const types = await fetch(`${base}/export/neighborhood/x.gexf?types=NOT_A_TYPE`);
    expect(types.status).toBe(400);
    expect(await types.json()).toMatchObject({
      error: expect.stringContaining('NOT_A_TYPE'),
      code: 'BAD_USER_INPUT',
      argument: 'relationshipTypes',
    });
  });

  it('masks a database failure as a 500 without its message', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`${base}/export/graph.gexf`);
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('no database');
    spy.mockRestore();
  });
});

describe('webRouter without a build', () => {
  it('explains how to build the pages', async () => {
    const app = express();
    app.use(webRouter({ db: neverQueried, distDir: join(distDir, 'missing') }));
    const bare = createServer(app);
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('build-web');
    await new Promise((resolve) => bare.close(resolve));
  });
});

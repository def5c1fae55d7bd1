import { readConfig, type Config } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { printedSchema } from '../../src/printSchema';
import { buildApp, listen, type App } from '../../src/server';
import { contentSecurityPolicy } from '../../src/web/router';
import { fetch } from '../support/http';

/** Nothing here reaches Neo4j: every request is refused or answered before a read. */
const noDatabase = {
  read: async () => {
    throw new Error('no statement should be sent');
  },
  observe: () => () => undefined,
  forRequest() {
    return this;
  },
  ping: async () => true,
  close: async () => undefined,
} as unknown as Database;

async function serve(overrides: Partial<Config> = {}) {
  const app: App = await buildApp(noDatabase, { ...readConfig({}), ...overrides });
  const port = await listen(app, 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, close: () => app.apollo.stop() };
}

describe('HTTP headers', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ corsOrigins: ['http://localhost:5173'] });
  });
  afterAll(() => server.close());

  it('sends security headers and no X-Powered-By on every response', async () => {
    for (const path of ['/health', '/graphql', '/no-such-page']) {
      const response = await fetch(`${server.base}${path}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('keeps the pages’ own Content-Security-Policy', async () => {
    for (const path of ['/', '/explorer']) {
      const response = await fetch(`${server.base}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('answers a listed origin with CORS headers, preflight included', async () => {
    const preflight = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const health = await fetch(`${server.base}/health`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(health.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives an unlisted origin no CORS header', async () => {
    const response = await fetch(`${server.base}/health`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('has CORS off by default', async () => {
    const plain = await serve();
    try {
      const response = await fetch(`${plain.base}/health`, {
        headers: { origin: 'http://localhost:5173' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('GET /schema.graphql', () => {
  it('serves the SDL, the same as docs/schema.graphql', async () => {
    const server = await serve();
    try {
      const response = await fetch(`${server.base}/schema.graphql`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql; charset=utf-8/);
      expect(await response.text()).toBe(printedSchema());
    } finally {
      await server.close();
    }
  });
});

describe('operations other than queries', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());

  it.each([
    ['mutation', 'mutation { __typename }'],
    ['subscription', 'subscription { __typename }'],
  ])('refuses a %s with HTTP 400 and READ_ONLY, logging nothing', async (operation, query) => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: unknown }[];
      };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'READ_ONLY' });
      expect(body.errors[0].message).toContain(`read-only: it answers queries, and a ${operation}`);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

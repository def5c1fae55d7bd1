import { createServer, type Server } from 'node:http';
import { startApi, type TestApi } from '../api/support/api';
import { launchBrowser, type Browser } from './browser';

/**
 * CORS as a browser enforces it: a page served from another origin (another port of this
 * machine, as a Vite dev server would be) calls the API with fetch. A listed origin gets
 * the answer; an unlisted one is refused by the browser itself.
 */
describe('a front-end on another origin', () => {
  let api: TestApi;
  let browser: Browser;
  const pages: Server[] = [];

  /** Serves an empty page on a free port of 127.0.0.1; resolves to its origin. */
  async function origin(): Promise<string> {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>front-end</title>');
    });
    pages.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  let listed: string;
  let unlisted: string;
  beforeAll(async () => {
    listed = await origin();
    unlisted = await origin();
    api = await startApi({ corsOrigins: [listed] });
    browser = await launchBrowser();
  }, 240000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await api?.db.close();
    for (const server of pages) await new Promise((resolve) => server.close(resolve));
  });

  /** What fetch gives a page of `from` when it POSTs a GraphQL query as JSON (preflighted). */
  async function queryFrom(from: string): Promise<string> {
    const page = await browser.context.newPage();
    try {
      await page.goto(from);
      return await page.evaluate(async (url) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ documents { id } }' }),
          });
          return JSON.stringify(await response.json());
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      }, api.url);
    } finally {
      await page.close();
    }
  }

  it('listed in CORS_ORIGINS, it gets the answer', async () => {
    expect(JSON.parse(await queryFrom(listed))).toEqual({
      data: { documents: [{ id: 'Document:leshan-2025' }] },
    });
  }, 60000);

  it('not listed, the browser refuses it the answer', async () => {
    expect(await queryFrom(unlisted)).toMatch(/^refused: /);
  }, 60000);
});

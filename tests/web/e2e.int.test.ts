import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot, readConfig } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { buildApp, listen, type App } from '../../src/server';
import { connectTestDatabase } from '../support/database';
import { launchBrowser, type Browser } from './browser';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { ensureWebBuilt } from './webBuild';

const artifacts = join(projectRoot, 'test-artifacts');

/** Runs a wait; when it fails, keeps a screenshot of the page in test-artifacts/ first. */
async function onFailureScreenshot<T>(
  page: Page,
  file: string,
  wait: () => Promise<T>,
): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    await page.screenshot({ path: join(artifacts, file) }).catch(() => {});
    throw error;
  }
}

describe('the playground and the explorer in a browser', () => {
  let db: Database;
  let app: App;
  let base: string;
  let browser: Browser;
  const pageErrors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${base}${path}`);
    return page;
  }

  /**
   * Opens a neighbour of the node shown from its relationships in the details panel, and
   * waits until the panel shows it: by then its neighbourhood is merged into the graph.
   */
  async function expandFromDetails(page: Page, id: string) {
    await page.locator(`#details .relationship button[data-node-id="${id}"]`).first().click();
    await page.waitForFunction(
      (nodeId) => document.querySelector('#details code')?.textContent === nodeId,
      id,
    );
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    ensureWebBuilt();
    db = await connectTestDatabase();
    await ensureLeshanGraph(db);
    app = await buildApp(db, readConfig());
    base = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}`;
    mkdirSync(artifacts, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.apollo.stop();
    await db?.close();
  });

  it('opens the playground with the cookbook as tabs and runs a cookbook query', async () => {
    const page = await open('/');
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor();
    expect(await tabs.count()).toBeGreaterThanOrEqual(12);
    await expect(tabs.first().innerText()).resolves.toContain('ProjectsOfAnIndustryByCounty');

    // Monaco and the schema load after the first paint; a run before the editor holds the
    // query does nothing, so wait for it, and run again if no response comes.
    await page
      .locator('.graphiql-query-editor .view-lines', { hasText: 'ProjectsOfAnIndustryByCounty' })
      .waitFor();
    const responseText = () =>
      page.evaluate(() => document.querySelector('.graphiql-response')?.textContent?.trim() ?? '');
    for (let attempt = 0; attempt < 5 && !(await responseText()); attempt++) {
      await page.locator('.graphiql-execute-button').click();
      await page
        .waitForFunction(
          () => document.querySelector('.graphiql-response')?.textContent?.trim(),
          null,
          {
            timeout: 5_000,
          },
        )
        .catch(() => {});
    }
    // Monaco writes spaces as no-break spaces, one span per token.
    await onFailureScreenshot(page, 'playground-failure.png', () =>
      page.waitForFunction(
        (expected) =>
          expected.every((text) =>
            document
              .querySelector('.graphiql-response')
              ?.textContent?.replace(/\u00a0/g, ' ')
              .includes(text),
          ),
        ['"totalCount": 6', '马边黄磷企业搬迁'],
        { timeout: 30_000 },
      ),
    );
    await page.screenshot({ path: join(artifacts, 'playground.png') });

    // The schema documentation and the query builder (explorer plugin) open from the sidebar.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.locator('.graphiql-doc-explorer').getByText('indicatorComparison').first().waitFor();
    await page.click('[aria-label="Show GraphiQL Explorer"]');
    await page.locator('.graphiql-explorer-neighborhood').first().waitFor();
    await page.close();
  }, 90_000);

  it('serves the playground at /graphql to a browser', async () => {
    const page = await open('/graphql');
    await page.locator('.graphiql-tab').first().waitFor();
    await page.close();
  }, 60_000);

  it('searches the explorer, expands a node and shows an evidence quote', async () => {
    const page = await open('/explorer');
    await page.fill('#search-input', '健为');
    await page.click('#search-form button[type=submit]');
    const firstHit = page.locator('#search-results button').first();
    await firstHit.waitFor();
    await expect(firstHit.innerText()).resolves.toContain('犍为县');
    await firstHit.click();

    // The neighbourhood of 犍为县 holds the chemical park it shares with 马边; open it from
    // 犍为县's relationships to expand it.
    const park = 'Project:犍为—马边飞地省级化工园区';
    await page.waitForFunction(
      () => document.querySelector('#details code')?.textContent === 'AdminDivision:犍为县',
    );
    await expandFromDetails(page, park);
    // Grow the picture from 马边, then come back to the park's evidence.
    await expandFromDetails(page, 'AdminDivision:马边彝族自治县');
    await expandFromDetails(page, park);

    const quote = page.locator('#details .relationship .quote', {
      hasText: '健为—马边飞地省级化工园区',
    });
    await quote.first().waitFor();
    await expect(
      page.locator('#details .relationship .place').first().innerText(),
    ).resolves.toMatch(/二、\(一\).*chars \d+–\d+/);
    await page.locator('#mentions .mention').first().waitFor();

    await page.click('[data-language=en]');
    await expect(page.locator('#details h2').innerText()).resolves.toMatch(/[A-Za-z]/);
    await page.click('[data-language=zh]');
    await page.locator('#mentions .mention').first().waitFor();

    // The README shows docs/explorer.png, refreshed by hand when the explorer changes:
    // cp test-artifacts/explorer.png docs/explorer.png
    await page.screenshot({ path: join(artifacts, 'explorer.png') });
    await page.close();
  }, 90_000);

  it('finds a path between two entities in the explorer', async () => {
    const page = await open('/explorer');
    await page.fill('#path-from', '马边黄磷企业搬迁');
    await page.fill('#path-to', '晶硅光伏');
    await page.click('#path-form button[type=submit]');
    await page.locator('#path-result .path-edges li').first().waitFor();
    await expect(page.locator('#path-result').innerText()).resolves.toContain('千亿产业集群');
    await page.close();
  }, 60_000);

  it('sent no request to any host but this machine, and no page threw', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

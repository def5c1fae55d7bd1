import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BoundingBoxOptions, Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { projectRoot, readConfig } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { buildApp, listen, type App } from '../../src/server';
import { connectTestDatabase } from '../support/database';
import { launchBrowser, type Browser } from './browser';
import { ensureLeshanGraph } from '../support/leshanGraph';
import { ensureWebBuilt } from './webBuild';
import { fetch } from '../support/http';

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

/** The page's Cytoscape instance, which web/explorer/main.ts puts on `window`. */
interface ExplorerWindow {
  explorerGraph: Core;
}

interface LabelBox {
  id: string;
  label: string;
  box: { x1: number; x2: number; y1: number; y2: number; w: number; h: number };
}

/** Every label the explorer's graph shows, with its box in model coordinates. */
function visibleLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as ExplorerWindow).explorerGraph;
    return cy
      .elements()
      .filter((element) => element.visible() && element.style('label') !== '')
      .map((element) => ({
        id: element.id(),
        label: element.style('label') as string,
        // Measured afresh (`useCache` is missing from Cytoscape's types).
        box: element.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          useCache: false,
        } as BoundingBoxOptions),
      }));
  });
}

/** The pairs of labels whose boxes overlap. */
function overlapping(labels: LabelBox[]): string[] {
  const pairs: string[] = [];
  labels.forEach(({ label, box: a }, index) => {
    for (const { label: other, box: b } of labels.slice(index + 1)) {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        pairs.push(`${label} × ${other}`);
    }
  });
  return pairs;
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

  /** Searches the explorer, opens the first hit and waits for its details. */
  async function openFirstHit(page: Page, text: string, id: string) {
    await page.fill('#search-input', text);
    await page.click('#search-form button[type=submit]');
    await page.locator('#search-results button').first().click();
    await page.waitForFunction(
      (nodeId) => document.querySelector('#details code')?.textContent === nodeId,
      id,
    );
  }

  const graphSize = (page: Page) =>
    page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).explorerGraph;
      return { entities: cy.nodes().not('.more').length, more: cy.nodes('.more').length };
    });

  it('expands the hub 乐山市 in batches with no two visible labels overlapping', async () => {
    const leshan = 'AdminDivision:乐山市';
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { neighborhood(id: $id, limit: 80) { nodes { id } } }',
        variables: { id: leshan },
      }),
    });
    const neighbourhood: number = (await response.json()).data.neighborhood.nodes.length;
    expect(neighbourhood).toBeGreaterThan(40);

    const page = await open('/explorer');
    await openFirstHit(page, '乐山市', leshan);
    // A batch of the neighbours and one "show N more" control, every label readable.
    expect(await graphSize(page)).toEqual({ entities: 15, more: 1 });
    let labels = await visibleLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    expect(labels.map((label) => label.label)).toContain(
      `show 15 more\n(${neighbourhood - 15} hidden)`,
    );
    expect(overlapping(labels)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'explorer-leshan.png') });

    // Quotes show footnote markers as superscripts, without the markup or page breaks.
    const quotes = await page.locator('#details .quote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(quote).not.toMatch(/\^\{|\n/);
    await expect(
      page.locator('#details .quote sup.footnote-marker').first().innerText(),
    ).resolves.toMatch(/^〔\d+〕$/);

    // Show the rest, batch by batch, from the details panel's button.
    while ((await page.locator('#details .show-more').count()) > 0) {
      const before = (await graphSize(page)).entities;
      await page.locator('#details .show-more').click();
      await page.waitForFunction(
        (count) =>
          (window as unknown as ExplorerWindow).explorerGraph.nodes().not('.more').length > count,
        before,
      );
      expect(overlapping(await visibleLabels(page))).toEqual([]);
    }
    expect(await graphSize(page)).toEqual({ entities: neighbourhood, more: 0 });
    labels = await visibleLabels(page);
    expect(labels.length).toBeGreaterThan(neighbourhood / 2);
    expect(overlapping(labels)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'explorer-leshan-all.png') });

    // English labels are whole (wrapped onto lines, not cut), and so are the search hits.
    await page.click('[data-language=en]');
    labels = await visibleLabels(page);
    expect(overlapping(labels)).toEqual([]);
    const centre = labels.find((label) => label.id === leshan);
    expect(centre?.label).toBe('Leshan City');
    const long = labels.filter((label) => label.label.length > 40);
    expect(long.length).toBeGreaterThan(0);
    for (const label of long) {
      expect(label.label).not.toContain('…');
      expect(label.box.h).toBeGreaterThan(centre!.box.h * 1.5);
    }
    await expect(
      page.locator('#search-results li').first().locator('.entity-name > span').first().innerText(),
    ).resolves.toBe('Leshan City');

    // A smaller window: the graph is fitted again, every node inside the view.
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction(() => {
      const cy = (window as unknown as ExplorerWindow).explorerGraph;
      const view = cy.extent();
      const all = cy.elements().boundingBox();
      return all.x1 >= view.x1 && all.x2 <= view.x2 && all.y1 >= view.y1 && all.y2 <= view.y2;
    });
    await page.close();
  }, 120_000);

  it('lists the two paths from 京运通 to 犍为县 and highlights them one at a time', async () => {
    const page = await open('/explorer');
    await page.fill('#path-from', '京运通');
    await page.fill('#path-to', '犍为县');
    await page.click('#path-form button[type=submit]');
    const paths = page.locator('#path-result .paths > li');
    await paths.first().waitFor();
    expect(await paths.count()).toBe(2);
    const hops = await Promise.all(
      [0, 1].map((index) => paths.nth(index).locator('.path-edges li').allInnerTexts()),
    );
    expect(hops[0]).toHaveLength(4);
    expect(hops[1]).toHaveLength(4);
    expect(hops[0]).not.toEqual(hops[1]);
    expect(hops[0][0]).toMatch(/^京运通 —IN_INDUSTRY→ 晶硅光伏$/);

    const highlighted = () =>
      page.evaluate(() =>
        (window as unknown as ExplorerWindow).explorerGraph
          .nodes('.path')
          .map((node) => node.id())
          .sort(),
      );
    const first = await highlighted();
    expect(first).toHaveLength(5);
    await paths.nth(1).locator('.path-pick').click();
    const second = await highlighted();
    expect(second).toHaveLength(5);
    expect(second).not.toEqual(first);
    expect(await paths.nth(1).locator('.path-pick').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  }, 60_000);

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

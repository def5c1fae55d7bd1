import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumMissing = `Chromium is not installed at ${CHROMIUM}: the end-to-end test drives Debian's Chromium. Run \`apt-get install -y chromium\` (as root), or set CHROMIUM_PATH to another Chromium binary.`;

/**
 * Whether to skip instead of failing when Chromium is missing: only on a developer's
 * machine (CI unset) that asked for it with E2E_SKIP_WITHOUT_CHROMIUM=1. CI always fails.
 */
export function maySkipWithoutChromium(): boolean {
  return !existsSync(CHROMIUM) && !process.env.CI && process.env.E2E_SKIP_WITHOUT_CHROMIUM === '1';
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface Browser {
  context: BrowserContext;
  /** Every request the pages tried to send to a host other than this machine (all aborted). */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, every background service off, and a route that
 * aborts and records any request to a host other than localhost/127.0.0.1.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(chromiumMissing);
  const userDataDir = mkdtempSync(join(tmpdir(), 'leshan-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const foreignRequests: string[] = [];
  const isLocal = (href: string) => {
    const url = new URL(href);
    return ['data:', 'blob:'].includes(url.protocol) || localHosts.has(url.hostname);
  };
  // Requests the route does not see (a worker's, a service's) are still recorded here.
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !foreignRequests.includes(request.url()))
      foreignRequests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const href = route.request().url();
    if (isLocal(href)) {
      await route.continue();
    } else {
      if (!foreignRequests.includes(href)) foreignRequests.push(href);
      await route.abort('blockedbyclient');
    }
  });
  return {
    context,
    foreignRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

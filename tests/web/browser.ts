import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { projectRoot } from '../../src/config';

const sparticuz = join(projectRoot, 'node_modules', '@sparticuz', 'chromium');

/**
 * Where the Chromium that @sparticuz/chromium ships (brotli-compressed in its bin/) is
 * unpacked: one directory per package version, inside node_modules so that `npm ci` starts
 * it afresh and worktrees never share it.
 */
function unpackedDir(): string {
  const { version } = JSON.parse(readFileSync(join(sparticuz, 'package.json'), 'utf8'));
  return join(projectRoot, 'node_modules', '.cache', 'sparticuz-chromium', version);
}

/**
 * The browser the end-to-end test drives: CHROMIUM_PATH when set, otherwise the Chromium
 * of the dev dependency @sparticuz/chromium (no download, no system package).
 *
 * The package unpacks into os.tmpdir() (/tmp/chromium, /tmp/fonts, /tmp/libGLESv2.so …)
 * with plain non-atomic writes, and returns /tmp/chromium as soon as that path exists,
 * so two runs at once could start a half-written binary. Here it unpacks in a child
 * process whose TMPDIR is a fresh private directory, which is then renamed into place in
 * one step; when another run got there first, its copy is used and ours is dropped.
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    return process.env.CHROMIUM_PATH;
  }
  const dir = unpackedDir();
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;

  mkdirSync(join(dir, '..'), { recursive: true });
  const staging = mkdtempSync(`${dir}.unpacking-`);
  try {
    const script =
      `const { default: chromium } = await import(${JSON.stringify(pathToFileURL(join(sparticuz, 'build', 'index.js')).href)});` +
      'process.stdout.write(await chromium.executablePath());';
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      { env: { ...process.env, TMPDIR: staging }, timeout: 120_000 },
    );
    if (stdout !== join(staging, 'chromium'))
      throw new Error(`@sparticuz/chromium unpacked to ${stdout}, not into ${staging}.`);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run renamed its copy into place first: that one is complete too.
      if (!existsSync(executable)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return executable;
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
 * aborts and records any request to a host other than localhost/127.0.0.1. Web security
 * (CORS, same-origin) stays on, and so does the usual multi-process model: the package's
 * own serverless flags (--single-process, --disable-web-security …) are not used.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  const userDataDir = mkdtempSync(join(tmpdir(), 'leshan-e2e-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
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
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
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

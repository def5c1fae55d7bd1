// Builds the browser pages into web/dist/ with esbuild during `npm ci`/`npm install`:
// the GraphiQL playground (with its Monaco workers and the cookbook as ready tabs) and
// the graph explorer. Everything the pages load is bundled here, so no page ever asks a
// CDN for a script, a style or a font.
//
//   node scripts/build-web.mjs           build when a source is newer than the last build
//   node scripts/build-web.mjs --force   build regardless
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'web');
const cookbookDir = join(root, 'cookbook');
const outDir = join(webDir, 'dist');
const stamp = join(outDir, 'build-info.json');
const force = process.argv.includes('--force');

function newestFile(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestFile(join(path, entry)));
  }
  return newest;
}

/** The cookbook as GraphiQL tabs: each query file with its variables, in file-name order. */
function readCookbook(dir = cookbookDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const variablesFile = join(dir, file.replace(/\.graphql$/, '.variables.json'));
      const variables = existsSync(variablesFile)
        ? JSON.stringify(JSON.parse(readFileSync(variablesFile, 'utf8')), null, 2)
        : null;
      return { file, query, variables };
    });
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

async function build() {
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    // `npm ci --omit=dev` has no bundler; the API still serves, and webRouter explains
    // on / that the pages were not built.
    console.warn('warning: esbuild is not installed, so the web pages (web/dist/) were not built.');
    return;
  }
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const cookbook = readCookbook();
  const cookbookPlugin = {
    name: 'cookbook',
    setup(b) {
      b.onResolve({ filter: /^virtual:cookbook$/ }, () => ({
        path: 'cookbook',
        namespace: 'cookbook',
      }));
      b.onLoad({ filter: /.*/, namespace: 'cookbook' }, () => ({
        contents: JSON.stringify(cookbook),
        loader: 'json',
        watchDirs: [cookbookDir],
      }));
    },
  };

  const common = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: ['chrome120', 'firefox120', 'safari17'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    logLevel: 'warning',
    metafile: true,
  };

  const builds = [
    // The playground splits so Monaco and prettier load after the first paint, as
    // @graphiql/react imports them dynamically.
    esbuild.build({
      ...common,
      entryPoints: { main: join(webDir, 'playground', 'main.tsx') },
      outdir: join(outDir, 'playground'),
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      assetNames: 'assets/[name]-[hash]',
      jsx: 'automatic',
      plugins: [cookbookPlugin],
    }),
    // Monaco runs language services in web workers; classic (iife) workers start in
    // every browser, and MonacoEnvironment.getWorker points at these files.
    esbuild.build({
      ...common,
      entryPoints: {
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
      },
      outdir: join(outDir, 'playground', 'workers'),
      format: 'iife',
    }),
    esbuild.build({
      ...common,
      entryPoints: { main: join(webDir, 'explorer', 'main.ts') },
      outdir: join(outDir, 'explorer'),
      format: 'iife',
    }),
  ];
  await Promise.all(builds);

  for (const page of ['playground', 'explorer']) {
    copyFileSync(join(webDir, page, 'index.html'), join(outDir, page, 'index.html'));
  }
  const sizes = Object.fromEntries(
    ['playground', 'explorer'].map((page) => [page, sizeOf(join(outDir, page))]),
  );
  const ms = Date.now() - started;
  writeFileSync(
    stamp,
    JSON.stringify(
      { builtAt: new Date().toISOString(), ms, sizes, cookbook: cookbook.map((t) => t.file) },
      null,
      2,
    ),
  );
  console.log(
    `web pages built in ${(ms / 1000).toFixed(1)} s into ${relative(root, outDir)}/: ` +
      `playground ${kb(sizes.playground)}, explorer ${kb(sizes.explorer)}, ${cookbook.length} cookbook tabs`,
  );
}

const upToDate =
  !force &&
  existsSync(stamp) &&
  statSync(stamp).mtimeMs >=
    Math.max(
      newestFile(webDir),
      newestFile(cookbookDir),
      statSync(fileURLToPath(import.meta.url)).mtimeMs,
      newestFile(join(root, 'package-lock.json')),
    );

if (upToDate) {
  console.log('web pages (web/dist/) are up to date');
} else {
  build().catch((error) => {
    console.error('error: the web pages did not build:', error.message ?? error);
    process.exit(1);
  });
}

// Builds the embedded Neo4j launcher (neo4j/pom.xml) with Maven during `npm ci`/`npm install`.
// A machine without a JDK or Maven can still use the project against an external Neo4j
// (NEO4J_URI), so a missing toolchain is reported, not fatal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = join(root, 'neo4j');
const marker = join(moduleDir, 'target', 'embedded-neo4j-1.0.0.jar');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function has(command) {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
}

const upToDate =
  existsSync(marker) &&
  statSync(marker).mtimeMs >=
    Math.max(statSync(join(moduleDir, 'pom.xml')).mtimeMs, newestSource(join(moduleDir, 'src')));

if (upToDate) {
  console.log('embedded Neo4j launcher is up to date');
} else if (!has('java') || !has('mvn')) {
  console.warn(
    'warning: java or mvn not found, so the embedded Neo4j launcher was not built.\n' +
      'Install JDK 17+ and Maven and run `npm run build:neo4j`, or set NEO4J_URI to a running Neo4j.',
  );
} else {
  await build();
}

/**
 * Runs Maven in batch mode and, instead of its hundreds of per-file lines, prints a line
 * every 10 s with the files and megabytes downloaded so far (the first build fetches about
 * 160 MB); Maven's whole output is shown only when the build fails.
 */
async function build() {
  console.log(
    'building the embedded Neo4j launcher with Maven (first time: downloads about 160 MB from Maven Central)…',
  );
  const started = Date.now();
  const output = [];
  let files = 0;
  let bytes = 0;
  const units = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };
  const mvn = spawn('mvn', ['-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: moduleDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: mvn.stdout });
  lines.on('line', (line) => {
    output.push(line);
    const downloaded = /Downloaded from \S+: \S+ \(([\d.,]+) (B|kB|KB|MB|GB)/.exec(line);
    if (downloaded) {
      files += 1;
      bytes += Number(downloaded[1].replace(',', '')) * units[downloaded[2]];
    }
  });
  mvn.stderr.on('data', (chunk) => output.push(chunk.toString()));
  const progress = () =>
    `${Math.round((Date.now() - started) / 1000)} s, ${files} files (${(bytes / 1e6).toFixed(1)} MB) downloaded`;
  const timer = setInterval(() => console.log(`maven: ${progress()}…`), 10000);
  const status = await new Promise((resolveExit) => mvn.once('close', resolveExit));
  clearInterval(timer);
  if (status !== 0) {
    console.error(output.join('\n'));
    console.error('error: the Maven build of neo4j/ failed (see above).');
    process.exit(status ?? 1);
  }
  console.log(`maven: built in ${progress()}`);
}

// Builds the embedded Neo4j launcher (neo4j/pom.xml) with Maven during `npm ci`/`npm install`.
// A machine without a JDK or Maven can still use the project against an external Neo4j
// (NEO4J_URI), so a missing toolchain is reported, not fatal.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  console.log(
    'building the embedded Neo4j launcher with Maven (first time: downloads Neo4j from Maven Central)…',
  );
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: moduleDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('error: the Maven build of neo4j/ failed (see above).');
    process.exit(result.status ?? 1);
  }
}

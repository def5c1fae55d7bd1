/**
 * How long ingesting a report takes without a database: `npm run bench:ingest`. Builds
 * (`buildSeed`: read, extract, compile to the graph artifact) every report of the corpus
 * and a 30,000-character one made of the corpus's uncurated texts joined end to end,
 * median of five runs after a warm-up, then the whole corpus in one go. Prints figures;
 * asserts none.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSeed } from '../seed/compile';
import { listCorpus, type CorpusReport } from '../seed/corpus';

const RUNS = 5;

function build(report: Pick<CorpusReport, 'sourcePath' | 'metaPath' | 'annotationsDir'>) {
  return buildSeed({
    sourcePath: report.sourcePath,
    metaPath: report.metaPath,
    annotationsDir: report.annotationsDir,
  }).artifact;
}

function median(run: () => void): number {
  run();
  const times = Array.from({ length: RUNS }, () => {
    const start = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const corpus = listCorpus();
console.log('report              chars   nodes  relationships   build ms (median of 5)');
for (const report of corpus) {
  const chars = Array.from(readFileSync(report.sourcePath, 'utf8')).length;
  const artifact = build(report);
  const ms = median(() => build(report));
  console.log(
    `${report.name.padEnd(18)} ${String(chars).padStart(6)} ${String(artifact.nodes.length).padStart(7)} ${String(artifact.relationships.length).padStart(14)} ${ms.toFixed(0).padStart(10)}`,
  );
}

// A long uncurated report: the first report's opening (its title, dateline and years),
// then every uncurated text after it, until 30,000 characters.
const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  const texts = corpus.slice(1).map((report) => readFileSync(report.sourcePath, 'utf8'));
  let long = '';
  for (let i = 0; Array.from(long).length < 30000; i++) long += `${texts[i % texts.length]}\n\n`;
  long = Array.from(long).slice(0, 30000).join('');
  const path = join(dir, 'long-2024.txt');
  writeFileSync(path, long);
  const artifact = build({ sourcePath: path });
  const ms = median(() => build({ sourcePath: path }));
  console.log(
    `${'30,000 characters'.padEnd(18)} ${'30000'.padStart(6)} ${String(artifact.nodes.length).padStart(7)} ${String(artifact.relationships.length).padStart(14)} ${ms.toFixed(0).padStart(10)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const start = process.hrtime.bigint();
for (const report of corpus) build(report);
console.log(
  `whole corpus (${corpus.length} reports), one pass: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`,
);

/**
 * `npm run compile -- [report.txt] [--meta m.yaml] [--annotations dir] [--out dir]`:
 * builds graph.json, summary.json and terms.json (quoted-term candidates for curators)
 * without touching a database. Exits 1 with `file: entry: reason` lines on a build error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedArgs } from '../args';
import { BUILD_OUT_DIR, reportOrDefault } from '../paths';
import { serializeArtifact } from './artifact';
import { BuildError } from './BuildError';
import { buildSeed } from './buildGraph';
import { formatSummary, summarize } from './summary';

function main(): void {
  const args = reportOrDefault(parseSeedArgs(process.argv.slice(2), 'compile'));
  const outDir = args.outDir ?? BUILD_OUT_DIR;
  const { artifact, quotedTerms, warnings } = buildSeed(args);
  for (const warning of warnings) console.error(`warning: ${warning}`);
  const summary = summarize(artifact);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'graph.json'), serializeArtifact(artifact));
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(outDir, 'terms.json'), `${JSON.stringify(quotedTerms, null, 2)}\n`);
  console.log(formatSummary(summary));
  console.log(`wrote ${join(outDir, 'graph.json')}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof BuildError ? error.message : `error: ${(error as Error).message}`);
  process.exit(1);
}

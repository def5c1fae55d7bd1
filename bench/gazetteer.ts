/**
 * What the nationwide gazetteer costs a build: `npm run bench:gazetteer`. Times loading it
 * (first use, in this process), then per report of the corpus the region read from its
 * opening (`regionOf`) and the divisions its text names (`divisionsNamedIn`), median of five
 * runs. Prints figures; asserts none.
 */
import { readFileSync } from 'node:fs';
import { listCorpus } from '../seed/corpus';
import { divisionsNamedIn, gazetteer, regionOf, SourceText } from '../seed/extract';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function median(run: () => void): number {
  const times = Array.from({ length: 5 }, () => {
    const start = process.hrtime.bigint();
    run();
    return ms(start);
  });
  return times.sort((a, b) => a - b)[2];
}

const start = process.hrtime.bigint();
const size = gazetteer().length;
console.log(`gazetteer: ${size} divisions loaded in ${ms(start).toFixed(0)} ms (first use)`);
console.log(
  'report            chars   region               regionOf ms  divisionsNamedIn ms  named',
);
for (const report of listCorpus()) {
  const source = new SourceText(readFileSync(report.sourcePath, 'utf8'));
  const region = regionOf(source);
  const named = divisionsNamedIn(source, region);
  const cells = [
    report.name.padEnd(16),
    String(source.length).padStart(6),
    (region?.name ?? '-').padEnd(20),
    median(() => regionOf(source))
      .toFixed(1)
      .padStart(11),
    median(() => divisionsNamedIn(source, region))
      .toFixed(1)
      .padStart(20),
    String(named.size).padStart(6),
  ];
  console.log(cells.join('  '));
}

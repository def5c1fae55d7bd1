/**
 * `npm run score:corpus [-- --misses]`: builds every corpus report that has a gold reading
 * (seed/corpus/<report>/gold.json) without a database and without curation, and prints
 * recall and precision per class, per report and in total. `--misses` also lists what each
 * report's graph missed or added.
 */
import { CLASSES, type Counts, precision, recall, totalOf } from './score';
import { scoreCorpus } from './scoreCorpus';

const percent = (value: number) => value.toFixed(2);
/** Recall/precision, or - when neither the reading nor the graph has any. */
const pair = (c: Counts) =>
  c.tp + c.fp + c.fn === 0 ? '-' : `${percent(recall(c))}/${percent(precision(c))}`;

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const scores = scoreCorpus();
  const header = ['report', ...CLASSES.map((c) => `${c} R/P`), 'years', 'kind', 'meta'];
  const rows: string[][] = scores.map((s) => {
    const found = s.classes.quantities.tp;
    return [
      s.report,
      ...CLASSES.map((c) => pair(s.classes[c])),
      s.yearsRight ? 'right' : 'wrong',
      found ? `${s.kindRight}/${found}` : '-',
      Object.values(s.metadata).filter(Boolean).length + '/3',
    ];
  });
  const total = totalOf(scores);
  rows.push([
    'TOTAL',
    ...CLASSES.map((c) => pair(total[c])),
    `${scores.filter((s) => s.yearsRight).length}/${scores.length}`,
    `${scores.reduce((n, s) => n + s.kindRight, 0)}/${total.quantities.tp}`,
    `${scores.reduce((n, s) => n + Object.values(s.metadata).filter(Boolean).length, 0)}/${3 * scores.length}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '\nR/P: recall/precision; a quantity counts when its value, unit and year are right at the ' +
      'printed number; kind: of those, how many have the reading’s kind; meta: title, issuer, region.',
  );
  for (const s of scores) {
    if (s.refused) console.log(`\n${s.report}: refused: ${s.refused}`);
    if (!showMisses) continue;
    for (const [name, miss] of Object.entries(s.misses)) {
      if (!miss.missed.length && !miss.extra.length) continue;
      console.log(`\n${s.report} ${name}:`);
      for (const m of miss.missed) console.log(`  missed ${m}`);
      for (const e of miss.extra) console.log(`  extra  ${e}`);
    }
  }
}

main();

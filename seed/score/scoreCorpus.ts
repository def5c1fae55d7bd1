import { readFileSync } from 'node:fs';
import { BuildError, buildGraph } from '../compile';
import { listCorpus } from '../corpus';
import { readGold } from './gold';
import { readGraph, type ReportScore, scoreReport } from './score';

/**
 * Builds every corpus report that has a gold reading without a database and without
 * curation, and scores each against its reading; a refused report scores as refused.
 */
export function scoreCorpus(): ReportScore[] {
  return listCorpus()
    .filter((report) => report.goldPath)
    .map((report) => {
      const gold = readGold(report.goldPath!);
      const text = readFileSync(report.sourcePath, 'utf8');
      let graph;
      try {
        graph = readGraph(buildGraph({ sourcePath: report.sourcePath, metaPath: report.metaPath }));
      } catch (error) {
        if (!(error instanceof BuildError)) throw error;
        graph = { refused: error.message.split('\n')[0] };
      }
      return scoreReport(report.name, gold, text, graph);
    });
}

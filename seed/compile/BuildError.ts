import { relative } from 'node:path';

/** One reason the build refuses to run: which file, which entry in it, and why. */
export interface BuildProblem {
  file: string;
  /** e.g. `entities[3] (Industry:晶硅光伏)`; `-` when the problem is the whole file. */
  entry: string;
  reason: string;
}

/** Every problem found, one `file: entry: reason` line each, so a curator fixes all at once. */
export class BuildError extends Error {
  readonly problems: BuildProblem[];

  constructor(problems: BuildProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'BuildError';
    this.problems = problems;
  }
}

export function formatProblem(problem: BuildProblem): string {
  return `${problem.file}: ${problem.entry}: ${problem.reason}`;
}

/** A path as a reader of the error wants it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

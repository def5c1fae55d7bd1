import { join, resolve } from 'node:path';

/** Where the Leshan report and its curated layer live; the defaults of both CLIs. */
const seedDir = resolve(__dirname);
export const LESHAN_SOURCE = join(seedDir, 'source', 'leshan-2025-plan-report.txt');
export const LESHAN_ANNOTATIONS = join(seedDir, 'annotations');
export const BUILD_OUT_DIR = join(seedDir, 'compile', 'out');

/**
 * Which report a build reads, the one home of the rule: no report named means the Leshan
 * report with seed/annotations; a named report has its deterministic layer only, unless
 * an annotation directory is given for it.
 */
export function reportOrDefault<T extends { sourcePath?: string; annotationsDir?: string }>(
  options: T,
): T & { sourcePath: string } {
  if (options.sourcePath) return { ...options, sourcePath: options.sourcePath };
  return {
    ...options,
    sourcePath: LESHAN_SOURCE,
    annotationsDir: options.annotationsDir ?? LESHAN_ANNOTATIONS,
  };
}

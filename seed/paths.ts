import { join, resolve } from 'node:path';

/** Where the Leshan report and its curated layer live; the defaults of both CLIs. */
const seedDir = resolve(__dirname);
export const LESHAN_SOURCE = join(seedDir, 'source', 'leshan-2025-plan-report.txt');
export const LESHAN_ANNOTATIONS = join(seedDir, 'annotations');
export const BUILD_OUT_DIR = join(seedDir, 'compile', 'out');

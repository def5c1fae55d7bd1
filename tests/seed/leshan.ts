import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../seed/extract';
import { LESHAN_SOURCE } from '../../seed/paths';

/** The Leshan report and its deterministic extraction, shared by the seed tests. */
export const leshanText = readFileSync(LESHAN_SOURCE, 'utf8');
export const leshan = extractDocument(leshanText, { slug: 'leshan-2025', years: [2024, 2025] });

export const fixtures = join(__dirname, '..', 'fixtures');
export const anotherReport = join(fixtures, 'another-report.txt');
export const fixtureAnnotations = join(fixtures, 'annotations');

/** Code-point slice of the source, the way every offset in the graph is meant. */
export function sliceOf(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

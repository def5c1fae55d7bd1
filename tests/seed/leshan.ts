import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../seed/extract';
import { LESHAN_SOURCE } from '../../seed/paths';
import type { Database } from '../../src/neo4j';

/** The Leshan report and its deterministic extraction, shared by the seed tests. */
export const leshanText = readFileSync(LESHAN_SOURCE, 'utf8');
export const leshan = extractDocument(leshanText, { slug: 'leshan-2025' });

export const fixtures = join(__dirname, '..', 'fixtures');
export const anotherReport = join(fixtures, 'another-report.txt');
/** Reports of the genre written for the tests, each with its metadata beside it (<name>.yaml). */
export const otherReports = {
  /** 眉山市 2023→2024: three parts, full-width punctuation, 〔N〕 markers. */
  meishan: join(fixtures, 'meishan-2024.txt'),
  /** 井研县 2024→2025: ①②, 一是…, 1. items, page breaks and a page number, typos, mixed punctuation. */
  jingyan: join(fixtures, 'jingyan-2025.txt'),
  /** 宜宾市 2022→2023: four parts, 三., run-in sub-headings, [N] markers, ⑴ lists, cut off. */
  yibin: join(fixtures, 'yibin-2023.txt'),
  /** 夹江县 2023→2024: part 一's heading missing, ^{N} markers, 峨眉山市 beside 峨眉山. */
  jiajiang: join(fixtures, 'jiajiang-2024.txt'),
};
export const fixtureAnnotations = join(fixtures, 'annotations');

/** Code-point slice of the source, the way every offset in the graph is meant. */
export function sliceOf(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Every node and relationship, canonically ordered, hashed: equal hashes mean equal graphs. */
export async function graphHash(
  db: Database,
): Promise<{ hash: string; nodes: number; relationships: number }> {
  const nodes = await db.read(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const relationships = await db.read(
    `MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
     ORDER BY id, from, to`,
  );
  const canonical = JSON.stringify([nodes, relationships], (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
  return {
    hash: createHash('sha256').update(canonical).digest('hex'),
    nodes: nodes.length,
    relationships: relationships.length,
  };
}

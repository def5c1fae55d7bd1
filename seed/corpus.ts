import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from './paths';

/** The corpus: seed/corpus/<report>/ folders (seed/corpus/README.md), beside Leshan. */
export const CORPUS_DIR = join(__dirname, 'corpus');

export interface CorpusReport {
  /** The folder's name, e.g. `kaizhou-2025`; `leshan-2025` for the curated report. */
  name: string;
  sourcePath: string;
  /** meta.yaml when the folder has one: it overrides what the text says. */
  metaPath?: string;
  annotationsDir?: string;
  /** gold.json when the folder has one: an independent reading for the scorer. */
  goldPath?: string;
}

/** Every report of the corpus, the curated Leshan report first, then the folders by name. */
export function listCorpus(dir = CORPUS_DIR): CorpusReport[] {
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const optional = (path: string) => (existsSync(path) ? path : undefined);
  return [
    { name: 'leshan-2025', sourcePath: LESHAN_SOURCE, annotationsDir: LESHAN_ANNOTATIONS },
    ...folders.map((name) => ({
      name,
      sourcePath: join(dir, name, 'report.txt'),
      metaPath: optional(join(dir, name, 'meta.yaml')),
      annotationsDir: optional(join(dir, name, 'annotations')),
      goldPath: optional(join(dir, name, 'gold.json')),
    })),
  ];
}

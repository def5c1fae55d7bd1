import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'yaml';
import { BuildError, type BuildProblem, displayPath } from './BuildError';

/** What a reader must know about the source file (seed/source/source.yaml). */
export interface SourceMeta {
  slug: string;
  title: string;
  issuer: string | null;
  deliveredOn: string | null;
  venue: string | null;
  /** The division the report speaks for, by its gazetteer name (乐山市). */
  region: string | null;
  /** The years of part 一、 (estimates) and part 二、 (plan). */
  years: number[];
  truncated: boolean;
  truncationNote: string | null;
}

const FIELDS = [
  'slug',
  'title',
  'issuer',
  'deliveredOn',
  'venue',
  'region',
  'years',
  'truncated',
  'truncationNote',
];

/** The explicit path, else `<report>.yaml` beside the report, else `source.yaml` there. */
export function findMetaPath(sourcePath: string, explicit?: string): string {
  if (explicit) return explicit;
  const sibling = join(dirname(sourcePath), `${basename(sourcePath, extname(sourcePath))}.yaml`);
  return existsSync(sibling) ? sibling : join(dirname(sourcePath), 'source.yaml');
}

export function readSourceMeta(path: string): SourceMeta {
  const file = displayPath(path);
  const fail = (reason: string): never => {
    throw new BuildError([{ file, entry: '-', reason }]);
  };
  if (!existsSync(path)) fail('metadata file not found (pass --meta or write source.yaml)');
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`not valid YAML: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('expected a YAML mapping');
  const data = raw as Record<string, unknown>;
  const problems: BuildProblem[] = [];
  const problem = (entry: string, reason: string) => problems.push({ file, entry, reason });
  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key)) problem(key, `unknown field (known: ${FIELDS.join(', ')})`);
  }
  const text = (key: string, required = false): string | null => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) problem(key, 'required');
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '')
      problem(key, 'expected a non-empty string');
    return String(value).trim();
  };
  const slug = text('slug', true);
  if (slug && !/^[a-z0-9][a-z0-9-]*$/.test(slug))
    problem('slug', 'expected lowercase letters, digits and -');
  const years = data.years;
  if (!Array.isArray(years) || years.length === 0 || !years.every((y) => Number.isInteger(y))) {
    problem('years', 'expected a list of years, e.g. [2024, 2025]');
  }
  if (data.truncated !== undefined && typeof data.truncated !== 'boolean') {
    problem('truncated', 'expected true or false');
  }
  const meta: SourceMeta = {
    slug: slug ?? '',
    title: text('title', true) ?? '',
    issuer: text('issuer'),
    deliveredOn: text('deliveredOn'),
    venue: text('venue'),
    region: text('region'),
    years: Array.isArray(years) ? (years as number[]) : [],
    truncated: data.truncated === true,
    truncationNote: text('truncationNote'),
  };
  if (problems.length) throw new BuildError(problems);
  return meta;
}

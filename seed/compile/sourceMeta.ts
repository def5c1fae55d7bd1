import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'yaml';
import { type ReportYears, type TextMetadata } from '../extract';
import { BuildError, type BuildProblem, displayPath } from './BuildError';
import { pinyinOf } from './pinyin';

/** What a reader must know about the source file: read from its text, else its metadata file. */
export interface SourceMeta {
  slug: string;
  title: string;
  issuer: string | null;
  deliveredOn: string | null;
  venue: string | null;
  /** The division the report speaks for, by its gazetteer name (乐山市). */
  region: string | null;
  /** The year its execution part reports on (estimates) and the year it plans (targets). */
  years: ReportYears;
  truncated: boolean;
  truncationNote: string | null;
}

/** A metadata file (source.yaml, meta.yaml or --meta): every field optional, each overrides the text. */
export type MetaOverrides = Partial<SourceMeta>;

const TEXT_FIELDS = [
  'slug',
  'title',
  'issuer',
  'deliveredOn',
  'venue',
  'region',
  'truncationNote',
] as const;
const FIELDS: string[] = [...TEXT_FIELDS, 'years', 'truncated'];
const YEARS_HINT = 'years: {execution: 2024, plan: 2025}';

/**
 * The explicit path, else `<report>.yaml` beside the report, else `source.yaml` or `meta.yaml`
 * there; undefined when there is none (the text then says everything).
 */
export function findMetaPath(sourcePath: string, explicit?: string): string | undefined {
  if (explicit) return explicit;
  const dir = dirname(sourcePath);
  const stem = basename(sourcePath, extname(sourcePath));
  return [join(dir, `${stem}.yaml`), join(dir, 'source.yaml'), join(dir, 'meta.yaml')].find(
    (path) => existsSync(path),
  );
}

export function readSourceMeta(path: string): MetaOverrides {
  const file = displayPath(path);
  const fail = (reason: string): never => {
    throw new BuildError([{ file, entry: '-', reason }]);
  };
  if (!existsSync(path)) fail('metadata file not found');
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`not valid YAML: ${(error as Error).message}`);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('expected a YAML mapping');
  const data = raw as Record<string, unknown>;
  const problems: BuildProblem[] = [];
  const problem = (entry: string, reason: string) => problems.push({ file, entry, reason });
  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key)) problem(key, `unknown field (known: ${FIELDS.join(', ')})`);
  }
  const meta: MetaOverrides = {};
  const strings = meta as Record<string, string | null>;
  for (const key of TEXT_FIELDS) {
    const value = data[key];
    if (value === undefined) continue;
    // Null says "the report has none" (issuer: null); slug and title cannot be none.
    if (value === null && key !== 'slug' && key !== 'title') strings[key] = null;
    else if (typeof value === 'string' && value.trim()) strings[key] = value.trim();
    else problem(key, 'expected a non-empty string');
  }
  if (meta.slug && !/^[a-z0-9][a-z0-9-]*$/.test(meta.slug))
    problem('slug', 'expected lowercase letters, digits and -');
  if (data.years !== undefined) {
    const years = data.years as Record<string, unknown> | null;
    const isYear = (y: unknown) => y === null || Number.isInteger(y);
    if (
      !years ||
      typeof years !== 'object' ||
      Array.isArray(years) ||
      Object.keys(years).some((k) => k !== 'execution' && k !== 'plan') ||
      !isYear(years.execution ?? null) ||
      !isYear(years.plan ?? null)
    ) {
      problem(
        'years',
        `expected a mapping of the two years, e.g. ${YEARS_HINT} (null where the report has no such part)`,
      );
    } else {
      meta.years = {
        execution: (years.execution as number | null | undefined) ?? null,
        plan: (years.plan as number | null | undefined) ?? null,
      };
    }
  }
  if (data.truncated !== undefined) {
    if (typeof data.truncated !== 'boolean') problem('truncated', 'expected true or false');
    else meta.truncated = data.truncated;
  }
  if (problems.length) throw new BuildError(problems);
  return meta;
}

/**
 * `kaizhou-2025` from seed/corpus/kaizhou-2025/report.txt, `meishan-2024` from
 * meishan-2024.txt, `kai-zhou-qu-2024` from 开州区2024.txt (Chinese in pinyin).
 */
export function slugOf(sourcePath: string): string {
  const stem = basename(sourcePath, extname(sourcePath));
  const name = stem === 'report' ? basename(dirname(sourcePath)) : stem;
  return pinyinOf(name)
    .pinyin.replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/**
 * The report's metadata: what its text says, overridden field by field by its metadata file,
 * with a warning where the two disagree. A report whose years are found in neither is
 * refused, naming the file and what to add.
 */
export function resolveSourceMeta(
  sourcePath: string,
  text: TextMetadata,
  overrides: MetaOverrides,
  metaPath: string | undefined,
): { meta: SourceMeta; warnings: string[] } {
  const warnings: string[] = [];
  const metaFile = metaPath ? displayPath(metaPath) : null;
  const pick = <K extends keyof TextMetadata>(field: K): TextMetadata[K] => {
    const given = overrides[field] as TextMetadata[K] | undefined;
    if (given === undefined) return text[field];
    const read = text[field];
    if (read !== null && !sameValue(field, read, given)) {
      warnings.push(
        `${metaFile}: ${field}: the text says ${shown(read)}, the metadata ${shown(given)}; using the metadata`,
      );
    }
    return given;
  };
  const slug = overrides.slug ?? slugOf(sourcePath);
  const stem = basename(sourcePath, extname(sourcePath));
  const suggested = join(dirname(sourcePath), stem === 'report' ? 'meta.yaml' : `${stem}.yaml`);
  const file = metaFile ?? `${displayPath(suggested)} (to write)`;
  const problems: BuildProblem[] = [];
  if (!slug) problem('slug', 'no slug can be made of the file name; add `slug: name-2025`');
  const years = pick('years');
  if (years.execution === null && years.plan === null) {
    problem(
      'years',
      `${displayPath(sourcePath)}: no execution or plan year found in its title, dateline or part headings; add \`${YEARS_HINT}\` to its metadata file (this one, or --meta)`,
    );
  }
  if (problems.length) throw new BuildError(problems);
  const title = pick('title');
  if (title === null) {
    warnings.push(
      `${displayPath(sourcePath)}: title: none found in the text; titled ${slug} (add \`title:\` to its metadata)`,
    );
  }
  return {
    meta: {
      slug,
      title: title ?? slug,
      issuer: pick('issuer'),
      deliveredOn: pick('deliveredOn'),
      venue: pick('venue'),
      region: overrides.region ?? null,
      years,
      truncated: overrides.truncated ?? false,
      truncationNote: overrides.truncationNote ?? null,
    },
    warnings,
  };

  function problem(entry: string, reason: string) {
    problems.push({ file, entry, reason });
  }
}

/** Titles and names compare without spacing (政 府 工 作 报 告 is 政府工作报告). */
function sameValue(field: keyof TextMetadata, read: unknown, given: unknown): boolean {
  if (field === 'years') return JSON.stringify(read) === JSON.stringify(given);
  return String(read).replace(/\s+/gu, '') === String(given).replace(/\s+/gu, '');
}

function shown(value: unknown): string {
  if (value && typeof value === 'object') {
    const years = value as ReportYears;
    return `{execution: ${years.execution}, plan: ${years.plan}}`;
  }
  return `«${String(value)}»`;
}

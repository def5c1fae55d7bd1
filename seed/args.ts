import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from './paths';

export interface SeedArgs {
  sourcePath: string;
  metaPath?: string;
  annotationsDir?: string;
  outDir?: string;
}

const FLAGS = ['meta', 'annotations', 'out'];

/**
 * `[report.txt] [--meta meta.yaml] [--annotations dir] [--out dir]`. No report: the
 * Leshan report with seed/annotations. A report: its deterministic layer only, unless
 * --annotations names a curated layer for it.
 */
export function parseSeedArgs(argv: string[]): SeedArgs {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = argv[++i];
    if (!FLAGS.includes(name))
      throw new Error(`unknown option ${arg} (known: --${FLAGS.join(', --')})`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    flags.set(name, value);
  }
  if (positional.length > 1) throw new Error(`give one report at a time, not ${positional.length}`);
  const [report] = positional;
  return {
    sourcePath: report ?? LESHAN_SOURCE,
    metaPath: flags.get('meta'),
    annotationsDir: flags.get('annotations') ?? (report ? undefined : LESHAN_ANNOTATIONS),
    outDir: flags.get('out'),
  };
}

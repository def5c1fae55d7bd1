export interface SeedArgs {
  /** Absent: the Leshan report (see reportOrDefault). */
  sourcePath?: string;
  metaPath?: string;
  annotationsDir?: string;
  outDir?: string;
}

/** The options each command takes: only the build writes an artifact to a directory. */
const FLAGS = {
  seed: ['meta', 'annotations'],
  compile: ['meta', 'annotations', 'out'],
} as const;

/**
 * `[report.txt] [--meta meta.yaml] [--annotations dir]`, plus `[--out dir]` for the build.
 * An option a command does not take is refused, never silently ignored.
 */
export function parseSeedArgs(argv: string[], command: keyof typeof FLAGS): SeedArgs {
  const known: readonly string[] = FLAGS[command];
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
    if (!known.includes(name)) {
      const hint =
        name === 'out' ? ' (to write the graph artifact without loading it: npm run compile)' : '';
      throw new Error(`unknown option ${arg} (known: --${known.join(', --')})${hint}`);
    }
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    flags.set(name, value);
  }
  if (positional.length > 1) throw new Error(`give one report at a time, not ${positional.length}`);
  return {
    sourcePath: positional[0],
    metaPath: flags.get('meta'),
    annotationsDir: flags.get('annotations'),
    outDir: flags.get('out'),
  };
}

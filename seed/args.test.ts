import { parseSeedArgs } from './args';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE, reportOrDefault } from './paths';

describe('parseSeedArgs', () => {
  it('reads a report, its metadata and its annotations', () => {
    expect(
      parseSeedArgs(['r.txt', '--meta', 'm.yaml', '--annotations', 'dir'], 'seed'),
    ).toMatchObject({ sourcePath: 'r.txt', metaPath: 'm.yaml', annotationsDir: 'dir' });
  });

  it('takes --out for the build, and refuses it for the seed instead of ignoring it', () => {
    expect(parseSeedArgs(['--out', 'dir'], 'compile')).toMatchObject({ outDir: 'dir' });
    expect(() => parseSeedArgs(['--out', 'dir'], 'seed')).toThrow(
      /unknown option --out \(known: --meta, --annotations\).*npm run compile/,
    );
  });

  it('refuses an option without its value, and two reports at once', () => {
    expect(() => parseSeedArgs(['--meta'], 'seed')).toThrow('--meta needs a value');
    expect(() => parseSeedArgs(['a.txt', 'b.txt'], 'seed')).toThrow(/one report at a time/);
  });
});

describe('reportOrDefault', () => {
  it('is the Leshan report with its curated layer when no report is named', () => {
    expect(reportOrDefault({})).toEqual({
      sourcePath: LESHAN_SOURCE,
      annotationsDir: LESHAN_ANNOTATIONS,
    });
  });

  it('is the named report alone, or with the annotations given for it', () => {
    expect(reportOrDefault({ sourcePath: 'r.txt' })).toEqual({ sourcePath: 'r.txt' });
    expect(reportOrDefault({ sourcePath: 'r.txt', annotationsDir: 'a' })).toEqual({
      sourcePath: 'r.txt',
      annotationsDir: 'a',
    });
  });
});

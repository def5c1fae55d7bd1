import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildError } from './BuildError';
import { buildSeed } from './buildGraph';

const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures');

/** The 犍为 fixture built with its metadata's region replaced (or left out: null). */
describe('the report’s region in the build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'region-'));
    copyFileSync(join(FIXTURES, 'another-report.txt'), join(dir, 'report.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function build(region: string | null) {
    const meta = readFileSync(join(FIXTURES, 'another-report.yaml'), 'utf8').replace(
      /^region: .*\n/mu,
      region ? `region: ${region}\n` : '',
    );
    writeFileSync(join(dir, 'report.yaml'), meta);
    return buildSeed({ sourcePath: join(dir, 'report.txt') });
  }
  const about = (built: ReturnType<typeof build>) =>
    built.artifact.relationships.filter((r) => r.type === 'ABOUT');

  it('reads the region from the title when the metadata names none, with its words as evidence', () => {
    const built = build(null);
    expect(built.meta.region).toBe('犍为县');
    const [edge, ...more] = about(built);
    expect(more).toEqual([]);
    expect(edge).toMatchObject({ from: 'Document:qianwei-2025', to: 'AdminDivision:犍为县' });
    expect(edge.props).toMatchObject({ quote: '犍为县', evidenceNote: null });
    expect(
      typeof edge.props.paragraphId === 'string' || typeof edge.props.sectionId === 'string',
    ).toBe(true);
  });

  it('takes the metadata’s region by its id’s name, so a shared name can be meant (内江市市中区)', () => {
    const built = build('内江市市中区');
    expect(about(built).map((r) => r.to)).toEqual(['AdminDivision:内江市市中区']);
    // The text never names it: no evidence, and a note that says why.
    expect(about(built)[0].props).toMatchObject({
      quote: null,
      evidenceNote: 'the metadata names the region; the text does not',
    });
  });

  it('refuses a region the gazetteer does not know, saying what to write', () => {
    expect(build('犍为').meta.region).toBe('犍为县');
    expect(about(build('四川省乐山市犍为县')).map((r) => r.to)).toEqual(['AdminDivision:犍为县']);
    let error: unknown;
    try {
      build('嘉州'); // an old name of 乐山, no division of today
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(
      /report\.yaml: region: 嘉州 is no division .*内江市市中区/u,
    );
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anotherReport, otherReports } from '../../tests/seed/leshan';
import { LESHAN_SOURCE } from '../paths';
import { BuildError } from './BuildError';
import { buildSeed } from './buildGraph';
import { slugOf } from './sourceMeta';

/**
 * A report of the genre as a new user ingests it (`npm run seed -- report.txt`): metadata
 * from its text, a metadata file optional. Part 一 reports on 2023 while a careless meta
 * file would say 2024: the failure the issue names.
 */
const REPORT = [
  '关于某某县2023年国民经济和社会发展计划执行情况及2024年计划草案的报告',
  '——2024年1月9日在某某县第十八届人民代表大会第四次会议上',
  '某某县发展和改革局',
  '各位代表:',
  '现将2023年计划执行情况及2024年计划草案提请大会审查。',
  '',
  '一、2023年国民经济和社会发展计划执行情况',
  '',
  '全县地区生产总值增长5.1%。',
  '',
  '二、2024年经济社会发展主要目标',
  '',
  '全县地区生产总值增长6%左右。',
  '',
].join('\n');

describe('buildSeed without and with a metadata file', () => {
  let dir: string;
  let report: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-meta-'));
    mkdirSync(join(dir, 'mouxian-2024'));
    report = join(dir, 'mouxian-2024', 'report.txt');
    writeFileSync(report, REPORT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const documentOf = (built: ReturnType<typeof buildSeed>) =>
    built.artifact.nodes.find((n) => n.id === built.artifact.documentId)!.props;
  const observationIds = (built: ReturnType<typeof buildSeed>) =>
    built.artifact.nodes.filter((n) => n.labels.includes('Observation')).map((n) => n.id);

  it('needs none: the slug from the folder, the rest from the text, each part its own year', () => {
    const built = buildSeed({ sourcePath: report });
    expect(built.warnings).toEqual([]);
    expect(documentOf(built)).toMatchObject({
      slug: 'mouxian-2024',
      title: '关于某某县2023年国民经济和社会发展计划执行情况及2024年计划草案的报告',
      issuer: '某某县发展和改革局',
      deliveredOn: '2024-01-09',
      venue: '某某县第十八届人民代表大会第四次会议',
      executionYear: 2023,
      planYear: 2024,
      years: [2023, 2024],
    });
    expect(observationIds(built).sort()).toEqual([
      'Observation:mouxian-2024:地区生产总值增长:2023:estimate',
      'Observation:mouxian-2024:地区生产总值增长:2024:target',
    ]);
  });

  it('lets a metadata file override the text, warning with file, field and both values', () => {
    const meta = join(dir, 'mouxian-2024', 'meta.yaml');
    writeFileSync(
      meta,
      'slug: mouxian\nyears: { execution: 2024, plan: 2025 }\nissuer: 某某县发展和改革局\n',
    );
    const built = buildSeed({ sourcePath: report });
    expect(built.warnings).toEqual([
      expect.stringMatching(
        /meta\.yaml: years: the text says \{execution: 2023, plan: 2024\}, the metadata \{execution: 2024, plan: 2025\}; using the metadata$/,
      ),
    ]);
    expect(documentOf(built)).toMatchObject({
      slug: 'mouxian',
      executionYear: 2024,
      planYear: 2025,
    });
    expect(observationIds(built)).toContain('Observation:mouxian:地区生产总值增长:2024:estimate');
  });

  it('refuses a report whose years it cannot find, naming the file and what to add', () => {
    writeFileSync(report, '各位代表:\n\n一、主要工作\n\n全县地区生产总值增长5.1%。\n');
    let error: unknown;
    try {
      buildSeed({ sourcePath: report });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuildError);
    const [problem] = (error as BuildError).problems;
    expect(problem.file).toMatch(/mouxian-2024\/meta\.yaml \(to write\)$/);
    expect(problem.entry).toBe('years');
    expect(problem.reason).toMatch(/mouxian-2024\/report\.txt: no execution or plan year found/);
    expect(problem.reason).toContain('`years: {execution: 2024, plan: 2025}`');
  });

  it('names every problem of a metadata file: an unknown field, a null title; takes issuer: null', () => {
    writeFileSync(
      join(dir, 'mouxian-2024', 'meta.yaml'),
      'year: 2024\ntitle: null\nissuer: null\n',
    );
    expect(() => buildSeed({ sourcePath: report })).toThrow(
      /meta\.yaml: year: unknown field .*\n.*meta\.yaml: title: expected a non-empty string/,
    );
    writeFileSync(join(dir, 'mouxian-2024', 'meta.yaml'), 'issuer: null\n');
    const built = buildSeed({ sourcePath: report });
    expect(built.meta.issuer).toBeNull();
    expect(built.warnings).toEqual([
      expect.stringMatching(/issuer: the text says «某某县发展和改革局», the metadata «null»/),
    ]);
  });

  it('refuses a metadata file that gives the years as a list, the old form', () => {
    writeFileSync(join(dir, 'mouxian-2024', 'meta.yaml'), 'years: [2023, 2024]\n');
    expect(() => buildSeed({ sourcePath: report })).toThrow(
      /meta\.yaml: years: expected a mapping of the two years, e\.g\. years: \{execution: 2024, plan: 2025\}/,
    );
  });
});

describe('the metadata files of the reports the tests ship', () => {
  it.each(Object.entries({ leshan: LESHAN_SOURCE, another: anotherReport, ...otherReports }))(
    'agree with what the text of %s says (no warning)',
    (_name, sourcePath) => {
      expect(buildSeed({ sourcePath }).warnings).toEqual([]);
    },
  );
});

describe('slugOf', () => {
  it('makes a slug of the file name, the folder name for a report.txt, Chinese in pinyin', () => {
    expect(slugOf('seed/corpus/kaizhou-2025/report.txt')).toBe('kaizhou-2025');
    expect(slugOf('tests/fixtures/meishan-2024.txt')).toBe('meishan-2024');
    expect(slugOf('/reports/开州区2024.txt')).toBe('kai-zhou-qu-2024');
    expect(slugOf('/reports/Leshan_2025 Plan.txt')).toBe('leshan-2025-plan');
  });
});

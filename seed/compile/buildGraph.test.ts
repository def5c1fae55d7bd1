import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anotherReport, fixtureAnnotations, leshanText, sliceOf } from '../../tests/seed/leshan';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from '../paths';
import { serializeArtifact } from './artifact';
import { BuildError, type BuildProblem } from './BuildError';
import { buildGraph } from './buildGraph';

const build = (annotationsDir?: string) =>
  buildGraph({ sourcePath: LESHAN_SOURCE, annotationsDir });
const node = (artifact: ReturnType<typeof build>, id: string) =>
  artifact.nodes.find((n) => n.id === id);
const mentionsOf = (artifact: ReturnType<typeof build>, id: string) =>
  artifact.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.from === id);

describe('buildGraph with a small curated layer', () => {
  const artifact = build(fixtureAnnotations);

  it('is deterministic: the same inputs give the same graph.json, sorted by id', () => {
    expect(serializeArtifact(build(fixtureAnnotations))).toBe(serializeArtifact(artifact));
    const ids = artifact.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('labels a footnoted entity Program and links its marker', () => {
    expect(node(artifact, 'Policy:三大使命任务')!.labels).toEqual(['Entity', 'Policy', 'Program']);
    const annotates = artifact.relationships.find((r) => r.type === 'ANNOTATES')!;
    expect(annotates).toMatchObject({ from: 'Footnote:leshan-2025:1', to: 'Policy:三大使命任务' });
    expect(annotates.props).toMatchObject({ quote: '^{〔1〕}', number: 1 });
  });

  it('resolves every quote to the exact source text', () => {
    const cited = [
      ...artifact.nodes.map((n) => n.props),
      ...artifact.relationships.map((r) => r.props),
    ].filter((p) => typeof p.quote === 'string');
    expect(cited.length).toBeGreaterThan(30);
    for (const props of cited)
      expect(sliceOf(leshanText, props.start as number, props.end as number)).toBe(props.quote);
  });

  it('makes a Status node per project, year and phase', () => {
    expect(
      node(artifact, 'Status:京运通二期22吉瓦切片设备安装:2024:accelerating')!.props,
    ).toMatchObject({
      year: 2024,
      phase: 'accelerating',
      wording: '加快推进',
    });
  });

  it('mentions an entity named only inside a longer name there, marked nested', () => {
    expect(
      mentionsOf(artifact, 'Organization:京运通').map((r) => [r.props.surface, r.props.via]),
    ).toEqual([['京运通', 'nested']]);
    expect(mentionsOf(artifact, 'Industry:晶硅光伏').map((r) => r.props.surface)).toEqual(
      expect.arrayContaining(['晶硅光伏产业']),
    );
  });

  it('computes toneless pinyin, spaced and compact', () => {
    expect(node(artifact, 'AdminDivision:犍为县')!.props).toMatchObject({
      pinyin: 'qian wei xian',
      pinyinCompact: 'qianweixian',
    });
    expect(node(artifact, 'Place:峨眉山')!.props.pinyin).toBe('e mei shan');
  });

  it('keeps curated and extracted observations on their indicators', () => {
    const observations = artifact.relationships.filter((r) => r.type === 'HAS_OBSERVATION');
    expect(
      observations.filter((r) => r.from === 'Indicator:地区生产总值增长').map((r) => r.to),
    ).toEqual([
      'Observation:leshan-2025:地区生产总值增长:2024:derived',
      'Observation:leshan-2025:地区生产总值增长:2024:estimate',
      'Observation:leshan-2025:地区生产总值增长:2025:target',
    ]);
    expect(node(artifact, 'Observation:leshan-2025:网络零售额:2024:estimate')!.props).toMatchObject(
      {
        value: 470,
        unit: '亿元',
        source: 'curated',
        region: '乐山市',
      },
    );
  });

  it('includes every division of 乐山市, with gazetteer PART_OF edges that cite no text', () => {
    const divisions = artifact.nodes.filter((n) => n.labels.includes('AdminDivision'));
    // 乐山市's fourteen, and the three the text names beyond it (成都, 重庆, 凉山彝族自治州).
    expect(divisions).toHaveLength(17);
    expect(
      ['成都市', '重庆市', '凉山彝族自治州'].map((name) => {
        const props = node(artifact, `AdminDivision:${name}`)!.props;
        return [props.code, props.source, mentionsOf(artifact, props.id as string).length > 0];
      }),
    ).toEqual([
      ['510100', 'gazetteer', true],
      ['500000', 'gazetteer', true],
      ['513400', 'gazetteer', true],
    ]);
    expect(node(artifact, 'AdminDivision:眉山市')).toBeUndefined();
    expect(mentionsOf(artifact, 'AdminDivision:峨眉山市')).toEqual([]);
    const partOf = artifact.relationships.find(
      (r) => r.id === 'PART_OF:AdminDivision:犍为县->AdminDivision:乐山市',
    )!;
    expect(partOf.props).toEqual({
      id: partOf.id,
      source: 'gazetteer',
      paragraphId: null,
      start: null,
      end: null,
      quote: null,
      evidenceNote: 'administrative fact from GB/T 2260, not stated in the report',
    });
  });

  it('describes the document from its text, and source.yaml what the text cannot say', () => {
    expect(node(artifact, 'Document:leshan-2025')!.props).toMatchObject({
      title: '关于乐山市2024年国民经济和社会发展规划计划执行情况及2025年计划草案的报告',
      issuer: '乐山市发展和改革委员会',
      deliveredOn: '2025-01-03',
      venue: '乐山市第八届人民代表大会第六次会议',
      years: [2024, 2025],
      executionYear: 2024,
      planYear: 2025,
      region: '乐山市',
      truncated: true,
      length: 10341,
    });
    expect(node(artifact, 'Footnote:leshan-2025:29')!.props).toMatchObject({
      number: 28,
      anomaly: 'duplicate_number',
      definition: null,
      definitionNote: "the report's footnote definitions were on a page missing from the source",
      term: '四公一农',
    });
  });
});

describe('buildGraph of the curated Leshan layer (seed/annotations)', () => {
  const artifact = build(LESHAN_ANNOTATIONS);

  it('reads 健为 as 犍为县 and 并研县 as 井研县, and finds no 峨眉山市', () => {
    expect(mentionsOf(artifact, 'AdminDivision:犍为县').map((r) => r.props.surface)).toContain(
      '健为',
    );
    expect(mentionsOf(artifact, 'AdminDivision:井研县').map((r) => r.props.surface)).toEqual([
      '并研县',
    ]);
    expect(mentionsOf(artifact, 'AdminDivision:峨眉山市')).toEqual([]);
  });

  it('annotates all 42 markers', () => {
    expect(artifact.relationships.filter((r) => r.type === 'ANNOTATES')).toHaveLength(42);
  });

  it('mentions every entity but the gazetteer-only ones', () => {
    const mentioned = new Set(
      artifact.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => r.from),
    );
    const silent = artifact.nodes.filter(
      (n) => n.labels.includes('Entity') && !mentioned.has(n.id),
    );
    expect(silent.map((n) => n.id)).toEqual(['AdminDivision:峨眉山市']);
  });
});

describe('buildGraph of a report without annotations', () => {
  const artifact = buildGraph({ sourcePath: anotherReport });
  const labelled = (label: string) =>
    artifact.nodes.filter((n) => n.labels.includes(label)).map((n) => n.id);

  it('builds the document, its structure and its footnotes', () => {
    expect(artifact.documentId).toBe('Document:qianwei-2025');
    expect(labelled('Section')).toHaveLength(7);
    expect(labelled('Footnote')).toHaveLength(4);
    expect(node(artifact, 'Footnote:qianwei-2025:3')!.props).toMatchObject({
      notation: 'circled',
      term: '健为—马边飞地',
    });
  });

  it('includes the divisions it names, with those above them, and not the rest of 乐山', () => {
    expect(labelled('AdminDivision')).toEqual([
      'AdminDivision:乐山市',
      'AdminDivision:五通桥区',
      'AdminDivision:井研县',
      'AdminDivision:四川省',
      'AdminDivision:沐川县',
      'AdminDivision:犍为县',
      'AdminDivision:马边彝族自治县',
    ]);
  });

  it('creates the headline indicators it observes, with mentions', () => {
    expect(labelled('Indicator')).toContain('Indicator:地区生产总值增长');
    expect(node(artifact, 'Indicator:地区生产总值增长')!.props.source).toBe('headline');
    expect(
      node(artifact, 'Observation:qianwei-2025:地区生产总值增长:2024:derived')!.props.value,
    ).toBe(6.5);
    const mentioned = new Set(
      artifact.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => r.from),
    );
    for (const id of labelled('Indicator')) expect(mentioned.has(id)).toBe(true);
  });
});

describe('buildGraph refuses broken annotations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-annotations-'));
    cpSync(fixtureAnnotations, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problemsWith = (file: string, yaml: string): BuildProblem[] => {
    writeFileSync(join(dir, file), yaml);
    try {
      build(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(BuildError);
      return (error as BuildError).problems;
    }
    throw new Error('the build did not fail');
  };
  const entity = (fields: string) => `entities:\n  - ${fields.trim().split('\n').join('\n    ')}\n`;

  it.each([
    [
      'a quote not found',
      entity('type: Industry\nkind: industry\nname: 核医药\nquote: 核医药入围全国名单'),
      'entities[0] (Industry:核医药)',
      /^quote not found in the source: "核医药入围全国名单"$/,
    ],
    [
      'an ambiguous quote',
      entity('type: Project\nkind: park\nname: 五通桥化工园区\nquote: 五通桥化工园区'),
      'entities[0] (Project:五通桥化工园区)',
      /^quote ambiguous: found 2 times .* lengthen it or add near:$/,
    ],
    [
      'a duplicate id',
      entity('type: Industry\nkind: industry\nname: 晶硅光伏\nquote: 光伏制造和储能应用'),
      'entities[0] (Industry:晶硅光伏)',
      /^duplicate id Industry:晶硅光伏 \(first defined in .*entities.yaml: entities\[0\] \(Industry:晶硅光伏\)\)$/,
    ],
    [
      'an unknown entity type',
      entity('type: Company\nkind: company\nname: 京运通\nquote: 京运通二期'),
      'entities[0] (Company:京运通)',
      /^unknown type Company \(known: AdminDivision, /,
    ],
    [
      'an unknown kind',
      entity('type: Industry\nkind: cluster\nname: 核医药\nquote: 核医药、全钒液流电池入围'),
      'entities[0] (Industry:核医药)',
      /^unknown kind cluster for Industry \(known: hundred_billion_cluster, /,
    ],
    [
      'an unknown field',
      entity(
        'type: Industry\nkind: industry\nname: 核医药\nquote: 核医药、全钒液流电池入围\ndescription: x',
      ),
      'entities[0] (Industry:核医药)',
      /^unknown field description \(known: type, kind, /,
    ],
    [
      'a relation to an unknown entity',
      'relations:\n  - { from: Organization:京运通, type: IN_INDUSTRY, to: Industry:切片, quote: 京运通二期22吉瓦切片 }\n',
      'relations[0] (Organization:京运通 -IN_INDUSTRY-> Industry:切片)',
      /^relation to an unknown entity Industry:切片$/,
    ],
    [
      'an unknown relation type',
      'relations:\n  - { from: Organization:京运通, type: MAKES, to: Industry:晶硅光伏, quote: 京运通二期22吉瓦切片 }\n',
      'relations[0] (Organization:京运通 -MAKES-> Industry:晶硅光伏)',
      /^unknown relation type MAKES \(known: IN_INDUSTRY, .*seed\/vocabulary.ts\)$/,
    ],
    [
      'an unknown phase',
      'relations:\n  - { from: Project:京运通二期22吉瓦切片设备安装, type: HAS_STATUS, year: 2024, phase: speeding_up, quote: 等项目加快推进 }\n',
      'relations[0] (Project:京运通二期22吉瓦切片设备安装 -HAS_STATUS->)',
      /^unknown phase speeding_up \(known: planned, /,
    ],
    [
      'a footnote number mismatch',
      'footnotes:\n  - { ordinal: 28, number: 28, annotates: Policy:三大使命任务 }\n',
      'footnotes[0] (ordinal 28)',
      /^footnote number mismatch: marker 28 is printed \^\{〔27〕\} \(number 27\), the annotation says 28$/,
    ],
    [
      'a notInside word that holds no name',
      entity(
        'type: Industry\nkind: industry\nname: 水电\nnotInside: [水利]\nquote: 沙坪一级水电站完成大坝全线浇筑',
      ),
      'entities[0] (Industry:水电)',
      /^notInside: 水利 holds neither the name nor an alias$/,
    ],
    [
      'an entity the text never names',
      entity('type: Industry\nkind: industry\nname: 硅谷产业\nquote: 中国绿色硅谷'),
      'entities[0] (Industry:硅谷产业)',
      /^no mention: neither the name nor an alias occurs/,
    ],
  ])('names file, entry and reason for %s', (_kind, yaml, entry, reason) => {
    const problems = problemsWith('zz-broken.yaml', yaml);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/zz-broken\.yaml$/);
    expect(problems[0].entry).toBe(entry);
    expect(problems[0].reason).toMatch(reason);
  });

  it("reads no mention inside a curated entity's notInside words (水电 in 水电气)", () => {
    const hydropower = (extra: string) => {
      writeFileSync(
        join(dir, 'zz-hydro.yaml'),
        entity(
          `type: Industry\nkind: industry\nname: 水电\n${extra}quote: 沙坪一级水电站完成大坝全线浇筑`,
        ),
      );
      return mentionsOf(build(dir), 'Industry:水电').map((m) => {
        const { start, end } = m.props as { start: number; end: number };
        return sliceOf(leshanText, start, end + 1);
      });
    };
    expect(hydropower('')).toContain('水电气');
    const kept = hydropower('notInside: [水电气]\n');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).not.toContain('水电气');
  });

  it('reports every problem at once, one `file: entry: reason` line each', () => {
    writeFileSync(
      join(dir, 'broken.yaml'),
      'relations:\n  - { from: Organization:X, type: IN_INDUSTRY, to: Industry:晶硅光伏, quote: 不存在的话 }\n',
    );
    expect(() => build(dir)).toThrow(
      /broken\.yaml: relations\[0\] \(Organization:X -IN_INDUSTRY-> Industry:晶硅光伏\): relation from an unknown entity Organization:X\n.*broken\.yaml: relations\[0\] .*: quote not found/,
    );
  });
});

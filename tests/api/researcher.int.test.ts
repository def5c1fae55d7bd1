import { QUERIES } from './queries';
import { dataOf, startApi, type TestApi, type Json } from './support/api';
import { expectSameNames, namesOf } from './support/expect';

/*
 * Questions a researcher asks of the report, answered over HTTP against the real 乐山
 * graph. Every expected answer is written from the report's text (seed/source), not read
 * back from the graph: a failure means the graph, the curation or the API disagrees with
 * the words.
 */
describe('researcher questions over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const ask = async (query: string, variables?: Record<string, unknown>) =>
    dataOf<Json>(await api.post(query, variables));

  it('names the companies whose projects sit in the 绿色化工 cluster, sub-industries included', async () => {
    // 二、(一): 发展壮大绿色化工优势产业集群,积极发展精细磷酸化工…有序推进福华新材料一体化产业园、
    // 马边黄磷企业搬迁、盛和稀土1.5万吨/年高性能稀土抛光粉等项目建设 (the relocation names no company).
    const { organizations } = await ask(QUERIES.companiesInGreenChemicals);
    expectSameNames(organizations.nodes, ['福华', '盛和稀土']);
    expect(organizations.totalCount).toBe(2);
  });

  it('lists the branches of 绿色化工 and reaches projects through them', async () => {
    const { industry } = await ask(QUERIES.greenChemicalsCluster);
    expect(industry.kind).toBe('HUNDRED_BILLION_CLUSTER');
    expectSameNames(
      industry.subIndustries.map((link: Json) => link.node),
      ['精细磷酸化工', '天然气化工', '硅氟化工'],
    );
    const projects = industry.projects.map((link: Json) => link.node);
    expect(namesOf(projects, ['福华新材料一体化产业园'])).toContain('福华新材料一体化产业园');
    expect(namesOf(projects, ['马边黄磷企业搬迁'])).toContain('马边黄磷企业搬迁');
    expect(namesOf(projects, ['盛和稀土1.5万吨/年高性能稀土抛光粉'])).toContain(
      '盛和稀土1.5万吨/年高性能稀土抛光粉',
    );
  });

  it('names the four divisions that are to create a 省级经开区', async () => {
    // 二、(四): 支持市中区、沐川县、峨边彝族自治县、马边彝族自治县创建省级经开区。
    const { adminDivisions, policy } = await ask(QUERIES.countiesSeekingProvincialZones);
    expectSameNames(adminDivisions.nodes, ['市中区', '沐川县', '峨边彝族自治县', '马边彝族自治县']);
    expect(adminDivisions.nodes.map((d: Json) => d.code).sort()).toEqual([
      '511102',
      '511129',
      '511132',
      '511133',
    ]);
    expectSameNames(
      policy.soughtBy.map((link: Json) => link.node),
      ['市中区', '沐川县', '峨边彝族自治县', '马边彝族自治县'],
    );
    for (const link of policy.soughtBy) expect(link.evidence.quote).toContain('创建省级经开区');
  });

  it('lists the 2024 projects that reached 竣工投产, with the words that say so', async () => {
    // 一、(一): 沃耐稀3000吨抛光粉、海创高纯年产10万吨动力电池负极材料一体化一期等项目竣工投产;
    // 铁道兵博物馆提升改造等重大文旅项目竣工投产. 一、(二): 巨星生物科技年产45万吨畜禽饲料生产线扩能技改等项目竣工投产.
    const expected = [
      '沃耐稀3000吨抛光粉',
      '海创高纯年产10万吨动力电池负极材料一体化一期',
      '铁道兵博物馆提升改造',
      '巨星生物科技年产45万吨畜禽饲料生产线扩能技改',
    ];
    const { projects, inOperation } = await ask(QUERIES.projectsCompletedIn2024);
    expectSameNames(projects.nodes, expected);
    expect(projects.totalCount).toBe(4);
    for (const project of projects.nodes) {
      const status = project.statuses.find((s: Json) => s.wording === '竣工投产');
      expect(status.phase).toBe('COMPLETED');
      expect(status.evidence.quote).toContain('竣工投产');
    }
    // 竣工投产 means completed and in operation, so IN_OPERATION finds them too.
    const operating = namesOf(inOperation.nodes, expected);
    for (const name of expected) expect(operating).toContain(name);
  });

  it('gives the headline indicators that missed their 2024 target, with the gaps and both targets', async () => {
    // 一、: 地区生产总值增长4.5%左右…低于预期目标2.5个百分点。规模以上工业增加值增长1.2%左右,低于预期目标3.5个百分点。
    // 固定资产投资增长3%左右,低于预期目标3个百分点。社会消费品零售总额增长5%左右,低于预期目标3.5个百分点。
    // 二、: 地区生产总值增长6%左右,规模以上工业增加值增长6.5%,固定资产投资增长5%,社会消费品零售总额增长7%.
    // 地方一般公共预算收入 is 低于经济增速1.8个百分点: a gap, but not to a target; it missed
    // its target as the summary says (对照…2024年计划,…地方一般公共预算收入等指标与预期目标有一定差距).
    const { indicatorComparison, indicators } = await ask(QUERIES.missedTargets2024);
    const rows = indicatorComparison.map((row: Json) => [
      row.indicator.name,
      row.estimate,
      row.gap,
      row.target,
      row.nextTarget,
    ]);
    expect(rows).toEqual([
      ['地区生产总值增长', 4.5, -2.5, 7, 6],
      ['规模以上工业增加值增长', 1.2, -3.5, 4.7, 6.5],
      ['固定资产投资增长', 3, -3, 6, 5],
      ['社会消费品零售总额增长', 5, -3.5, 8.5, 7],
      ['地方一般公共预算收入增长', 2.7, null, null, 3.2],
    ]);
    const [revenue, ...withGaps] = [...indicatorComparison].reverse();
    expect(revenue).toMatchObject({
      metTarget: false,
      targetDerived: false,
      targetObservation: null,
    });
    expect(revenue.estimateObservation.gapAgainst).toBe('经济增速');
    for (const row of withGaps) {
      expect(row).toMatchObject({
        document: { id: 'Document:leshan-2025' },
        year: 2024,
        nextYear: 2025,
        metTarget: false,
        targetDerived: true,
      });
      expect(row.estimateObservation.gapAgainst).toBe('预期目标');
      expect(row.estimateObservation.value).toBe(row.estimate);
      expect(row.targetObservation).toMatchObject({ kind: 'DERIVED', value: row.target });
      expect(row.nextTargetObservation.value).toBe(row.nextTarget);
    }
    expect(indicators.nodes.map((i: Json) => i.name)).toEqual(rows.map((row: Json[]) => row[0]));
  });

  it('lists the footnoted programs of 二、(三) in order, 〔28〕 before the 〔27〕 of 二、(四)', async () => {
    // 二、(三): “1+N”新政策体系〔25〕, “三大工程”〔26〕, “七包四主”工作机制〔28〕; 〔27〕 (“五外”联动) follows in 二、(四).
    const { programs } = await ask(QUERIES.programsOfSection, { section: '二、(三)' });
    expect(namesOf(programs, ['1+N新政策体系', '三大工程', '七包四主'])).toEqual([
      '1+N新政策体系',
      '三大工程',
      '七包四主',
    ]);
    expect(
      programs.map((p: Json) => p.footnotes.map((f: Json) => [f.number, f.ordinal, f.anomaly])),
    ).toEqual([[[25, 25, 'NONE']], [[26, 26, 'NONE']], [[28, 27, 'NONE']]]);
    expect(programs[0].footnotes[0].sentence).toBe(
      '出台以行业扶持政策为主的“1+N”新政策体系^{〔25〕},变前端的置补贴为后端的扶持。',
    );
    for (const program of programs) {
      expect(program.isProgram).toBe(true);
      expect(program.footnotes[0].section.label).toBe('二、(三)');
    }
  });

  it('explains the irregular footnote numbers: 〔27〕 out of order, the second 〔28〕 a duplicate', async () => {
    const { footnotes, all } = await ask(QUERIES.footnoteAnomalies);
    expect(footnotes.map((f: Json) => [f.ordinal, f.number, f.anomaly, f.section.label])).toEqual([
      [28, 27, 'OUT_OF_ORDER', '二、(四)'],
      [29, 28, 'DUPLICATE_NUMBER', '二、(五)'],
    ]);
    expect(footnotes[0].sentence).toContain('促进外事等“五外”联动^{〔27〕}');
    expect(footnotes[1].sentence).toContain('开展“四公一农”^{〔28〕}建设提升三年行动');
    // The explanations were on the missing page.
    for (const footnote of footnotes) expect(footnote.definition).toBeNull();
    expect(all).toHaveLength(42);
    expect(all.map((f: Json) => f.number).slice(24, 30)).toEqual([25, 26, 28, 27, 28, 29]);
  });

  it('finds 无废城市 with both of its footnote numbers, 〔14〕 and 〔38〕', async () => {
    const { entitiesByName } = await ask(QUERIES.entitiesByName, { name: '无废城市' });
    expect(entitiesByName).toHaveLength(1);
    expect(entitiesByName[0].isProgram).toBe(true);
    expect(entitiesByName[0].footnotes).toEqual([
      { number: 14, ordinal: 14 },
      { number: 38, ordinal: 39 },
    ]);
  });

  it('finds an entity by a typo the text makes: 并研县 is 井研县', async () => {
    // 二、(一): 支持并研县、夹江县等申报省级化工园区.
    const { entitiesByName } = await ask(QUERIES.entitiesByName, { name: '并研县' });
    expect(entitiesByName.map((e: Json) => [e.name, e.type, e.code])).toEqual([
      ['井研县', 'ADMIN_DIVISION', '511124'],
    ]);
    expect(entitiesByName[0].aliases).toContain('并研县');
  });

  it('keeps 峨眉山市 in the gazetteer with no mentions, apart from the mountain the text names', async () => {
    const { adminDivision, mountain } = await ask(QUERIES.divisionWithoutMentions);
    expect(adminDivision).toMatchObject({
      name: '峨眉山市',
      kind: 'COUNTY_LEVEL_CITY',
      mentionCount: 0,
      mentions: [],
    });
    expect(adminDivision.partOf.map((link: Json) => link.node.name)).toEqual(['乐山市']);
    expect(mountain.map((e: Json) => e.type)).not.toContain('ADMIN_DIVISION');
    expect(mountain.every((e: Json) => e.mentionCount > 0)).toBe(true);
  });

  it('sets GDP growth side by side: 4.5% 左右 in 2024, 2.5 points under the 7% target, 6% 左右 for 2025', async () => {
    const { indicator } = await ask(QUERIES.gdpComparison);
    expect(indicator.comparison).toMatchObject({
      document: { id: 'Document:leshan-2025' },
      year: 2024,
      estimate: 4.5,
      estimateObservation: { value: 4.5, qualifier: '左右' },
      gap: -2.5,
      metTarget: false,
      target: 7,
      targetDerived: true,
      nextYear: 2025,
      nextTarget: 6,
      nextTargetObservation: { value: 6, qualifier: '左右' },
    });
    expect(indicator.comparison.nextTargetObservation.evidence.quote).toContain('6%左右');
    expect(indicator.observations).toEqual([{ kind: 'TARGET', value: 6 }]);
  });

  it('follows 京运通 to its project and the project to its 2024 phase', async () => {
    // 一、(二): 京运通二期22吉瓦切片设备安装等项目加快推进.
    const { organization } = await ask(QUERIES.companyProjects);
    expect(organization.kind).toBe('COMPANY');
    expect(
      namesOf(
        organization.projects.map((l: Json) => l.node),
        ['京运通二期22吉瓦切片设备安装'],
      ),
    ).toEqual(['京运通二期22吉瓦切片设备安装']);
    expect(organization.projects[0].node.statuses).toEqual([
      { year: 2024, phase: 'ACCELERATING', wording: '加快推进', commitment: null },
    ]);
  });

  it('gives the funding instruments with the amounts they brought', async () => {
    // 一、(二): 51个项目争取到位超长期特别国债12.7亿元,82个项目争取到地方政府专项债券68亿元。
    // 一、(六): 5个“保交楼”项目获专项借款3.3亿元。
    const { policies } = await ask(QUERIES.fundingInstruments);
    const funded = policies.nodes.map((policy: Json) => [
      namesOf([policy], ['超长期特别国债', '地方政府专项债券', '专项借款'])[0],
      policy.funds.map((link: Json) => [link.amount.value, link.amount.unit]),
    ]);
    expect(funded).toEqual([
      ['超长期特别国债', [[12.7, '亿元']]],
      ['地方政府专项债券', [[68, '亿元']]],
      ['专项借款', [[3.3, '亿元']]],
    ]);
    for (const policy of policies.nodes) expect(policy.funds[0].node.kind).toBe('GROUP');
  });

  it('names the industries listed as provincial new tracks: 核医药 and 全钒液流电池', async () => {
    // 一、(一): 核医药、全钒液流电池入围全省产业新赛道名单.
    const { policy } = await ask(QUERIES.newTracks);
    expectSameNames(
      policy.designates.map((link: Json) => link.node),
      ['核医药', '全钒液流电池'],
    );
    for (const link of policy.designates) expect(link.node.type).toBe('INDUSTRY');
  });

  it('walks the document: two parts, six and eight sub-sections, 42 footnote markers, cut off', async () => {
    const { documents } = await ask(QUERIES.documentOutline);
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document).toMatchObject({
      id: 'Document:leshan-2025',
      truncated: true,
      years: [2024, 2025],
      executionYear: 2024,
      planYear: 2025,
    });
    expect(document.sections.map((s: Json) => [s.label, s.subsections.length])).toEqual([
      ['一、', 6],
      ['二、', 8],
    ]);
    expect(document.sections[1].subsections[2]).toMatchObject({
      label: '二、(三)',
      title: '强化发展后劲支撑,发挥项目投资拉动作用',
    });
    expect(document.sections[1].subsections[2].paragraphs).toHaveLength(3);
    expect(document.footnotes).toHaveLength(42);
  });

  it('says which divisions each paragraph of 二、(四) names', async () => {
    // 深化重点领域改革。…支持市中区开展…、五通桥区…、沙湾区…落地乐山。…支持乐山高新区…,
    // 支持市中区、沐川县、峨边彝族自治县、马边彝族自治县创建省级经开区。
    const { section } = await ask(QUERIES.paragraphMentions);
    const reform = section.paragraphs.find((p: Json) => p.lead === '深化重点领域改革。');
    expectSameNames(reform.entities, [
      '市中区',
      '五通桥区',
      '沙湾区',
      '乐山市',
      '乐山高新区',
      '沐川县',
      '峨边彝族自治县',
      '马边彝族自治县',
    ]);
    expect(reform.mentions.filter((m: Json) => m.entity.name === '市中区')).toHaveLength(2);
  });

  it('lists the emerging industries the 2025 plan is to break through in', async () => {
    // 二、(一): 突破发展低空经济、新型储能、氢能等一批新兴产业.
    const { industries } = await ask(QUERIES.emergingIndustries);
    expectSameNames(industries.nodes, ['低空经济', '新型储能', '氢能']);
  });

  it('finds the projects located in 马边彝族自治县', async () => {
    // 一、(一): 乐西高速乐山至马边段顺利建成; 一、(二): 马边彝诺农旅田园度假项目;
    // 二、(一): 马边黄磷企业搬迁, 加快推进健为—马边飞地省级化工园区认定.
    const { projects } = await ask(QUERIES.projectsInMabian);
    expectSameNames(projects.nodes, [
      '乐西高速乐山至马边段',
      '马边彝诺农旅田园度假项目',
      '马边黄磷企业搬迁',
      '犍为—马边飞地省级化工园区',
    ]);
  });

  it('finds the projects of the 晶硅光伏 cluster to be built and running in 2025', async () => {
    // 二、(一), under 中国绿色硅谷: 力争铆阳10吉瓦高效异质结电池片一期、乐山希尔电子功率半导体器件封装扩能等项目建成投运.
    const { projects } = await ask(QUERIES.solarProjects2025);
    expectSameNames(projects.nodes, [
      '铆阳10吉瓦高效异质结电池片一期',
      '乐山希尔电子功率半导体器件封装扩能',
    ]);
    for (const project of projects.nodes) {
      expect(project.statuses).toEqual([
        { phase: 'IN_OPERATION', wording: '建成投运', commitment: '力争' },
      ]);
    }
  });

  it('splits the policies into footnoted and not, with NOT', async () => {
    const { withFootnote, withoutFootnote, all } = await ask(QUERIES.notProgramsAmongPolicies);
    expect(withFootnote.totalCount + withoutFootnote.totalCount).toBe(all.totalCount);
    expect(withFootnote.totalCount).toBeGreaterThan(0);
  });
});

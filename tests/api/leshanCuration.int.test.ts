import { dataOf, startApi, type Json, type TestApi } from './support/api';
import { expectSameNames } from './support/expect';

/*
 * Researcher questions that the Leshan curation of issue 13 makes answerable, asked over
 * HTTP against the real 乐山 graph. Each expected answer is read off the report's text.
 */
describe('researcher questions on the Leshan curation, over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const ask = async (query: string, variables?: Record<string, unknown>) =>
    dataOf<Json>(await api.post(query, variables));

  it('names the companies of the 核技术应用 cluster, its product lines included', async () => {
    // 一、(一): 海同医用同位素试生产成功. 二、(一): 升级发展核技术应用…特色产业集群,
    // 加快中核同辐密封放射源等项目建设,争创国家医用同位素示范中心.
    const { organizations } = await ask(`{
      organizations(filter: { kind: [COMPANY], industry: "核技术应用" }) {
        nodes { name industries { node { name } } }
      }
    }`);
    expectSameNames(organizations.nodes, ['中核同辐', '海同']);
  });

  it('finds the power-semiconductor project by the industry its name states', async () => {
    // 二、(一): 力争…乐山希尔电子功率半导体器件封装扩能等项目建成投运.
    const { industry } = await ask(`{
      industry(name: "功率半导体") {
        partOf { node { name } }
        projects { node { name statuses(year: 2025) { phase wording } } evidence { quote } }
        organizations { node { name } }
      }
    }`);
    expect(industry.partOf).toEqual([]);
    expectSameNames(
      industry.projects.map((link: Json) => link.node),
      ['乐山希尔电子功率半导体器件封装扩能'],
    );
    expect(industry.projects[0].node.statuses).toEqual([
      { phase: 'IN_OPERATION', wording: '建成投运' },
    ]);
    expect(industry.projects[0].evidence.quote).toContain('功率半导体');
    expectSameNames(
      industry.organizations.map((link: Json) => link.node),
      ['乐山希尔电子'],
    );
  });

  it('reaches both polishing-powder projects from 稀土, through 稀土抛光粉', async () => {
    // 一、(一): 沃耐稀3000吨抛光粉…等项目竣工投产. 二、(一): 盛和稀土1.5万吨/年高性能稀土抛光粉等项目建设.
    const { industry } = await ask(`{
      industry(name: "稀土") {
        subIndustries { node { name } }
        projects(includeSubIndustries: true) { node { name } }
      }
    }`);
    expectSameNames(
      industry.subIndustries.map((link: Json) => link.node),
      ['稀土抛光粉'],
    );
    const projects = new Set(industry.projects.map((link: Json) => link.node.name));
    expect([...projects].sort()).toEqual(
      ['沃耐稀3000吨抛光粉', '盛和稀土1.5万吨/年高性能稀土抛光粉'].sort(),
    );
  });

  it('gives the sections of 乐西高速 and of 国道245 as their parts', async () => {
    // 一、(一): 乐西高速乐山至马边段顺利建成. 二、(三): 力争…乐西高速全线贯通; 加速…国道245金口河过境段.
    const { leXi, g245 } = await ask(`{
      leXi: project(name: "乐西高速") { parts { node { name statuses { year phase } } evidence { quote } } }
      g245: project(name: "国道245") { parts { node { name } } }
    }`);
    expect(leXi.parts.map((link: Json) => link.node.name)).toEqual(['乐西高速乐山至马边段']);
    expect(leXi.parts[0].node.statuses).toEqual([{ year: 2024, phase: 'COMPLETED' }]);
    expect(leXi.parts[0].evidence.quote).toBe('乐西高速乐山至马边段顺利建成');
    expect(g245.parts.map((link: Json) => link.node.name)).toEqual(['国道245金口河过境段']);
  });

  it('finds 四川质量工程职业技术学院 among the universities, with its construction as its project', async () => {
    // 二、(七): 加快乐山师范学院“一校两区”、四川质量工程职业技术学院建设.
    const { organization, projects } = await ask(`{
      organization(name: "四川质量工程职业技术学院") {
        kind
        projects { node { name statuses { year phase commitment } } }
      }
      projects(filter: { name: { equals: "四川质量工程职业技术学院" } }) { totalCount }
    }`);
    expect(organization.kind).toBe('UNIVERSITY');
    expect(organization.projects.map((link: Json) => link.node)).toEqual([
      {
        name: '四川质量工程职业技术学院建设',
        statuses: [{ year: 2025, phase: 'ACCELERATING', commitment: '加快' }],
      },
    ]);
    expect(projects.totalCount).toBe(0);
  });

  const names = (links: Json[]) => links.map((link) => link.node.name).sort();

  it("gives the heterojunction cells, named only in 铆阳's project, as a segment of 电池片", async () => {
    // 二、(一): 拓展电池片、铸件等环节,力争铆阳10吉瓦高效异质结电池片一期…等项目建成投运.
    const { industry, cells } = await ask(`{
      industry(name: "异质结电池片") {
        kind
        mentions { surface }
        partOf { node { name } evidence { quote } }
        projects { node { name } evidence { quote } }
        organizations { node { name } }
      }
      cells: industry(name: "电池片") { subIndustries { node { name } } }
    }`);
    expect(industry.kind).toBe('SUB_INDUSTRY');
    expect(industry.mentions).toEqual([{ surface: '异质结电池片' }]);
    expect(names(industry.partOf)).toEqual(['电池片']);
    expect(industry.partOf[0].evidence.quote).toBe('铆阳10吉瓦高效异质结电池片一期');
    expect(names(industry.projects)).toEqual(['铆阳10吉瓦高效异质结电池片一期']);
    expect(industry.projects[0].evidence.quote).toContain('异质结电池片');
    expect(names(industry.organizations)).toEqual(['铆阳']);
    expect(names(cells.subIndustries)).toEqual(['异质结电池片']);
  });

  it('puts 永丰浆纸 and its pulp project in 浆纸, the industry its name states', async () => {
    // 二、(一): 推动永丰浆纸15万吨本色浆技改扩能等项目建成投运.
    const { industry } = await ask(`{
      industry(name: "浆纸") {
        kind
        mentions { surface }
        subIndustries { node { name } evidence { quote } }
        projects { node { name } }
        organizations { node { name } evidence { quote } }
      }
    }`);
    expect(industry.kind).toBe('INDUSTRY');
    expect(industry.mentions).toEqual([{ surface: '浆纸' }]);
    expect(names(industry.subIndustries)).toEqual(['本色浆']);
    expect(names(industry.projects)).toEqual(['永丰浆纸15万吨本色浆技改扩能']);
    expect(names(industry.organizations)).toEqual(['永丰浆纸']);
    expect(industry.organizations[0].evidence.quote).toBe('永丰浆纸15万吨本色浆技改扩能');
  });

  it('reads 页岩气 as a kind of 天然气, not as its other name', async () => {
    // 二、(六): 推动天然气(页岩气)资源就地转化.
    const { shale, gas } = await ask(`{
      shale: industry(name: "页岩气") {
        kind mentions { surface } partOf { node { name } evidence { quote } }
      }
      gas: industry(name: "天然气") { aliases mentions { surface } }
    }`);
    expect(shale.mentions).toEqual([{ surface: '页岩气' }]);
    expect(names(shale.partOf)).toEqual(['天然气']);
    expect(shale.partOf[0].evidence.quote).toContain('天然气(页岩气)');
    expect(gas.aliases).toEqual([]);
    expect(gas.mentions).toEqual([{ surface: '天然气' }]);
  });

  it('gives the container-logistics park its own line of 现代物流', async () => {
    // 二、(二): 发展现代物流…支持冷链物流园区提标升级…有序推进嘉州商贸物流园区、夹江集装箱物流园区等项目建设.
    const { industry, logistics } = await ask(`{
      industry(name: "集装箱物流") {
        kind
        mentions { surface }
        partOf { node { name } }
        projects { node { name } evidence { quote } }
      }
      logistics: industry(name: "现代物流") {
        subIndustries { node { name } }
        projects(includeSubIndustries: true) { node { name } }
      }
    }`);
    expect(industry.kind).toBe('SERVICES');
    expect(industry.mentions).toEqual([{ surface: '集装箱物流' }]);
    expect(names(industry.partOf)).toEqual(['现代物流']);
    expect(names(industry.projects)).toEqual(['夹江集装箱物流园区']);
    expect(industry.projects[0].evidence.quote).toContain('夹江集装箱物流园区');
    expect(names(logistics.subIndustries)).toEqual(['冷链物流', '商贸物流', '集装箱物流'].sort());
    expect(logistics.projects.map((link: Json) => link.node.name)).toContain('夹江集装箱物流园区');
  });

  it('groups study tours and inbound tourism under 旅游, part of 文旅', async () => {
    // 二、(二): 抓好健康养老、研学旅游、文化体验等消费新业态; 提升文旅发展质效…强化乐山旅游全球营销,推动入境游加快发展.
    const { industry } = await ask(`{
      industry(name: "旅游") {
        kind
        mentions { surface paragraph { text } }
        partOf { node { name } evidence { quote } }
        subIndustries { node { name } }
        supportedBy { node { name } year wording evidence { quote } }
      }
    }`);
    expect(industry.kind).toBe('SERVICES');
    expect(names(industry.supportedBy)).toEqual(['世界重要旅游目的地', '巴蜀文化旅游走廊'].sort());
    for (const link of industry.supportedBy) {
      expect(link.year).toBe(2025);
      expect(link.evidence.quote).toContain(link.wording);
      expect(link.evidence.quote).toContain(link.node.name);
    }
    expect(industry.mentions.map((m: Json) => m.surface)).toContain('旅游');
    expect(industry.mentions[0].paragraph.text).toContain('乐山旅游全球营销');
    expect(names(industry.partOf)).toEqual(['文旅']);
    expect(industry.partOf[0].evidence.quote).toContain('提升文旅发展质效');
    expect(names(industry.subIndustries)).toEqual(['入境游', '农旅', '研学旅游'].sort());
  });

  it('names the sectors the text sets beside 农业: 工业, 制造业, 服务业, and the grain of 粮油', async () => {
    // 二: 坚持“工业强市、文旅兴市”; 二、(二): 打造一批制造业企业数字化转型标杆;
    // 二、(四): 净增规模以上工业和服务业单位各70户; 一、(四): 粮食播种面积稳定在337万亩.
    const { industry, manufacturing, services, grain } = await ask(`{
      industry(name: "工业") { kind mentions { surface } }
      manufacturing: industry(name: "制造业") {
        kind mentions { surface paragraph { text } } subIndustries { node { name } evidence { quote } }
      }
      services: industry(name: "服务业") { kind mentions { surface paragraph { text } } }
      grain: industry(name: "粮食") {
        kind mentions { surface } partOf { node { name } evidence { quote } }
      }
    }`);
    expect(industry.kind).toBe('INDUSTRY');
    expect(industry.mentions.length).toBeGreaterThan(0);
    expect(new Set(industry.mentions.map((m: Json) => m.surface))).toEqual(new Set(['工业']));
    expect(manufacturing.kind).toBe('INDUSTRY');
    expect(manufacturing.mentions).toHaveLength(1);
    expect(manufacturing.mentions[0].paragraph.text).toContain('打造一批制造业企业数字化转型标杆');
    expect(names(manufacturing.subIndustries)).toEqual(['先进制造业', '智能制造'].sort());
    expect(
      manufacturing.subIndustries.find((link: Json) => link.node.name === '先进制造业').evidence
        .quote,
    ).toBe('先进制造业集群持续壮大');
    expect(services.kind).toBe('SERVICES');
    expect(services.mentions.map((m: Json) => m.paragraph.text).join()).toContain(
      '规模以上工业和服务业单位各70户',
    );
    expect(grain.kind).toBe('AGRICULTURE');
    expect(grain.mentions.length).toBe(3);
    expect(names(grain.partOf)).toEqual(['粮油']);
    expect(grain.partOf[0].evidence.quote).toContain('粮食播种面积');
  });

  it('finds the hydropower stations as the energy projects the sentence names', async () => {
    // 二、(三): 加快重大水利工程和能源项目建设,力争沙坪一级水电站、枕头坝二级水电站首台机组发电.
    const { industry } = await ask(`{
      industry(name: "能源") {
        kind
        mentions { surface }
        subIndustries { node { name } }
        projects { node { name } evidence { quote } year }
      }
    }`);
    expect(industry.kind).toBe('INDUSTRY');
    expect(industry.mentions.map((m: Json) => m.surface)).toContain('能源');
    expect(names(industry.subIndustries)).toEqual(
      ['新能源', '清洁能源', '绿色能源', '分布式能源'].sort(),
    );
    expect(names(industry.projects)).toEqual(['枕头坝二级水电站', '沙坪一级水电站'].sort());
    for (const link of industry.projects) {
      expect(link.year).toBe(2025);
      expect(link.evidence.quote).toContain('能源项目建设');
      expect(link.evidence.quote).toContain(link.node.name);
    }
  });

  it('puts 兴宇航 and its composites project in 智能制造, part of 制造业', async () => {
    // 二、(一): 加快建设兴宇航先进复合材料智能制造、全钒液流电池储能电站等项目.
    const { industry } = await ask(`{
      industry(name: "智能制造") {
        mentions { surface }
        partOf { node { name } }
        projects { node { name } }
        organizations { node { name } }
      }
    }`);
    expect(industry.mentions).toEqual([{ surface: '智能制造' }]);
    expect(names(industry.partOf)).toEqual(['制造业']);
    expect(names(industry.projects)).toEqual(['兴宇航先进复合材料智能制造']);
    expect(names(industry.organizations)).toEqual(['兴宇航']);
  });

  it('gives 四大特色产业 its four, each mentioned once, never inside 成果, 药物 or 森林', async () => {
    // 一、(四): 茶、果、药、林四大特色产业基地突破680万亩.
    const { industry } = await ask(`{
      industry(name: "四大特色产业") {
        subIndustries { node { name kind mentions { surface paragraph { text } } } evidence { quote } }
      }
    }`);
    expect(names(industry.subIndustries)).toEqual(['茶', '果', '药', '林'].sort());
    for (const { node, evidence } of industry.subIndustries) {
      expect(node.kind).toBe('AGRICULTURE');
      expect(evidence.quote).toBe('茶、果、药、林四大特色产业基地突破680万亩');
      if (node.name === '茶') continue; // 茶 is also in the 峨眉山茶 brand
      expect(node.mentions).toHaveLength(1);
      expect(node.mentions[0].surface).toBe(node.name);
      expect(node.mentions[0].paragraph.text).toContain('茶、果、药、林四大特色产业');
    }
  });

  it('puts the hydropower stations in 水电 and the chemical parks in 化工, 绿色化工 part of it', async () => {
    // 一、(二): 枕头坝二级、沙坪一级水电站完成大坝全线浇筑; 二、(一): 发展壮大绿色化工优势产业集群…
    // 推动五通桥化工园区开展扩区扩容…积极打造中欧化工产业园. 二、(三): 加强土地、资金、水电气等要素保障.
    const { hydro, chemicals } = await ask(`{
      hydro: industry(name: "水电") { mentions { surface paragraph { text } } projects { node { name } } }
      chemicals: industry(name: "化工") {
        mentions { surface paragraph { text } }
        subIndustries { node { name } }
        projects { node { name } }
      }
    }`);
    expect(names(hydro.projects)).toEqual(['枕头坝二级水电站', '沙坪一级水电站'].sort());
    expect(hydro.mentions.length).toBeGreaterThan(0);
    const hydroTexts = hydro.mentions.map((m: Json) => m.paragraph.text).join('\n');
    expect(hydroTexts).not.toContain('水电气');
    expect(names(chemicals.subIndustries)).toEqual(['绿色化工']);
    expect(names(chemicals.projects)).toEqual(
      ['中欧化工产业园', '五通桥化工园区', '犍为—马边飞地省级化工园区'].sort(),
    );
    const chemicalTexts = chemicals.mentions.map((m: Json) => m.paragraph.text).join('\n');
    expect(chemicalTexts).not.toContain('电网优化工程');
  });
});

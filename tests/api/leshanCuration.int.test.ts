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
});

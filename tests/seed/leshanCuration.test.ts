import { buildGraph, type GraphArtifact } from '../../seed/compile';
import { LESHAN_ANNOTATIONS, LESHAN_SOURCE } from '../../seed/paths';
import { leshanText, sliceOf } from './leshan';

/*
 * The Leshan curation against the report's words (issue 13, item 10): industries the text
 * names only inside project, product and company names, the wholes that named sections
 * belong to, and entities typed by what they are. Every expectation is read off
 * seed/source, built without a database.
 */
const artifact: GraphArtifact = buildGraph({
  sourcePath: LESHAN_SOURCE,
  annotationsDir: LESHAN_ANNOTATIONS,
});
const node = (id: string) => artifact.nodes.find((n) => n.id === id);
const mentionsOf = (id: string) =>
  artifact.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.from === id);
const targetsOf = (from: string, type: string) =>
  artifact.relationships
    .filter((r) => r.type === type && r.from === from)
    .map((r) => r.to)
    .sort();
const sourcesOf = (to: string, type: string) =>
  artifact.relationships
    .filter((r) => r.type === type && r.to === to)
    .map((r) => r.from)
    .sort();

describe('the Leshan curation', () => {
  describe('industries named inside project, product and company names', () => {
    // [industry, how the text writes it, in order, and what it sits inside]
    it.each([
      ['功率半导体', ['功率半导体'], '乐山希尔电子功率半导体器件封装扩能'],
      ['核电装备', ['核电装备'], '红华实业第四代核电装备入选省级未来产品'],
      ['动力电池负极材料', ['动力电池负极材料'], '海创高纯年产10万吨动力电池负极材料一体化一期'],
      ['稀土抛光粉', ['抛光粉', '稀土抛光粉'], '盛和稀土1.5万吨/年高性能稀土抛光粉'],
      ['医用同位素', ['医用同位素', '医用同位素'], '海同医用同位素试生产成功'],
      ['密封放射源', ['密封放\n\n射源'], '中核同辐密封放\n\n射源'],
      ['先进复合材料', ['先进复合材料'], '兴宇航先进复合材料智能制造'],
      ['黄磷', ['黄磷'], '马边黄磷企业搬迁'],
      ['畜禽饲料', ['畜禽饲料'], '巨星生物科技年产45万吨畜禽饲料生产线扩能技改'],
      ['本色浆', ['本色浆'], '永丰浆纸15万吨本色浆技改扩能'],
      ['植物保护剂', ['植物保护剂'], '福华新型植物保护剂等5个产品入选省级标志性产品'],
      ['油气', ['油气'], '省属首口油气探井在乐山开工'],
      ['异质结电池片', ['异质结电池片'], '铆阳10吉瓦高效异质结电池片一期'],
      ['浆纸', ['浆纸'], '永丰浆纸15万吨本色浆技改扩能'],
      ['集装箱物流', ['集装箱物流'], '夹江集装箱物流园区'],
      ['页岩气', ['页岩气'], '推动天然气(页岩气)资源就地转化'],
      ['智能制造', ['智能制造'], '兴宇航先进复合材料智能制造'],
      ['农旅', ['农旅'], '马边彝诺农旅田园度假项目'],
      // One-character names and short words, never read inside 成果, 药物, 森林, 水电气, 优化工程.
      ['果', ['果'], '茶、果、药、林四大特色产业'],
      ['药', ['药'], '茶、果、药、林四大特色产业'],
      ['林', ['林'], '茶、果、药、林四大特色产业'],
      ['水电', ['水电', '水电', '水电', '水电'], '沙坪一级水电站'],
      [
        '化工',
        ['化工', '化工', '化工', '化工', '化工', '化工', '化工', '化工', '化工'],
        '五通桥化工园区',
      ],
    ])('makes %s an Industry, mentioned where the text writes it', (name, surfaces, context) => {
      expect(node(`Industry:${name}`)?.labels).toEqual(['Entity', 'Industry']);
      const mentions = mentionsOf(`Industry:${name}`);
      expect(mentions.map((m) => m.props.surface)).toEqual(surfaces);
      for (const m of mentions) {
        const { start, end } = m.props as { start: number; end: number };
        expect(sliceOf(leshanText, start, end)).toBe(m.props.surface);
      }
      expect(leshanText).toContain(context);
    });

    it.each([
      ['冷链物流', '支持冷链物流园区提标升级'],
      ['商贸物流', '“生产制造+商贸物流”供应链'],
      ['跨境电商', '争创跨境电商综合试验区'],
      ['批零住餐业', '限额以上批零住餐业单位170户以上'],
      ['人工智能', '全省首批人工智能创新发展试验区'],
      ['竹产业', '新创建省级现代竹产业基地9个'],
      ['清洁能源', '健全清洁能源开发机制'],
      ['电力', '一批重点电力项目'],
      ['天然气', '推动天然气(页岩气)资源就地转化'],
      ['磷矿', '提高磷矿、地热、玄武岩等资源勘查'],
      ['地热', '提高磷矿、地热、玄武岩等资源勘查'],
      ['玄武岩', '提高磷矿、地热、玄武岩等资源勘查'],
      ['新兴特色产业', '壮大新兴特色产业。'],
      ['旅游', '强化乐山旅游全球营销'],
      ['工业', '坚持“工业强市、文旅兴市”'],
      ['制造业', '打造一批制造业企业数字化转型标杆'],
      ['服务业', '净增规模以上工业和服务业单位各70户'],
      ['粮食', '粮食播种面积稳定在337万亩'],
      ['能源', '加快重大水利工程和能源项目建设'],
    ])('makes the sector %s an Industry (%s)', (name, words) => {
      expect(leshanText).toContain(words);
      expect(node(`Industry:${name}`)?.props).toMatchObject({ name, source: 'curated' });
      expect(mentionsOf(`Industry:${name}`).length).toBeGreaterThan(0);
    });

    it('leaves the longer names their mentions, the industry nested inside them', () => {
      const mentions = artifact.relationships.filter((r) => r.type === 'MENTIONED_IN');
      const span = (m: (typeof mentions)[number]) => m.props as { start: number; end: number };
      const nested = mentions.filter(
        (m) => m.from.startsWith('Industry:') && m.props.via === 'nested',
      );
      expect(nested.length).toBeGreaterThan(10);
      for (const inner of nested) {
        const holders = mentions
          .filter((m) => m.props.via === 'name' && m.from !== inner.from)
          .filter((m) => span(m).start <= span(inner).start && span(inner).end <= span(m).end)
          .map((m) => m.props.surface);
        expect([inner.from, holders.length > 0]).toEqual([inner.from, true]);
      }
      expect(
        mentionsOf('Project:乐山希尔电子功率半导体器件封装扩能').map((m) => m.props.via),
      ).toEqual(['name']);
      expect(mentionsOf('Industry:功率半导体').map((m) => m.props.via)).toEqual(['nested']);
    });

    it('puts the projects and companies in the product lines their names state', () => {
      expect(sourcesOf('Industry:功率半导体', 'IN_INDUSTRY')).toEqual([
        'Organization:乐山希尔电子',
        'Project:乐山希尔电子功率半导体器件封装扩能',
      ]);
      expect(sourcesOf('Industry:核电装备', 'IN_INDUSTRY')).toEqual(['Organization:红华实业']);
      expect(sourcesOf('Industry:动力电池负极材料', 'IN_INDUSTRY')).toEqual([
        'Organization:海创高纯',
        'Project:海创高纯年产10万吨动力电池负极材料一体化一期',
      ]);
      // 沃耐稀3000吨抛光粉 (2024) and 盛和稀土1.5万吨/年高性能稀土抛光粉 (2025).
      expect(sourcesOf('Industry:稀土抛光粉', 'IN_INDUSTRY')).toEqual([
        'Organization:沃耐稀',
        'Organization:盛和稀土',
        'Project:沃耐稀3000吨抛光粉',
        'Project:盛和稀土1.5万吨/年高性能稀土抛光粉',
      ]);
      expect(sourcesOf('Industry:医用同位素', 'IN_INDUSTRY')).toEqual([
        'Organization:海同',
        'Project:国家医用同位素示范中心',
        'Project:海同医用同位素',
      ]);
      expect(targetsOf('Project:省属首口油气探井', 'IN_INDUSTRY')).toEqual(['Industry:油气']);
      expect(sourcesOf('Industry:异质结电池片', 'IN_INDUSTRY')).toEqual([
        'Organization:铆阳',
        'Project:铆阳10吉瓦高效异质结电池片一期',
      ]);
      // 永丰浆纸 (pulp and paper) by its own name, and its 本色浆 project.
      expect(sourcesOf('Industry:浆纸', 'IN_INDUSTRY')).toEqual([
        'Organization:永丰浆纸',
        'Project:永丰浆纸15万吨本色浆技改扩能',
      ]);
      expect(sourcesOf('Industry:集装箱物流', 'IN_INDUSTRY')).toEqual([
        'Project:夹江集装箱物流园区',
      ]);
      // The hydropower stations and the chemical parks, by their names.
      expect(sourcesOf('Industry:水电', 'IN_INDUSTRY')).toEqual([
        'Project:枕头坝二级水电站',
        'Project:沙坪一级水电站',
      ]);
      expect(sourcesOf('Industry:化工', 'IN_INDUSTRY')).toEqual([
        'Project:中欧化工产业园',
        'Project:五通桥化工园区',
        'Project:犍为—马边飞地省级化工园区',
      ]);
      expect(sourcesOf('Industry:农旅', 'IN_INDUSTRY')).toEqual([
        'Project:马边彝诺农旅田园度假项目',
      ]);
      expect(sourcesOf('Industry:智能制造', 'IN_INDUSTRY')).toEqual([
        'Organization:兴宇航',
        'Project:兴宇航先进复合材料智能制造',
      ]);
      // 加快重大水利工程和能源项目建设,力争沙坪一级水电站、枕头坝二级水电站首台机组发电.
      expect(sourcesOf('Industry:能源', 'IN_INDUSTRY')).toEqual([
        'Project:枕头坝二级水电站',
        'Project:沙坪一级水电站',
      ]);
    });

    it('dates each placement by the part that states it', () => {
      const year = (from: string, to: string) =>
        artifact.relationships.find(
          (r) => r.type === 'IN_INDUSTRY' && r.from === from && r.to === to,
        )?.props.year;
      // 一、(一) reports 2024: 红华实业第四代核电装备入选省级未来产品.
      expect(year('Organization:红华实业', 'Industry:核电装备')).toBe(2024);
      // 二、(一) plans 2025: 力争…乐山希尔电子功率半导体器件封装扩能等项目建成投运.
      expect(year('Project:乐山希尔电子功率半导体器件封装扩能', 'Industry:功率半导体')).toBe(2025);
    });

    it('builds the hierarchy only where the sentence or the name states it', () => {
      // 稀土抛光粉: rare-earth polishing powder; 核电装备: equipment for nuclear power.
      expect(targetsOf('Industry:稀土抛光粉', 'PART_OF')).toEqual(['Industry:稀土']);
      expect(targetsOf('Industry:核电装备', 'PART_OF')).toEqual(['Industry:装备制造']);
      // 升级发展核技术应用…特色产业集群,加快中核同辐密封放射源等项目建设,争创国家医用同位素示范中心.
      expect(sourcesOf('Industry:核技术应用', 'PART_OF')).toEqual([
        'Industry:医用同位素',
        'Industry:密封放射源',
      ]);
      // 发展现代物流,壮大…“生产制造+商贸物流”供应链,支持冷链物流园区提标升级.
      expect(sourcesOf('Industry:现代物流', 'PART_OF')).toEqual([
        'Industry:冷链物流',
        'Industry:商贸物流',
        'Industry:集装箱物流',
      ]);
      // By the names: heterojunction 电池片, the pulp (浆) of 浆纸, advanced 制造业, study and
      // inbound tourism; 文旅 (文化 and 旅游) and 粮油 (粮 and 油) name their parts.
      expect(targetsOf('Industry:异质结电池片', 'PART_OF')).toEqual(['Industry:电池片']);
      expect(targetsOf('Industry:本色浆', 'PART_OF')).toEqual(['Industry:浆纸']);
      expect(targetsOf('Industry:先进制造业', 'PART_OF')).toEqual(['Industry:制造业']);
      expect(sourcesOf('Industry:旅游', 'PART_OF')).toEqual([
        'Industry:入境游',
        'Industry:农旅',
        'Industry:研学旅游',
      ]);
      expect(targetsOf('Industry:旅游', 'PART_OF')).toEqual(['Industry:文旅']);
      expect(targetsOf('Industry:粮食', 'PART_OF')).toEqual(['Industry:粮油']);
      expect(targetsOf('Industry:智能制造', 'PART_OF')).toEqual(['Industry:制造业']);
      // 茶、果、药、林四大特色产业基地突破680万亩.
      expect(sourcesOf('Industry:四大特色产业', 'PART_OF')).toEqual([
        'Industry:林',
        'Industry:果',
        'Industry:茶',
        'Industry:药',
      ]);
      expect(targetsOf('Industry:绿色化工', 'PART_OF')).toEqual([
        'Industry:化工',
        'Industry:千亿产业集群',
      ]);
      expect(sourcesOf('Industry:能源', 'PART_OF')).toEqual([
        'Industry:分布式能源',
        'Industry:新能源',
        'Industry:清洁能源',
        'Industry:绿色能源',
      ]);
      // 推动天然气(页岩气)资源就地转化: shale gas is a kind of natural gas, not its other name.
      expect(targetsOf('Industry:页岩气', 'PART_OF')).toEqual(['Industry:天然气']);
      expect(node('Industry:天然气')?.props.aliases).toEqual([]);
      // The text does not say 制造业 is part of 工业, nor where 服务业 belongs.
      expect(targetsOf('Industry:制造业', 'PART_OF')).toEqual([]);
      expect(targetsOf('Industry:工业', 'PART_OF')).toEqual([]);
      expect(targetsOf('Industry:跨境电商', 'PART_OF')).toEqual(['Industry:电商']);
      expect(targetsOf('Industry:竹产业', 'PART_OF')).toEqual(['Industry:林竹']);
      // 壮大新兴特色产业。升级发展…特色产业集群…突破发展低空经济、新型储能、氢能等一批新兴产业.
      expect(sourcesOf('Industry:新兴特色产业', 'PART_OF')).toEqual([
        'Industry:新兴产业',
        'Industry:特色产业集群',
      ]);
      // The text never puts power semiconductors among the PV chain's segments.
      expect(targetsOf('Industry:功率半导体', 'PART_OF')).toEqual([]);
    });

    it('links the policies that name an industry to it', () => {
      expect(sourcesOf('Industry:人工智能', 'SUPPORTS')).toEqual(['Policy:人工智能创新发展试验区']);
      expect(sourcesOf('Industry:跨境电商', 'SUPPORTS')).toEqual(['Policy:跨境电商综合试验区']);
      // 坚持“工业强市、文旅兴市”; 加快打造…世界重要旅游目的地,积极参与共建巴蜀文化旅游走廊;
      // 全面落实耕地保护和粮食安全党政同责.
      expect(sourcesOf('Industry:工业', 'SUPPORTS')).toEqual(['Policy:工业强市、文旅兴市']);
      expect(sourcesOf('Industry:文旅', 'SUPPORTS')).toEqual(['Policy:工业强市、文旅兴市']);
      expect(sourcesOf('Industry:旅游', 'SUPPORTS')).toEqual([
        'Policy:世界重要旅游目的地',
        'Policy:巴蜀文化旅游走廊',
      ]);
      expect(sourcesOf('Industry:粮食', 'SUPPORTS')).toEqual(['Policy:耕地保护和粮食安全党政同责']);
      expect(sourcesOf('Industry:竹产业', 'SUPPORTS')).toEqual([
        'Policy:以竹代塑',
        'Policy:省级现代竹产业基地',
      ]);
    });
  });

  describe('wholes and parts', () => {
    it.each([
      ['乐西高速乐山至马边段', '乐西高速'],
      ['国道245金口河过境段', '国道245'],
      ['S215老乐峨路至苏沙路', 'S215'],
      ['省道428夹江大件路', '省道428'],
      ['中欧班列+西部陆海新通道成都集结中心乐山基地', '中欧班列+西部陆海新通道成都集结中心'],
    ])('makes %s PART_OF %s', (part, whole) => {
      const edge = artifact.relationships.find(
        (r) => r.type === 'PART_OF' && r.from === `Project:${part}` && r.to === `Project:${whole}`,
      );
      expect(edge).toBeDefined();
      const { start, end, quote } = edge!.props as { start: number; end: number; quote: string };
      expect(sliceOf(leshanText, start, end)).toBe(quote);
      expect(mentionsOf(`Project:${whole}`).length).toBeGreaterThan(0);
    });

    it('makes the independent college part of its university', () => {
      expect(targetsOf('Organization:成都理工大学工程科技学院', 'PART_OF')).toEqual([
        'Organization:成都理工大学',
      ]);
    });
  });

  describe('entities typed by what they are', () => {
    it('types no college, university, hospital, company, group or bank as a Project', () => {
      const misfits = artifact.nodes
        .filter((n) => n.labels.includes('Project'))
        .map((n) => n.props.name as string)
        .filter((name) => /(学院|大学|医院|公司|集团|银行)$/.test(name));
      expect(misfits).toEqual([]);
    });

    it('makes 四川质量工程职业技术学院 an Organization and keeps its construction a 2025 project', () => {
      // 二、(七): 加快乐山师范学院“一校两区”、四川质量工程职业技术学院建设.
      expect(node('Organization:四川质量工程职业技术学院')?.props).toMatchObject({
        kind: 'university',
      });
      expect(node('Project:四川质量工程职业技术学院')).toBeUndefined();
      const construction = 'Project:四川质量工程职业技术学院建设';
      expect(targetsOf(construction, 'UNDERTAKEN_BY')).toEqual([
        'Organization:四川质量工程职业技术学院',
      ]);
      const status = artifact.relationships.find(
        (r) => r.type === 'HAS_STATUS' && r.from === construction,
      );
      expect(status).toMatchObject({
        to: 'Status:四川质量工程职业技术学院建设:2025:accelerating',
        props: { year: 2025, phase: 'accelerating', commitment: '加快' },
      });
    });
  });

  it('cites every quote exactly as the source has it at its offsets', () => {
    const cited = [
      ...artifact.nodes.map((n) => n.props),
      ...artifact.relationships.map((r) => r.props),
    ].filter((p) => typeof p.quote === 'string');
    for (const props of cited)
      expect(sliceOf(leshanText, props.start as number, props.end as number)).toBe(props.quote);
  });
});

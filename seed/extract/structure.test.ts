import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anotherReport, leshan, leshanText, otherReports, sliceOf } from '../../tests/seed/leshan';
import { CORPUS_DIR } from '../corpus';
import { extractDocument } from './extractDocument';
import { extractStructure } from './structure';
import { SourceText } from './sourceText';

const section = (label: string) => leshan.sections.find((s) => s.label === label)!;

describe('extractStructure on the Leshan report', () => {
  it('finds the preamble, the two parts and their six and eight sub-sections', () => {
    expect(leshan.sections.filter((s) => s.level === 1).map((s) => s.label)).toEqual([
      '一、',
      '二、',
    ]);
    expect(leshan.sections.filter((s) => s.parentId === 'Section:leshan-2025:一、')).toHaveLength(
      6,
    );
    expect(leshan.sections.filter((s) => s.parentId === 'Section:leshan-2025:二、')).toHaveLength(
      8,
    );
    expect(section('二、(三)')).toMatchObject({
      id: 'Section:leshan-2025:二、(三)',
      title: '强化发展后劲支撑,发挥项目投资拉动作用',
      level: 2,
      order: 3,
    });
    expect(section('preamble')).toMatchObject({ level: 0, title: leshan.paragraphs[0].text });
  });

  it('keeps the title, date, issuer, salutation and introduction in the preamble', () => {
    const preamble = leshan.paragraphs.filter(
      (p) => p.sectionId === 'Section:leshan-2025:preamble',
    );
    expect(preamble.map((p) => p.text)).toEqual([
      '关于乐山市2024年国民经济和社会发展规划计划执行情况及2025年计划草案的报告',
      '2025年1月3日在乐山市第八届人民代表大会第六次会议上',
      '乐山市发展和改革委员会',
      '各位代表:',
      expect.stringMatching(/^受市人民政府委托/),
    ]);
  });

  it('gives every paragraph offsets whose slice is its text', () => {
    expect(leshan.paragraphs).toHaveLength(55);
    for (const p of leshan.paragraphs) expect(sliceOf(leshanText, p.start, p.end)).toBe(p.text);
    expect(leshan.paragraphs.map((p) => p.order)).toEqual(leshan.paragraphs.map((_, i) => i + 1));
  });

  it('rejoins a paragraph split by a page break, keeping offsets into the original file', () => {
    const split = leshan.paragraphs.find((p) => p.text.includes('入\n\n选全国'))!;
    expect(split.pageBreak).toBe(true);
    expect(split.plainText).toContain('入选全国“无废城市”');
    expect(split.text).toMatch(/^生态环境持续改善。/);
    expect(split.text).toMatch(/生态环境状况连续八年为“优”。$/);
    expect(sliceOf(leshanText, split.start, split.end)).toBe(split.text);
    expect(leshan.paragraphs.filter((p) => p.pageBreak).map((p) => p.lead)).toEqual([
      '消费需求加快释放。',
      '生态环境持续改善。',
      '壮大新兴特色产业。',
      '持续提高投资效益。',
      '提升农业现代化水平。',
    ]);
  });

  it('reads the run-in lead sentence, and none where the first sentence is prose', () => {
    const lead = (start: string) => leshan.paragraphs.find((p) => p.text.startsWith(start))!.lead;
    expect(lead('建设千亿产业集群。')).toBe('建设千亿产业集群。');
    expect(lead('推进“两业”融合')).toBe('推进“两业”融合^{〔23〕}发展。');
    expect(lead('地区生产总值增长4.5%')).toBeNull();
    expect(lead('2024年,在市委坚强领导下')).toBeNull();
  });

  it('ends at the truncation, inside 二、(八)', () => {
    const last = leshan.paragraphs[leshan.paragraphs.length - 1];
    expect(last.sectionId).toBe('Section:leshan-2025:二、(八)');
    expect(last.text).toMatch(/\(紧转第3版\)$/);
  });
});

describe('extractStructure', () => {
  it('rejoins a word split across a page break (普惠性 / 幼儿园)', () => {
    const text =
      '一、执行情况\n\n(一)民生\n\n新建幼儿园3所,普惠性\n\n幼儿园覆盖率达92%。\n\n下一段。';
    const { paragraphs } = extractStructure(new SourceText(text), 't');
    expect(paragraphs.map((p) => p.plainText)).toEqual([
      '新建幼儿园3所,普惠性幼儿园覆盖率达92%。',
      '下一段。',
    ]);
    expect(paragraphs[0]).toMatchObject({
      start: 15,
      end: 39,
      text: '新建幼儿园3所,普惠性\n\n幼儿园覆盖率达92%。',
    });
  });

  it('does not join a paragraph with the heading after it', () => {
    const text = '一、执行情况\n\n没有句号的段落\n\n二、计划\n\n计划。';
    const { paragraphs, sections } = extractStructure(new SourceText(text), 't');
    expect(paragraphs.map((p) => p.text)).toEqual(['没有句号的段落', '计划。']);
    expect(sections.map((s) => s.label)).toEqual(['preamble', '一、', '二、']);
  });

  it('normalises full-width parentheses in labels to the ASCII ones ids use', () => {
    const { sections } = extractStructure(new SourceText('一、甲\n\n(二)乙\n\n正文。'), 't');
    expect(sections[2].id).toBe('Section:t:一、(二)');
  });
});

describe('extractStructure on the forms other reports take', () => {
  const structure = (text: string) => extractStructure(new SourceText(text), 't');

  it('reads full-width parentheses and commas (\uFF08一\uFF09, \uFF0C) as the ASCII ones', () => {
    const text =
      '一、执行情况\n\n\uFF08一\uFF09工业\n\n新增企业8户\uFF0C\n\n总数96户。\n\n(二\uFF09农业\n\n粮食增产。';
    const { sections, paragraphs } = structure(text);
    expect(sections.map((s) => s.label)).toEqual(['preamble', '一、', '一、(一)', '一、(二)']);
    expect(paragraphs.map((p) => p.plainText)).toEqual([
      '新增企业8户\uFF0C总数96户。',
      '粮食增产。',
    ]);
  });

  it('reads 三. as a part heading', () => {
    const { sections } = structure(
      '一、回顾\n\n正文。\n\n二、问题\n\n正文。\n\n三.2024年目标\n\n正文。',
    );
    expect(sections.filter((s) => s.level === 1).map((s) => [s.label, s.title])).toEqual([
      ['一、', '回顾'],
      ['二、', '问题'],
      ['三、', '2024年目标'],
    ]);
  });

  it('splits a sub-heading run into its paragraph, when its number is the next one', () => {
    const text =
      '四、重点工作\n\n(一)推进产业强市。做强动力电池产业。\n\n(二)扩大有效投资。实施重点项目400个。\n\n(四)不是下一个。正文。';
    const { sections, paragraphs } = structure(text);
    expect(sections.slice(2).map((s) => [s.label, s.title, s.heading!.text])).toEqual([
      ['四、(一)', '推进产业强市', '(一)推进产业强市。'],
      ['四、(二)', '扩大有效投资', '(二)扩大有效投资。'],
    ]);
    expect(paragraphs.map((p) => [p.sectionId, p.text])).toEqual([
      ['Section:t:四、(一)', '做强动力电池产业。'],
      ['Section:t:四、(二)', '实施重点项目400个。'],
      ['Section:t:四、(二)', '(四)不是下一个。正文。'],
    ]);
  });

  it('opens part 一 after the introduction when its heading is missing', () => {
    const text =
      '关于X县的报告\n\n各位代表:\n\n现将计划草案提请大会审议。\n\n2023年,全县经济稳定。\n\n(一)工业\n\n正文。\n\n二、2024年计划\n\n目标。';
    const { sections, paragraphs } = structure(text);
    expect(sections.map((s) => [s.label, s.title])).toEqual([
      ['preamble', '关于X县的报告'],
      ['一、', null],
      ['一、(一)', '工业'],
      ['二、', '2024年计划'],
    ]);
    expect(paragraphs.find((p) => p.text.startsWith('2023年'))!.sectionId).toBe('Section:t:一、');
    expect(sections[1].heading).toBeNull();
  });

  it('skips a page number between the halves of a sentence, keeping it out of plainText', () => {
    const text = '一、执行情况\n\n新增企业8户,\n\n— 3 —\n\n总数96户。\n\n-4-\n\n下一段。';
    const { paragraphs } = structure(text);
    expect(paragraphs.map((p) => [p.plainText, p.pageBreak])).toEqual([
      ['新增企业8户,总数96户。', true],
      ['下一段。', false],
    ]);
    expect(paragraphs[0].text).toBe('新增企业8户,\n\n— 3 —\n\n总数96户。');
  });

  it('keeps a sub-item title line on its own, and reads leads after item numbers', () => {
    // Under a (一) these are items; directly under 二、 they would be its sub-sections.
    const text =
      '二、计划\n\n(一)农业\n\n1.稳定粮食生产\n\n落实党政同责。\n\n2.做优特色产业。建设园区。\n\n一是园区承载能力增强。新增厂房。';
    const { paragraphs } = structure(text);
    expect(paragraphs.map((p) => [p.text, p.pageBreak, p.lead])).toEqual([
      ['1.稳定粮食生产', false, null],
      ['落实党政同责。', false, null],
      ['2.做优特色产业。建设园区。', false, '做优特色产业。'],
      ['一是园区承载能力增强。新增厂房。', false, '园区承载能力增强。'],
    ]);
  });

  it('ends a paragraph at a period typed as ., and does not take 5.8 for an item number', () => {
    const text = '一、执行情况\n\n惠及全县人民.\n\n增长\n\n5.8%。';
    expect(structure(text).paragraphs.map((p) => p.plainText)).toEqual([
      '惠及全县人民.',
      '增长5.8%。',
    ]);
  });

  it('takes a heading that does not go on from the last one for a line of the text', () => {
    const text =
      '一、回顾\n\n(一)工业\n\n(一)重复\n\n正文。\n\n二、计划\n\n一、不是新的一部分\n\n正文。';
    const { sections } = structure(text);
    expect(sections.map((s) => s.label)).toEqual(['preamble', '一、', '一、(一)', '二、']);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  });
});

describe('extractStructure on any layout (issue 13.1)', () => {
  const structure = (text: string) => extractStructure(new SourceText(text), 't');
  const outline = (text: string) =>
    structure(text)
      .sections.filter((s) => s.level > 0)
      .map((s) => [s.level, s.label, s.title]);

  it('splits paragraphs on single newlines: 开州 was one undivided preamble paragraph', () => {
    const text = readFileSync(join(CORPUS_DIR, 'kaizhou-2025', 'report.txt'), 'utf8');
    const { sections, paragraphs } = structure(text);
    expect(sections.map((s) => [s.label, s.title])).toEqual([
      ['preamble', '关于重庆市开州区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告'],
      ['一、', '2024年国民经济和社会发展计划执行情况'],
    ]);
    expect(paragraphs.filter((p) => p.sectionId === 'Section:t:一、').length).toBeGreaterThan(1);
    for (const p of paragraphs) expect(sliceOf(text, p.start, p.end)).toBe(p.text);
    // And the figures of such a report are read, with the year of their part.
    const doc = extractDocument(
      '一、2023年计划执行情况\n全县地区生产总值增长5.1%。\n二、2024年主要目标\n地区生产总值增长6%左右。\n',
      {
        slug: 't',
      },
    );
    expect(doc.observations.map((o) => [o.year, o.kind, o.value])).toEqual([
      [2023, 'estimate', 5.1],
      [2024, 'target', 6],
    ]);
  });

  it('reads Leshan with single newlines as it reads it with blank lines', () => {
    const single = extractStructure(
      new SourceText(leshanText.replace(/\n\s*\n/gu, '\n')),
      'leshan-2025',
    );
    const outlineOf = (doc: typeof single) => doc.sections.map((s) => [s.label, s.title]);
    expect(outlineOf(single)).toEqual(outlineOf(leshan));
    expect(single.paragraphs.map((p) => [p.sectionId, p.plainText, p.lead])).toEqual(
      leshan.paragraphs.map((p) => [p.sectionId, p.plainText, p.lead]),
    );
  });

  it.each(Object.entries({ another: anotherReport, ...otherReports }))(
    'reads the %s fixture with single newlines as with blank lines, figures included',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const read = (body: string) => {
        const doc = extractDocument(body, { slug: 't' });
        return [
          doc.sections.map((s) => [s.label, s.title]),
          doc.paragraphs.map((p) => p.plainText),
          doc.observations.map((o) => o.id),
        ];
      };
      expect(read(text.replace(/\n\s*\n/gu, '\n'))).toEqual(read(text));
    },
  );

  it('keeps offsets into a CRLF file with a BOM whose paragraphs are single lines', () => {
    const text =
      '\uFEFF关于X县的报告\r\n一、2023年执行情况\r\n新增企业8户,\r\n总数96户。\r\n下一段。\r\n';
    const { paragraphs } = structure(text);
    expect(paragraphs.map((p) => [p.plainText, p.pageBreak])).toEqual([
      ['关于X县的报告', false],
      ['新增企业8户,总数96户。', true],
      ['下一段。', false],
    ]);
    for (const p of paragraphs) expect(sliceOf(text, p.start, p.end)).toBe(p.text);
  });

  it('reads an unnumbered part heading after the introduction (沐川, 咸阳)', () => {
    expect(
      outline(
        '    2024年X县政府工作报告\n    各位代表:\n    现在,我向大会报告工作,请予审议。\n\n    2023年工作回顾\n\n    2023年,全县经济稳定。\n',
      ),
    ).toEqual([[1, '一、', '2023年工作回顾']]);
    expect(
      outline(
        'X市2023年计划\n已经市人大审议通过。\nX市2023年国民经济和社会发展计划\n主要预期目标是:增长6%左右。\n重点工作任务:\n(一)抓住政策机遇\n正文。\n',
      ),
    ).toEqual([
      [1, '一、', '重点工作任务'],
      [2, '一、(一)', '抓住政策机遇'],
    ]);
  });

  it('joins a heading broken over two lines, but no paragraph without a stop', () => {
    const text =
      '一、2024年国民经济和社会发展\n\n计划执行情况\n\n2024年,全区经济稳定。\n\n(一)推动重大战略落地\n\n正文没有句号\n\n二、计划\n\n正文。';
    const { sections, paragraphs } = structure(text);
    expect(sections.map((s) => [s.label, s.title])).toEqual([
      ['preamble', null],
      ['一、', '2024年国民经济和社会发展计划执行情况'],
      ['一、(一)', '推动重大战略落地'],
      ['二、', '计划'],
    ]);
    expect(sections[1].heading!.text).toBe('一、2024年国民经济和社会发展\n\n计划执行情况');
    expect(paragraphs.map((p) => p.text)).toEqual([
      '2024年,全区经济稳定。',
      '正文没有句号',
      '正文。',
    ]);
  });

  it('heads part 一 with the unnumbered line after the introduction when parts go on from 二、', () => {
    expect(
      outline(
        '政府工作报告\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议。\n2023年工作回顾\n过去一年,全区经济增长6%。\n二、2024年工作安排\n增长6%左右。\n',
      ),
    ).toEqual([
      [1, '一、', '2023年工作回顾'],
      [1, '二、', '2024年工作安排'],
    ]);
  });

  it('reads 第一部分, 【…】 and a series of 1. title lines in a part without (一) as headings', () => {
    expect(
      outline(
        '第一部分 2023年工作回顾\n正文。\n【工业经济】\n正文。\n【农业农村】\n正文。\n第二部分 2024年工作安排\n正文。',
      ),
    ).toEqual([
      [1, '第一部分', '2023年工作回顾'],
      [2, '第一部分【1】', '工业经济'],
      [2, '第一部分【2】', '农业农村'],
      [1, '第二部分', '2024年工作安排'],
    ]);
    expect(
      outline(
        '一、回顾\n1.工业经济\n正文。\n2、农业农村\n正文。\n二、计划\n(一)工业\n1.稳定增长\n正文。\n2.扩大投资\n正文。',
      ),
    ).toEqual([
      [1, '一、', '回顾'],
      [2, '一、1.', '工业经济'],
      [2, '一、2.', '农业农村'],
      [1, '二、', '计划'],
      [2, '二、(一)', '工业'],
    ]);
  });

  it('splits a run-in 1. heading directly under 一、, but keeps a numbered list of figures', () => {
    const { sections, paragraphs } = structure(
      '一、回顾\n1.经济运行稳中向好。全县地区生产总值增长5%。\n2.产业发展提质增效。新增企业8户。\n' +
        '二、目标\n1.地区生产总值增长6%左右\n2.固定资产投资增长8%\n',
    );
    expect(
      sections.filter((s) => s.level > 0).map((s) => [s.label, s.title, s.heading?.text]),
    ).toEqual([
      ['一、', '回顾', '一、回顾'],
      ['一、1.', '经济运行稳中向好', '1.经济运行稳中向好。'],
      ['一、2.', '产业发展提质增效', '2.产业发展提质增效。'],
      ['二、', '目标', '二、目标'],
    ]);
    expect(paragraphs.map((p) => [p.sectionId, p.text])).toEqual([
      ['Section:t:一、1.', '全县地区生产总值增长5%。'],
      ['Section:t:一、2.', '新增企业8户。'],
      ['Section:t:二、', '1.地区生产总值增长6%左右'],
      ['Section:t:二、', '2.固定资产投资增长8%'],
    ]);
  });

  it('keeps page furniture out of paragraphs: (紧转第3版), (上接第2版) and a running head', () => {
    const text =
      '一、执行情况\n\n乐山日报 2025年1月10日\n\n新增企业8户,\n\n(紧转第3版)\n\n乐山日报 2025年1月10日\n\n(上接第2版)\n\n总数96户。\n\n下一段。';
    const { paragraphs } = structure(text);
    expect(paragraphs.map((p) => [p.plainText, p.pageBreak])).toEqual([
      ['新增企业8户,总数96户。', true],
      ['下一段。', false],
    ]);
    expect(sliceOf(text, paragraphs[0].start, paragraphs[0].end)).toBe(paragraphs[0].text);
  });
});

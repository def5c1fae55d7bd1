import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../corpus';
import { LESHAN_SOURCE } from '../paths';
import { extractDocument } from './extractDocument';

const metadataOf = (text: string) => extractDocument(text, { slug: 't' }).metadata;
const corpus = (name: string) => readFileSync(join(CORPUS_DIR, name, 'report.txt'), 'utf8');
/** The opening of a report: its first `lines` lines, where the metadata stands. */
const opening = (name: string, lines: number) =>
  corpus(name).split('\n').slice(0, lines).join('\n');

describe('extractMetadata', () => {
  it('reads Leshan: title, issuer, dateline (date and venue) and both years', () => {
    expect(metadataOf(readFileSync(LESHAN_SOURCE, 'utf8'))).toEqual({
      title: '关于乐山市2024年国民经济和社会发展规划计划执行情况及2025年计划草案的报告',
      issuer: '乐山市发展和改革委员会',
      deliveredOn: '2025-01-03',
      venue: '乐山市第八届人民代表大会第六次会议',
      years: { execution: 2024, plan: 2025 },
    });
  });

  it('takes the document title after a web headline, and joins a title set on two lines', () => {
    // 长寿: a page headline, then 关于…发展 / 计划…的报告 on two lines.
    expect(metadataOf(opening('changshou-2025', 15))).toMatchObject({
      title: '关于重庆市长寿区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告',
      issuer: '重庆市长寿区发展和改革委员会',
      years: { execution: 2024, plan: 2025 },
    });
    // 沐川: a forum's [四川] headline, every line indented.
    expect(metadataOf(opening('muchuan-2024', 12))).toEqual({
      title: '2024年沐川县政府工作报告',
      issuer: '沐川县人民政府',
      deliveredOn: '2024-02-27',
      venue: '沐川县第十八届人民代表大会第四次会议',
      years: { execution: 2023, plan: 2024 },
    });
  });

  it('reads the plan a 印发 notice issues, not the notice, and its years', () => {
    expect(metadataOf(opening('xinxiang-2024', 22))).toMatchObject({
      title: '新乡市2024年国民经济和社会发展计划',
      issuer: '新乡市人民政府',
      deliveredOn: '2024-03-19',
      years: { execution: 2023, plan: 2024 },
    });
    // 咸阳: a plan only, so no execution year.
    expect(metadataOf(opening('xianyang-2023', 30))).toMatchObject({
      title: '咸阳市2023年国民经济和社会发展计划',
      issuer: '咸阳市人民政府',
      deliveredOn: '2023-02-21',
      years: { execution: null, plan: 2023 },
    });
  });

  it('names the government a work report speaks for, after the dateline’s place', () => {
    // 我代表十八届县人民政府 … 在牟定县第十八届人民代表大会, the dateline over two lines.
    expect(metadataOf(opening('mouding-2024', 8))).toEqual({
      title: '政 府 工 作 报 告',
      issuer: '牟定县人民政府',
      deliveredOn: '2024-01-18',
      venue: '牟定县第十八届人民代表大会第三次会议',
      years: { execution: 2023, plan: 2024 },
    });
    // A date in Chinese numerals; a work report plans the year it is delivered in.
    expect(metadataOf(opening('jinhua-2025', 12))).toMatchObject({
      issuer: '金华市人民政府',
      deliveredOn: '2025-01-20',
      years: { execution: 2024, plan: 2025 },
    });
  });

  it('dates an undated review part by the plan year, and reads a news report’s own words', () => {
    // 一、过去五年工作回顾 in the 2022 report: the review ends with 2021.
    expect(metadataOf(opening('zhanjiang-2022', 8))).toMatchObject({
      title: '(广东省)2022年湛江市人民政府工作报告(全文)',
      issuer: '湛江市人民政府',
      years: { execution: 2021, plan: 2022 },
    });
    // No heading at all: 一是2023年工作回顾,二是2024年工作安排.
    expect(metadataOf(corpus('tumotezuoqi-2024'))).toMatchObject({
      title: null,
      issuer: '土默特左旗人民政府',
      venue: '土默特左旗第十八届人民代表大会第三次会议',
      years: { execution: 2023, plan: 2024 },
    });
  });

  it('prefers the part headings over the title, and reads 明年 from the dateline', () => {
    expect(
      metadataOf(
        '关于2024年计划执行情况的报告\n\n2023年12月28日\n\n一、2023年计划执行情况\n\n全市地区生产总值增长6%。\n\n二、明年工作安排\n',
      ).years,
    ).toEqual({ execution: 2023, plan: 2024 });
    // Without a date, a part that names no year sits next to the one that does.
    expect(
      metadataOf('一、今年以来经济运行情况\n\n增长6%。\n\n二、2025年经济社会发展主要目标\n').years,
    ).toEqual({ execution: 2024, plan: 2025 });
  });

  it('reads an issuer line that names its head, and a plan part by 总体思路', () => {
    expect(
      metadataOf(
        '关于某市2024年计划执行情况的报告\n\n某市发展和改革委员会主任 张三\n\n各位代表:\n\n一、过去一年工作回顾\n\n正文。\n\n二、2025年经济工作总体思路\n\n正文。\n',
      ),
    ).toMatchObject({ issuer: '某市发展和改革委员会', years: { execution: 2024, plan: 2025 } });
  });

  it('reads a dateline without a day, and 一、过去一年的工作 as the review', () => {
    expect(
      metadataOf(
        '政府工作报告\n\n——2024年1月在某某县第十八届人民代表大会第三次会议上\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。\n\n一、过去一年的工作\n\n正文。\n',
      ),
    ).toEqual({
      title: '政府工作报告',
      issuer: '某某县人民政府',
      deliveredOn: '2024-01',
      venue: '某某县第十八届人民代表大会第三次会议',
      years: { execution: 2023, plan: 2024 },
    });
  });

  it('takes no web page line for an issuer (发布时间:… 来源:区发改局)', () => {
    expect(
      metadataOf(
        '莲都区2024年国民经济和社会发展计划执行情况与2025年计划草案\n\n发布时间:2025-01-10 来源:区发改局\n\n一、2024年计划执行情况\n\n正文。\n',
      ),
    ).toMatchObject({
      title: '莲都区2024年国民经济和社会发展计划执行情况与2025年计划草案',
      issuer: null,
      years: { execution: 2024, plan: 2025 },
    });
  });

  it('names the government after the title when the dateline has no place', () => {
    expect(
      metadataOf(
        '2024年沐川县政府工作报告\n\n(2024年1月12日在县十八届人大四次会议上)\n\n各位代表:\n\n现在,我代表县人民政府,向大会报告工作,请予审议。\n',
      ),
    ).toMatchObject({ issuer: '沐川县人民政府', deliveredOn: '2024-01-12', venue: null });
  });

  it('reads a news report that 回顾了 one year and 部署了 the next', () => {
    expect(
      metadataOf('大会听取了政府工作报告。报告回顾了2023年工作,部署了2024年工作。').years,
    ).toEqual({ execution: 2023, plan: 2024 });
  });

  it('finds no years where the text names none', () => {
    expect(metadataOf('各位代表:\n\n一、主要工作\n\n增长6%。\n').years).toEqual({
      execution: null,
      plan: null,
    });
  });
});

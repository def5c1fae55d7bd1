import { exportBaseName, graphTitle } from '../../src/export';

const leshan = { slug: 'leshan-2025', title: '关于乐山市……的报告', region: '乐山市' };
const qianwei = { slug: 'qianwei-2025', title: '犍为县政府工作报告', region: '犍为县' };

describe('export names', () => {
  it('title the graph after the regions its reports cover', () => {
    expect(graphTitle([leshan])).toBe('乐山市 plan graph');
    expect(graphTitle([leshan, qianwei])).toBe('乐山市、犍为县 plan graph');
  });

  it('fall back to the one report’s title, then to a neutral title', () => {
    expect(graphTitle([{ ...leshan, region: null }])).toBe('关于乐山市……的报告');
    expect(graphTitle([])).toBe('Plan-report graph');
  });

  it('start file names with the reports’ slugs', () => {
    expect(exportBaseName([leshan])).toBe('leshan-2025-graph');
    expect(exportBaseName([leshan, qianwei])).toBe('leshan-2025+qianwei-2025-graph');
    expect(exportBaseName([])).toBe('plan-report-graph');
  });

  it('name a neighbourhood after its centre and depth, in characters any file system takes', () => {
    expect(exportBaseName([leshan], { id: 'Project:A/B C', depth: 2 })).toBe(
      'leshan-2025-neighborhood-Project_A_B_C-depth2',
    );
  });
});

import { LESHAN_ANNOTATIONS } from '../../seed/paths';
import { seedDatabase } from '../../seed/seedDatabase';
import { connectTestDatabase } from '../support/database';
import { otherReports } from '../seed/leshan';
import { serve, type TestApi } from './support/api';

const quiet = () => {};

/**
 * "Missed its target" is one rule with two doors: the `missedTarget` filter on indicators
 * and `indicatorComparison(missedTarget: true)`. Over every report loaded (curated Leshan
 * and the uncurated fixtures, whose gaps are against 预期目标, 年初目标, 全省 …), both must
 * name the same indicators for the same year.
 */
describe('the missedTarget filter and the indicator comparison', () => {
  let api: TestApi;
  beforeAll(async () => {
    const db = await connectTestDatabase();
    await db.write('MATCH (n) DETACH DELETE n');
    await seedDatabase(db, { annotationsDir: LESHAN_ANNOTATIONS, force: true, log: quiet });
    for (const path of Object.values(otherReports)) {
      await seedDatabase(db, { sourcePath: path, force: true, log: quiet });
    }
    api = await serve(db);
  }, 240000);
  afterAll(async () => {
    await api.close();
    await api.db.close();
  });

  it('name the same indicators in every reported year', async () => {
    const comparison = await api.post<{
      indicatorComparison: { indicator: { id: string }; year: number }[];
    }>('{ indicatorComparison(missedTarget: true) { indicator { id } year } }');
    expect(comparison.errors).toBeUndefined();
    const rows = comparison.data!.indicatorComparison;
    const years = [...new Set(rows.map((row) => row.year))].sort();
    // Leshan's 2024 and at least one fixture's year: the rule is tested on more than one report.
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) {
      const filtered = await api.post<{ indicators: { nodes: { id: string }[] } }>(
        'query ($year: Int!) { indicators(filter: { missedTarget: $year }, first: 100) { nodes { id } } }',
        { year },
      );
      expect(filtered.errors).toBeUndefined();
      const byFilter = filtered.data!.indicators.nodes.map((n) => n.id).sort();
      const byComparison = [
        ...new Set(rows.filter((row) => row.year === year).map((row) => row.indicator.id)),
      ].sort();
      expect({ year, indicators: byFilter }).toEqual({ year, indicators: byComparison });
    }
  });
});

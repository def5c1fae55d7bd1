import type { DocumentModel } from '../document/model';
import type { EntityModel } from '../entity/model';
import type { ObservationRow } from './comparison';
import { seriesQuery, seriesRows } from './series';

const gdp: EntityModel = {
  id: 'Indicator:地区生产总值增长',
  name: '地区生产总值增长',
  kind: 'headline',
  labels: ['Entity', 'Indicator'],
};

function report(slug: string, executionYear: number): DocumentModel {
  return {
    id: `Document:${slug}`,
    title: slug,
    issuer: null,
    deliveredOn: `${executionYear + 1}-01-10`,
    venue: null,
    region: null,
    years: [executionYear, executionYear + 1],
    executionYear,
    planYear: executionYear + 1,
    sha256: '',
    truncated: false,
    truncationNote: null,
  };
}

const earlier = report('x-2024', 2023);
const later = report('x-2025', 2024);

function at(
  document: DocumentModel,
  fields: Partial<ObservationRow> & { year: number; kind: string },
) {
  const observation: ObservationRow = {
    id: `${document.id}:${fields.year}:${fields.kind}`,
    indicatorId: gdp.id,
    documentId: document.id,
    unit: '%',
    ...fields,
  };
  return { observation, document };
}

describe('seriesRows', () => {
  it('puts the planning report’s target beside the next report’s estimate', () => {
    const rows = seriesRows(gdp, null, [
      at(earlier, { year: 2023, kind: 'estimate', value: 6, gap: -1, gapAgainstTarget: true }),
      at(earlier, { year: 2023, kind: 'derived', value: 7 }),
      at(earlier, { year: 2024, kind: 'target', value: 6.5 }),
      at(later, { year: 2024, kind: 'estimate', value: 5.8 }),
      // The later report's implied 2024 target yields to the one the 2024 plan stated.
      at(later, { year: 2024, kind: 'derived', value: 6.4 }),
      at(later, { year: 2025, kind: 'target', value: 6 }),
    ]);
    expect(rows.map((r) => [r.year, r.target, r.targetDerived, r.estimate, r.gap])).toEqual([
      [2023, 7, true, 6, -1],
      [2024, 6.5, false, 5.8, -0.7],
      [2025, 6, false, null, null],
    ]);
    expect(rows[1].targetObservation?.documentId).toBe(earlier.id);
    expect(rows[1].estimateObservation?.documentId).toBe(later.id);
  });

  it('prefers an actual figure to an estimate, and shows a target stated in words', () => {
    const [row] = seriesRows(gdp, null, [
      at(earlier, { year: 2024, kind: 'target', value: null, wording: '与经济增长基本同步' }),
      at(earlier, { year: 2024, kind: 'estimate', value: 5.9 }),
      at(later, { year: 2024, kind: 'actual', value: 5.8 }),
    ]);
    expect(row).toMatchObject({
      target: null,
      targetWording: '与经济增长基本同步',
      estimate: 5.8,
      gap: null,
    });
  });
});

describe('seriesQuery', () => {
  it('passes every value as a parameter', () => {
    const { cypher, params } = seriesQuery({
      indicator: gdp.id,
      regions: ['乐山市'],
      years: { gte: 2024 },
    });
    expect(cypher).not.toContain('乐山市');
    expect(cypher).not.toContain('2024');
    expect(Object.values(params)).toEqual(expect.arrayContaining([gdp.id, 2024]));
  });
});

import type { FilterName } from '../../src/modules/entity/filter';
import { listQuery } from '../../src/modules/entity/list';
import type { EntityLabel } from '../../src/modules/entity/labels';
import { startApi, type Json, type TestApi } from './support/api';
import { operatorsOf, type PlanNode } from './support/plans';

/*
 * A filter that names an entity (an industry, a county, an organisation) starts its list
 * from that entity, found by index, and walks to the rows it reaches, instead of testing
 * every row of the label (issue 11). The answers must not change: each anchored filter
 * answers exactly as the same condition inside an OR, which the compiler never anchors.
 */

const cases: { list: string; label: EntityLabel; filterName: FilterName; filter: Json }[] = [
  {
    list: 'projects',
    label: 'Project',
    filterName: 'ProjectFilter',
    filter: { industry: '晶硅光伏' },
  },
  {
    list: 'projects',
    label: 'Project',
    filterName: 'ProjectFilter',
    filter: { industry: 'Industry:绿色化工' },
  },
  // 健为 is the text's typo for 犍为县: an alias.
  { list: 'projects', label: 'Project', filterName: 'ProjectFilter', filter: { county: '健为' } },
  {
    list: 'projects',
    label: 'Project',
    filterName: 'ProjectFilter',
    filter: { county: '乐山市', year: 2025 },
  },
  {
    list: 'projects',
    label: 'Project',
    filterName: 'ProjectFilter',
    filter: { AND: [{ organization: '京运通' }] },
  },
  {
    list: 'organizations',
    label: 'Organization',
    filterName: 'OrganizationFilter',
    filter: { county: '乐山市' },
  },
  {
    list: 'places',
    label: 'Place',
    filterName: 'PlaceFilter',
    filter: { county: 'AdminDivision:乐山市' },
  },
  {
    list: 'projects',
    label: 'Project',
    filterName: 'ProjectFilter',
    filter: { county: 'no such place "quoted" \\' },
  },
];

describe('filters that name an entity start from it', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  }, 240000);
  afterAll(async () => {
    await api.close();
    await api.db.close();
  });

  const idsOf = async (list: string, filter: Json) => {
    const response = await api.post(
      `query ($filter: ${list === 'projects' ? 'ProjectFilter' : list === 'organizations' ? 'OrganizationFilter' : 'PlaceFilter'}) { ${list}(filter: $filter, first: 100) { totalCount nodes { id } } }`,
      { filter },
    );
    expect(response.errors).toBeUndefined();
    return response.data[list] as { totalCount: number; nodes: { id: string }[] };
  };

  it.each(cases.map((c) => [JSON.stringify(c.filter), c] as const))(
    '%s answers as the same condition unanchored',
    async (_name, { list, filter }) => {
      const anchored = await idsOf(list, filter);
      const unanchored = await idsOf(list, { OR: [filter] });
      expect(anchored).toEqual(unanchored);
      expect(anchored.totalCount).toBe(anchored.nodes.length);
    },
  );

  it('finds something for each real name (so the equality above is not between empty lists)', async () => {
    const empty: Json[] = [];
    for (const { list, filter } of cases.slice(0, -1)) {
      if ((await idsOf(list, filter)).totalCount === 0) empty.push(filter);
    }
    expect(empty).toEqual([]);
  });

  it.each(cases.map((c) => [JSON.stringify(c.filter), c] as const))(
    '%s is planned from an index, not a scan of its label',
    async (_name, { label, filterName, filter }) => {
      const { query } = listQuery(label, filterName, { filter, first: 20 }, 100);
      for (const cypher of [query.page, query.count]) {
        const operators = operatorsOf((await api.db.explain(cypher, query.params)) as PlanNode);
        expect(operators.filter((op) => /^(AllNodesScan|NodeByLabelScan)/.test(op))).toEqual([]);
        expect(operators.some((op) => /Index/.test(op))).toBe(true);
      }
    },
  );
});

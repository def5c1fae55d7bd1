import { compileFilter, CypherScope, type FilterName } from './filter';
import { HIERARCHY_HOPS } from './hierarchy';
import { listQuery } from './list';
import { statusPhases } from './phases';

function compile(name: FilterName, filter: Record<string, unknown> | null) {
  const scope = new CypherScope();
  const cypher = compileFilter(name, filter, { node: 'n' }, scope);
  return { cypher, params: scope.params, needsDefaultDocument: scope.needsDefaultDocument };
}

describe('compileFilter: a GraphQL filter in, Cypher and parameters out', () => {
  it('sets no condition for a missing or empty filter', () => {
    const none = { cypher: 'true', params: {}, needsDefaultDocument: false };
    expect(compile('ProjectFilter', null)).toEqual(none);
    expect(compile('ProjectFilter', {})).toEqual(none);
    expect(compile('ProjectFilter', { name: null, kind: null })).toEqual(none);
  });

  it('turns text conditions into parameters', () => {
    expect(
      compile('IndustryFilter', { name: { contains: '化工', startsWith: '绿' } }),
    ).toMatchObject({
      cypher:
        "(toLower(coalesce(n.name, '')) CONTAINS toLower($p0)) AND (coalesce(n.name, '') STARTS WITH $p1)",
      params: { p0: '化工', p1: '绿' },
    });
  });

  it('matches a name or any alias', () => {
    expect(compile('AdminDivisionFilter', { nameOrAlias: { equals: '并研县' } })).toMatchObject({
      cypher: "any(name0 IN [n.name] + coalesce(n.aliases, []) WHERE coalesce(name0, '') = $p0)",
      params: { p0: '并研县' },
    });
  });

  it('stores kinds and phases in snake_case', () => {
    expect(
      compile('IndustryFilter', { kind: ['HUNDRED_BILLION_CLUSTER', 'SUB_INDUSTRY'] }).params,
    ).toEqual({
      p0: ['hundred_billion_cluster', 'sub_industry'],
    });
  });

  it('reads a project year and phase as conditions on one and the same status', () => {
    const phases = statusPhases(
      'coalesce(status0.phase, r1.phase)',
      'coalesce(status0.wording, r1.wording)',
      '$p2',
    );
    expect(compile('ProjectFilter', { year: 2024, phase: ['COMPLETED'] })).toMatchObject({
      cypher:
        'EXISTS { MATCH (n)-[r1:HAS_STATUS]->(status0:Status) WHERE (coalesce(coalesce(status0.year, r1.year) = $p0, false)) ' +
        `AND (coalesce(any(phase2 IN ${phases} WHERE phase2 IN $p1), false)) }`,
      params: { p0: 2024, p1: ['completed'], p2: ['竣工投产'] },
    });
  });

  it('reads a phase through statusPhases, the rule the grouped counts use: 竣工投产 is also IN_OPERATION', () => {
    const scope = new CypherScope();
    const cypher = compileFilter(
      'StatusFilter',
      { phase: ['IN_OPERATION'] },
      { node: 's', rel: 'r' },
      scope,
    );
    expect(cypher).toBe(
      `coalesce(any(phase0 IN ${statusPhases('coalesce(s.phase, r.phase)', 'coalesce(s.wording, r.wording)', '$p1')} WHERE phase0 IN $p0), false)`,
    );
    expect(scope.params).toEqual({ p0: ['in_operation'], p1: ['竣工投产'] });
  });

  it('looks a section label up in the document the filter names, else in the only one loaded', () => {
    const byLabel = compile('IndustryFilter', { mentionedInSection: '二、(一)' });
    expect(byLabel.cypher).toContain(
      '(section0.id = $p0 OR (section0.label = $p0 AND section0.documentId = $defaultDocument))',
    );
    expect(byLabel.params).toEqual({ p0: '二、(一)', defaultDocument: null });
    expect(byLabel.needsDefaultDocument).toBe(true);

    // A section id names its document: the text is the same, and no default is needed.
    const byId = compile('IndustryFilter', { mentionedInSection: 'Section:leshan-2025:二、(一)' });
    expect(byId.cypher).toBe(byLabel.cypher);
    expect(byId.needsDefaultDocument).toBe(false);

    const named = compile('IndustryFilter', {
      mentionedInSection: '二、(一)',
      mentionedInDocument: 'Document:leshan-2025',
    });
    expect(named.cypher).toBe(
      '(EXISTS { MATCH (n)-[:MENTIONED_IN]->(at0) WHERE at0.documentId = $p0 }) AND ' +
        '(EXISTS { MATCH (n)-[:MENTIONED_IN]->(at3), (section1:Section)-[:HAS_SUBSECTION*0..2]->(inner2:Section) ' +
        'WHERE (section1.id = $p1 OR (section1.label = $p1 AND section1.documentId = $p0)) ' +
        'AND (at3 = inner2 OR (inner2)-[:HAS_PARAGRAPH]->(at3)) })',
    );
    expect(named.params).toEqual({ p0: 'Document:leshan-2025', p1: '二、(一)' });
    expect(named.needsDefaultDocument).toBe(false);
  });

  it('combines AND, OR and NOT', () => {
    expect(
      compile('PolicyFilter', {
        OR: [{ hasFootnote: true }, { NOT: { kind: ['FUND'] } }],
        AND: [],
      }),
    ).toMatchObject({
      cypher: '(EXISTS { (n)<-[:ANNOTATES]-(:Footnote) }) OR (NOT (n.kind IN $p0))',
      params: { p0: ['fund'] },
    });
    expect(compile('PolicyFilter', { OR: [] }).cypher).toBe('false');
  });

  it('quantifies over related nodes with some, none and all', () => {
    const { cypher, params } = compile('OrganizationFilter', {
      projects: {
        some: { industry: '绿色化工' },
        none: { kind: ['GROUP'] },
        all: { hasFootnote: false },
      },
    });
    expect(cypher).toBe(
      `(EXISTS { MATCH (n)<-[r1:UNDERTAKEN_BY]-(x0:Project) WHERE EXISTS { MATCH (x0)-[:IN_INDUSTRY]->(:Industry)-[:PART_OF${HIERARCHY_HOPS}]->(industry2:Industry) ` +
        'WHERE (industry2.id = $p0 OR industry2.name = $p0 OR $p0 IN coalesce(industry2.aliases, [])) } }) ' +
        'AND (NOT EXISTS { MATCH (n)<-[r4:UNDERTAKEN_BY]-(x3:Project) WHERE x3.kind IN $p1 }) ' +
        'AND (NOT EXISTS { MATCH (n)<-[r6:UNDERTAKEN_BY]-(x5:Project) WHERE NOT (NOT EXISTS { (x5)<-[:ANNOTATES]-(:Footnote) }) })',
    );
    expect(params).toEqual({ p0: '绿色化工', p1: ['group'] });
  });

  it('follows relationships of the allowed types only, with the entity as a parameter', () => {
    const { cypher, params } = compile('AdminDivisionFilter', {
      relatedTo: { types: ['SEEKS'], direction: 'OUT', entity: '省级经开区', year: 2025 },
    });
    expect(cypher).toBe(
      'EXISTS { MATCH (n)-[rel0]->(other1:Entity) WHERE (type(rel0) IN $p0) AND ' +
        '((other1.id = $p1 OR other1.name = $p1 OR $p1 IN coalesce(other1.aliases, []))) AND (coalesce(rel0.year = $p2, false)) }',
    );
    expect(params).toEqual({ p0: ['SEEKS'], p1: '省级经开区', p2: 2025 });
  });

  it('finds indicators that missed a target only through a gap to a 目标', () => {
    const { cypher, params } = compile('IndicatorFilter', { missedTarget: 2024 });
    expect(cypher).toContain('.gapAgainstTarget');
    expect(params).toEqual({ p0: 2024 });
  });

  it('never puts a value into the Cypher text: the same shape gives the same text', () => {
    const a = compile('ProjectFilter', {
      county: '马边彝族自治县',
      nameOrAlias: { contains: "'; DETACH DELETE n //" },
    });
    const b = compile('ProjectFilter', { county: '沐川县', nameOrAlias: { contains: '园区' } });
    expect(a.cypher).toBe(b.cypher);
    expect(a.cypher).not.toContain('DETACH');
    expect(a.cypher).not.toContain('马边');
  });
});

describe('listQuery: a page of a list as one keyset query', () => {
  it('sorts by the given keys and then the id, and fetches one row more than the page', () => {
    const { query, request } = listQuery(
      'Project',
      'ProjectFilter',
      { first: 10, filter: { year: 2024 } },
      100,
    );
    expect(request).toEqual({ size: 10, backward: false, after: null, before: null });
    expect(query.page).toContain('MATCH (n:Project)');
    expect(query.page).toContain("WITH n, coalesce(n.pinyin, '') AS k0, n.id AS k1");
    expect(query.page).toContain('ORDER BY k0 ASC, k1 ASC');
    expect(query.params).toEqual({ p0: 2024, p1: 11 });
    expect(query.count).toContain('RETURN count(n) AS total');
  });

  it('pages backward by reading in reverse from the cursor', () => {
    const first = listQuery(
      'Industry',
      'IndustryFilter',
      { orderBy: [{ field: 'NAME', direction: 'DESC' }] },
      100,
    );
    const cursor = Buffer.from(
      JSON.stringify({ o: first.signature, k: ['晶硅光伏', 'Industry:晶硅光伏'] }),
    ).toString('base64url');
    const { query, request } = listQuery(
      'Industry',
      'IndustryFilter',
      { last: 5, before: cursor, orderBy: [{ field: 'NAME', direction: 'DESC' }] },
      100,
    );
    expect(request.backward).toBe(true);
    expect(query.page).toContain('WHERE (k0 > $p0 OR (k0 = $p0 AND (k1 < $p1)))');
    expect(query.page).toContain('ORDER BY k0 ASC, k1 DESC');
  });
});

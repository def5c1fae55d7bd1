import type {
  Direction,
  EntityType,
  FloatFilter,
  IntFilter,
  Phase,
  RelationFilter,
  TextFilter,
} from '../../generated/graphql';
import { isSectionId } from '../../documentScope';
import { HIERARCHY_HOPS, HIERARCHY_HOPS_STRICT } from './hierarchy';
import { ENTITY_RELATION_TYPES, LABEL_OF_TYPE, fromEnum } from './labels';
import { COMPLETED_AND_OPERATING, statusPhases } from './phases';

/**
 * The filter compiler: a GraphQL filter input in, a Cypher predicate plus parameters out.
 * Pure (no database), so it is unit-tested as text. Every value becomes a `$parameter`;
 * the Cypher around them comes from the fixed fragments below, so the text depends only
 * on which filter fields were used, never on their values, and labels and relationship
 * types are spelled here, not taken from input.
 */

/** Hands out parameter and variable names unique within one query. */
export class CypherScope {
  readonly params: Record<string, unknown> = {};
  /**
   * Whether a section label was given with no document to look it up in. The text then
   * reads `$defaultDocument`, which the caller sets to the only loaded document (or
   * refuses the request when there are several): see listEntities.
   */
  needsDefaultDocument = false;
  private parameters = 0;
  private variables = 0;

  param(value: unknown): string {
    const name = `p${this.parameters++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  variable(prefix: string): string {
    return `${prefix}${this.variables++}`;
  }

  /** The document a section label is looked up in when the filter names none. */
  defaultDocument(section: string): string {
    this.params.defaultDocument ??= null;
    if (!isSectionId(section)) this.needsDefaultDocument = true;
    return '$defaultDocument';
  }
}

export type FilterName =
  | 'EntityFilter'
  | 'AdminDivisionFilter'
  | 'IndustryFilter'
  | 'ProjectFilter'
  | 'OrganizationFilter'
  | 'PolicyFilter'
  | 'PlaceFilter'
  | 'EventFilter'
  | 'IndicatorFilter'
  | 'StatusFilter'
  | 'ObservationFilter';

/** The node being filtered and, for a status or observation, the edge that reached it. */
interface At {
  node: string;
  rel?: string;
}

type Input = Record<string, unknown>;
type FieldCompiler = (value: never, at: At, scope: CypherScope) => string;
/** Compiles fields that must hold for one and the same related node (year + phase). */
type GroupCompiler = (values: Input, at: At, scope: CypherScope) => string;

interface FilterSpec {
  fields: Record<string, FieldCompiler>;
  groups?: { fields: string[]; compile: GroupCompiler }[];
}

/** A possibly-null comparison as a strict boolean, so that NOT and `all` stay correct. */
const strict = (predicate: string) => `coalesce(${predicate}, false)`;

function joinAnd(all: string[]): string {
  const parts = all.filter((part) => part !== 'true');
  if (parts.length === 0) return 'true';
  if (parts.length === 1) return parts[0];
  return parts.map((part) => `(${part})`).join(' AND ');
}

/** `isNull: true` holds when the value is absent, `false` when it is present. */
function nullPredicate(expression: string, isNull: boolean | null | undefined): string[] {
  if (isNull == null) return [];
  return [`${expression} IS ${isNull ? '' : 'NOT '}NULL`];
}

function textPredicate(expression: string, filter: TextFilter, scope: CypherScope): string {
  const text = `coalesce(${expression}, '')`;
  const parts = nullPredicate(expression, filter.isNull);
  if (filter.equals != null) parts.push(`${text} = ${scope.param(filter.equals)}`);
  if (filter.contains != null) {
    parts.push(`toLower(${text}) CONTAINS toLower(${scope.param(filter.contains)})`);
  }
  if (filter.startsWith != null)
    parts.push(`${text} STARTS WITH ${scope.param(filter.startsWith)}`);
  if (filter.endsWith != null) parts.push(`${text} ENDS WITH ${scope.param(filter.endsWith)}`);
  if (filter.in != null) parts.push(`${text} IN ${scope.param(filter.in)}`);
  return joinAnd(parts);
}

const COMPARISONS = { equals: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** A FloatFilter or an IntFilter on a possibly-null number. */
function numberPredicate(
  expression: string,
  filter: FloatFilter | IntFilter,
  scope: CypherScope,
): string {
  const parts = 'isNull' in filter ? nullPredicate(expression, filter.isNull) : [];
  for (const [key, operator] of Object.entries(COMPARISONS)) {
    const value = filter[key as keyof typeof COMPARISONS];
    if (value != null) parts.push(strict(`${expression} ${operator} ${scope.param(value)}`));
  }
  if ('in' in filter && filter.in != null)
    parts.push(strict(`${expression} IN ${scope.param(filter.in)}`));
  return joinAnd(parts);
}

/** The entity is the one this text names: its id, canonical name or any alias. */
function namedBy(variable: string, parameter: string): string {
  return `(${variable}.id = ${parameter} OR ${variable}.name = ${parameter} OR ${parameter} IN coalesce(${variable}.aliases, []))`;
}

/** A phase list, read through statusPhases: IN_OPERATION also matches 竣工投产. */
function phasePredicate(
  phase: string,
  wording: string,
  phases: Phase[],
  scope: CypherScope,
): string {
  const stored = scope.param(phases.map(fromEnum));
  const counted = statusPhases(phase, wording, scope.param(COMPLETED_AND_OPERATING));
  const x = scope.variable('phase');
  return strict(`any(${x} IN ${counted} WHERE ${x} IN ${stored})`);
}

/** Every field an entity filter of any type has. */
const entityFields: Record<string, FieldCompiler> = {
  id: (ids: string[], { node }, scope) => `${node}.id IN ${scope.param(ids)}`,
  name: (filter: TextFilter, { node }, scope) => textPredicate(`${node}.name`, filter, scope),
  nameOrAlias: (filter: TextFilter, { node }, scope) => {
    const name = scope.variable('name');
    return `any(${name} IN [${node}.name] + coalesce(${node}.aliases, []) WHERE ${textPredicate(name, filter, scope)})`;
  },
  nameEn: (filter: TextFilter, { node }, scope) => textPredicate(`${node}.nameEn`, filter, scope),
  kind: (kinds: string[], { node }, scope) => `${node}.kind IN ${scope.param(kinds.map(fromEnum))}`,
  hasFootnote: (has: boolean, { node }) =>
    `${has ? '' : 'NOT '}EXISTS { (${node})<-[:ANNOTATES]-(:Footnote) }`,
  mentionedInParagraph: (paragraph: string, { node }, scope) =>
    `EXISTS { (${node})-[:MENTIONED_IN]->(:Paragraph {id: ${scope.param(paragraph)}}) }`,
  mentionCount: (filter: IntFilter, { node }, scope) =>
    numberPredicate(`COUNT { (${node})-[:MENTIONED_IN]->() }`, filter, scope),
  relatedTo: (filter: RelationFilter, { node }, scope) => relationPredicate(node, filter, scope),
};

/** The arrow halves of a relationship pattern, by direction. */
export const ARROWS: Record<Direction, [string, string]> = {
  OUT: ['-', '->'],
  IN: ['<-', '-'],
  BOTH: ['-', '-'],
};

function relationPredicate(node: string, filter: RelationFilter, scope: CypherScope): string {
  const r = scope.variable('rel');
  const other = scope.variable('other');
  const [left, right] = ARROWS[filter.direction ?? 'BOTH'];
  const types = filter.types?.length ? filter.types : ENTITY_RELATION_TYPES;
  const parts = [`type(${r}) IN ${scope.param(types)}`];
  if (filter.entity != null) parts.push(namedBy(other, scope.param(filter.entity)));
  if (filter.entityType != null) parts.push(labelPredicate(other, filter.entityType, scope));
  if (filter.year != null) parts.push(strict(`${r}.year = ${scope.param(filter.year)}`));
  if (filter.yearRange != null) parts.push(numberPredicate(`${r}.year`, filter.yearRange, scope));
  if (filter.phase != null)
    parts.push(phasePredicate(`${r}.phase`, `${r}.wording`, filter.phase, scope));
  if (filter.commitment != null)
    parts.push(strict(`${r}.commitment IN ${scope.param(filter.commitment)}`));
  if (filter.quote != null) parts.push(textPredicate(`${r}.quote`, filter.quote, scope));
  return `EXISTS { MATCH (${node})${left}[${r}]${right}(${other}:Entity) WHERE ${joinAnd(parts)} }`;
}

function labelPredicate(node: string, types: EntityType[], scope: CypherScope): string {
  const label = scope.variable('label');
  const labels = types.map((type) => LABEL_OF_TYPE[type]);
  return `any(${label} IN labels(${node}) WHERE ${label} IN ${scope.param(labels)})`;
}

/**
 * A some/none/all condition over the nodes a fixed pattern reaches. `pattern` receives
 * the filtered node, the related node's variable and the relationship's variable.
 */
function related(
  pattern: (node: string, other: string, rel: string) => string,
  target: FilterName,
): FieldCompiler {
  return (
    value: Record<'some' | 'none' | 'all' | 'single', Input | null | undefined>,
    { node },
    scope,
  ) => {
    const parts: string[] = [];
    for (const quantifier of ['some', 'none', 'all', 'single'] as const) {
      const inner = value[quantifier];
      if (inner == null) continue;
      const other = scope.variable('x');
      const rel = scope.variable('r');
      const match = pattern(node, other, rel);
      const predicate = compileFilter(target, inner, { node: other, rel }, scope);
      if (quantifier === 'some') parts.push(`EXISTS { MATCH ${match} WHERE ${predicate} }`);
      if (quantifier === 'none') parts.push(`NOT EXISTS { MATCH ${match} WHERE ${predicate} }`);
      if (quantifier === 'all')
        parts.push(`NOT EXISTS { MATCH ${match} WHERE NOT (${predicate}) }`);
      if (quantifier === 'single') parts.push(`COUNT { MATCH ${match} WHERE ${predicate} } = 1`);
    }
    return joinAnd(parts);
  };
}

/**
 * `mentionedInSection` and `mentionedInDocument`, read together: a section label is looked
 * up in the document the filter names, else in the only one loaded (every report has its
 * 二、(三)). A section id names its document itself.
 */
const mentionedIn: GroupCompiler = (
  { mentionedInSection: section, mentionedInDocument: document },
  { node },
  scope,
) => {
  const parts: string[] = [];
  const d = document != null ? scope.param(document) : null;
  if (d !== null) {
    const t = scope.variable('at');
    parts.push(`EXISTS { MATCH (${node})-[:MENTIONED_IN]->(${t}) WHERE ${t}.documentId = ${d} }`);
  }
  if (section != null) {
    const s = scope.variable('section');
    const inner = scope.variable('inner');
    const t = scope.variable('at');
    const p = scope.param(section);
    const inDocument = d ?? scope.defaultDocument(section as string);
    // A mention stands in a paragraph of the section or of a sub-section, or in a heading.
    parts.push(
      `EXISTS { MATCH (${node})-[:MENTIONED_IN]->(${t}), (${s}:Section)-[:HAS_SUBSECTION*0..2]->(${inner}:Section) ` +
        `WHERE (${s}.id = ${p} OR (${s}.label = ${p} AND ${s}.documentId = ${inDocument})) ` +
        `AND (${t} = ${inner} OR (${inner})-[:HAS_PARAGRAPH]->(${t})) }`,
    );
  }
  return joinAnd(parts);
};

const MENTIONED_IN_GROUP = {
  fields: ['mentionedInSection', 'mentionedInDocument'],
  compile: mentionedIn,
};

/** From an entity to the divisions it is located in, directly or through places and divisions. */
const COUNTY_PATH = (node: string, division: string) =>
  `(${node})-[:LOCATED_IN]->()-[:PART_OF|LOCATED_IN${HIERARCHY_HOPS}]->(${division}:AdminDivision)`;

/**
 * From an entity (first through `through`, a fixed fragment) to its industries and the
 * ones they are part of (PART_OF, up to HIERARCHY_DEPTH).
 */
const INDUSTRY_PATH = (node: string, industry: string, through = '') =>
  `(${node})${through}-[:IN_INDUSTRY]->(:Industry)-[:PART_OF${HIERARCHY_HOPS}]->(${industry}:Industry)`;

const ORGANIZATION_PATH = (node: string, organization: string) =>
  `(${node})-[:UNDERTAKEN_BY]->(${organization}:Organization)`;

/**
 * The entity reaches, along `path`, the one the text names (id, name or alias): the
 * predicate of a field that may also anchor a list (ANCHORS below uses the same path).
 */
function reachesNamed(
  path: (node: string, other: string) => string,
  prefix: string,
): (name: string, at: At, scope: CypherScope) => string {
  return (name, { node }, scope) => {
    const other = scope.variable(prefix);
    return `EXISTS { MATCH ${path(node, other)} WHERE ${namedBy(other, scope.param(name))} }`;
  };
}

/** Located in the named division, directly or through places and divisions inside it. */
const inCounty = reachesNamed(COUNTY_PATH, 'division');

/** In the named industry or in one that is part of it (PART_OF, up to HIERARCHY_DEPTH). */
const inIndustry = reachesNamed(INDUSTRY_PATH, 'industry');

/** Undertaken by the named organisation. */
const undertakenByNamed = reachesNamed(ORGANIZATION_PATH, 'organization');

/** Undertakes a project in the named industry (or in one that is part of it). */
const undertakesInIndustry = reachesNamed(
  (node, industry) => INDUSTRY_PATH(node, industry, '<-[:UNDERTAKEN_BY]-(:Project)'),
  'industry',
);

/**
 * A condition at the top of a filter that names one entity (an industry, a county, an
 * organisation): a list can start from that entity, found by index, and walk to the
 * rows it reaches, instead of testing every row of its label.
 */
export interface Anchor {
  /** The label of the entity named. */
  label: 'Industry' | 'AdminDivision' | 'Organization';
  /** Its id, canonical name or alias, as the filter gives it. */
  name: string;
  /** The pattern from a filtered row (`node`) to the entity (`anchor`). */
  path: (node: string, anchor: string) => string;
}

const ANCHORS: Partial<Record<FilterName, Record<string, Omit<Anchor, 'name'>>>> = {
  ProjectFilter: {
    industry: { label: 'Industry', path: INDUSTRY_PATH },
    county: { label: 'AdminDivision', path: COUNTY_PATH },
    organization: { label: 'Organization', path: ORGANIZATION_PATH },
  },
  OrganizationFilter: { county: { label: 'AdminDivision', path: COUNTY_PATH } },
  PlaceFilter: { county: { label: 'AdminDivision', path: COUNTY_PATH } },
};

/**
 * The first anchored condition of the filter's top level (or of a top-level AND), if
 * any. Every row the filter admits meets it, so the rows reached from the anchor are a
 * superset of the answer, and the whole filter still decides.
 */
export function anchorOf(name: FilterName, filter: Input | null | undefined): Anchor | null {
  if (filter == null) return null;
  const anchors = ANCHORS[name] ?? {};
  for (const [field, spec] of Object.entries(anchors)) {
    const value = filter[field];
    if (typeof value === 'string') return { ...spec, name: value };
  }
  for (const inner of (filter.AND as Input[] | null | undefined) ?? []) {
    const anchor = anchorOf(name, inner);
    if (anchor) return anchor;
  }
  return null;
}

/**
 * The entities of `anchor.label` that `name` names, each found by an index: the id by
 * its uniqueness constraint, the name by `entity_name`, an alias through the full-text
 * index (then checked exactly), as `variable`.
 */
export function anchorLookup(anchor: Anchor, variable: string, scope: CypherScope): string {
  const name = scope.param(anchor.name);
  const phrase = scope.param(`aliases:"${anchor.name.replace(/["\\]/g, '\\$&')}"`);
  const label = anchor.label;
  return [
    'CALL {',
    `  MATCH (${variable}:Entity {id: ${name}}) WHERE ${variable}:${label} RETURN ${variable}`,
    '  UNION',
    `  MATCH (${variable}:Entity {name: ${name}}) WHERE ${variable}:${label} RETURN ${variable}`,
    '  UNION',
    `  CALL db.index.fulltext.queryNodes('entitySearch', ${phrase}) YIELD node AS ${variable}`,
    `  WITH ${variable} WHERE ${variable}:${label} AND ${name} IN ${variable}.aliases RETURN ${variable}`,
    '}',
  ].join('\n');
}

const statusFields: Record<string, FieldCompiler> = {
  wording: (filter: TextFilter, { node, rel }, scope) =>
    textPredicate(`coalesce(${node}.wording, ${rel}.wording)`, filter, scope),
  commitment: (commitments: string[], { node, rel }, scope) =>
    strict(`coalesce(${rel}.commitment, ${node}.commitment) IN ${scope.param(commitments)}`),
};

/** Year and phase of one status: on the Status node, or on the HAS_STATUS edge. */
const statusYearAndPhase: GroupCompiler = ({ year, yearRange, phase }, { node, rel }, scope) => {
  const parts: string[] = [];
  const statusYear = `coalesce(${node}.year, ${rel}.year)`;
  if (year != null) parts.push(strict(`${statusYear} = ${scope.param(year)}`));
  if (yearRange != null) parts.push(numberPredicate(statusYear, yearRange as IntFilter, scope));
  if (phase != null) {
    parts.push(
      phasePredicate(
        `coalesce(${node}.phase, ${rel}.phase)`,
        `coalesce(${node}.wording, ${rel}.wording)`,
        phase as Phase[],
        scope,
      ),
    );
  }
  return joinAnd(parts);
};

/** A project's `year` and `phase` shortcut: one and the same status has both. */
const projectStatus: GroupCompiler = (values, { node }, scope) => {
  const s = scope.variable('status');
  const r = scope.variable('r');
  const predicate = statusYearAndPhase(values, { node: s, rel: r }, scope);
  return `EXISTS { MATCH (${node})-[${r}:HAS_STATUS]->(${s}:Status) WHERE ${predicate} }`;
};

/**
 * An estimate that fell short of its target, by the rule `Indicator.comparison` uses: what
 * the text says (met), else the sign of a gap the seed marked as against a target.
 */
const missedTarget: FieldCompiler = (year: number, { node }, scope) => {
  const o = scope.variable('observation');
  return (
    `EXISTS { MATCH (${node})-[:HAS_OBSERVATION]->(${o}:Observation) ` +
    `WHERE ${o}.year = ${scope.param(year)} AND ${o}.kind = 'estimate' AND ` +
    strict(`coalesce(${o}.met, CASE WHEN ${o}.gapAgainstTarget THEN ${o}.gap >= 0 END) = false`) +
    ' }'
  );
};

const SPECS: Record<FilterName, FilterSpec> = {
  EntityFilter: {
    fields: {
      ...entityFields,
      type: (types: EntityType[], { node }, scope) => labelPredicate(node, types, scope),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  AdminDivisionFilter: {
    fields: {
      ...entityFields,
      code: (codes: string[], { node }, scope) => `${node}.code IN ${scope.param(codes)}`,
      partOf: (division: string, { node }, scope) => {
        const a = scope.variable('division');
        return `EXISTS { MATCH (${node})-[:PART_OF${HIERARCHY_HOPS_STRICT}]->(${a}:AdminDivision) WHERE ${namedBy(a, scope.param(division))} }`;
      },
      projects: related((n, x, r) => `(${n})<-[${r}:LOCATED_IN]-(${x}:Project)`, 'ProjectFilter'),
      supportedBy: related((n, x, r) => `(${n})<-[${r}:SUPPORTS]-(${x}:Policy)`, 'PolicyFilter'),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  IndustryFilter: {
    fields: {
      ...entityFields,
      partOf: (industry: string, { node }, scope) => {
        const i = scope.variable('industry');
        return `EXISTS { MATCH (${node})-[:PART_OF${HIERARCHY_HOPS_STRICT}]->(${i}:Industry) WHERE ${namedBy(i, scope.param(industry))} }`;
      },
      projects: related((n, x, r) => `(${n})<-[${r}:IN_INDUSTRY]-(${x}:Project)`, 'ProjectFilter'),
      organizations: related(
        (n, x, r) => `(${n})<-[${r}:IN_INDUSTRY]-(${x}:Organization)`,
        'OrganizationFilter',
      ),
      supportedBy: related((n, x, r) => `(${n})<-[${r}:SUPPORTS]-(${x}:Policy)`, 'PolicyFilter'),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  ProjectFilter: {
    fields: {
      ...entityFields,
      county: inCounty,
      industry: inIndustry,
      organization: undertakenByNamed,
      statuses: related((n, x, r) => `(${n})-[${r}:HAS_STATUS]->(${x}:Status)`, 'StatusFilter'),
      industries: related(
        (n, x, r) => `(${n})-[${r}:IN_INDUSTRY]->(${x}:Industry)`,
        'IndustryFilter',
      ),
      adminDivisions: related(
        (n, x, r) => `(${n})-[${r}:LOCATED_IN]->(${x}:AdminDivision)`,
        'AdminDivisionFilter',
      ),
      undertakenBy: related(
        (n, x, r) => `(${n})-[${r}:UNDERTAKEN_BY]->(${x}:Organization)`,
        'OrganizationFilter',
      ),
      fundedBy: related((n, x, r) => `(${n})-[${r}:FUNDED_BY]->(${x}:Policy)`, 'PolicyFilter'),
      supportedBy: related((n, x, r) => `(${n})<-[${r}:SUPPORTS]-(${x}:Policy)`, 'PolicyFilter'),
    },
    groups: [
      MENTIONED_IN_GROUP,
      { fields: ['year', 'yearRange', 'phase'], compile: projectStatus },
    ],
  },
  OrganizationFilter: {
    fields: {
      ...entityFields,
      county: inCounty,
      industry: (industry: string, { node }, scope) =>
        `${inIndustry(industry, { node }, scope)} OR ${undertakesInIndustry(industry, { node }, scope)}`,
      projects: related(
        (n, x, r) => `(${n})<-[${r}:UNDERTAKEN_BY]-(${x}:Project)`,
        'ProjectFilter',
      ),
      industries: related(
        (n, x, r) => `(${n})-[${r}:IN_INDUSTRY]->(${x}:Industry)`,
        'IndustryFilter',
      ),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  PolicyFilter: {
    fields: {
      ...entityFields,
      supports: (entity: string, { node }, scope) => {
        const e = scope.variable('supported');
        return `EXISTS { MATCH (${node})-[:SUPPORTS]->(${e}:Entity) WHERE ${namedBy(e, scope.param(entity))} }`;
      },
      supported: related((n, x, r) => `(${n})-[${r}:SUPPORTS]->(${x}:Entity)`, 'EntityFilter'),
      funds: related((n, x, r) => `(${n})<-[${r}:FUNDED_BY]-(${x}:Project)`, 'ProjectFilter'),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  PlaceFilter: { fields: { ...entityFields, county: inCounty }, groups: [MENTIONED_IN_GROUP] },
  EventFilter: {
    fields: {
      ...entityFields,
      county: (county: string, { node }, scope) => {
        const a = scope.variable('division');
        return (
          `EXISTS { MATCH (${node})-[:LOCATED_IN|HOSTS]-()-[:PART_OF|LOCATED_IN${HIERARCHY_HOPS}]->(${a}:AdminDivision) ` +
          `WHERE ${namedBy(a, scope.param(county))} }`
        );
      },
    },
    groups: [MENTIONED_IN_GROUP],
  },
  IndicatorFilter: {
    fields: {
      ...entityFields,
      year: (year: number, { node }, scope) => {
        const o = scope.variable('observation');
        return `EXISTS { MATCH (${node})-[:HAS_OBSERVATION]->(${o}:Observation) WHERE ${o}.year = ${scope.param(year)} }`;
      },
      missedTarget,
      observations: related(
        (n, x, r) => `(${n})-[${r}:HAS_OBSERVATION]->(${x}:Observation)`,
        'ObservationFilter',
      ),
    },
    groups: [MENTIONED_IN_GROUP],
  },
  StatusFilter: {
    fields: statusFields,
    groups: [{ fields: ['year', 'yearRange', 'phase'], compile: statusYearAndPhase }],
  },
  ObservationFilter: {
    fields: {
      year: (year: number, { node }, scope) => strict(`${node}.year = ${scope.param(year)}`),
      yearRange: (filter: IntFilter, { node }, scope) =>
        numberPredicate(`${node}.year`, filter, scope),
      kind: (kinds: string[], { node }, scope) =>
        `${node}.kind IN ${scope.param(kinds.map(fromEnum))}`,
      value: (filter: FloatFilter, { node }, scope) =>
        numberPredicate(`${node}.value`, filter, scope),
      gap: (filter: FloatFilter, { node }, scope) => numberPredicate(`${node}.gap`, filter, scope),
      unit: (units: string[], { node }, scope) => strict(`${node}.unit IN ${scope.param(units)}`),
      measure: (measures: string[], { node }, scope) =>
        `coalesce(${node}.measure, 'level') IN ${scope.param(measures.map(fromEnum))}`,
      curated: (curated: boolean, { node }, scope) =>
        `coalesce(${node}.curated, false) = ${scope.param(curated)}`,
    },
  },
};

/**
 * Compiles `filter` (an input of type `name`) into a predicate on `at.node`; `true` when
 * it sets no condition. Null fields set no condition, as GraphQL clients expect; an empty
 * OR matches nothing and an empty AND everything, as in logic.
 */
export function compileFilter(
  name: FilterName,
  filter: Input | null | undefined,
  at: At,
  scope: CypherScope,
): string {
  if (filter == null) return 'true';
  const spec = SPECS[name];
  const parts: string[] = [];
  const grouped = new Set(spec.groups?.flatMap((group) => group.fields));
  for (const group of spec.groups ?? []) {
    const values = Object.fromEntries(group.fields.map((field) => [field, filter[field]]));
    if (Object.values(values).some((value) => value != null))
      parts.push(group.compile(values, at, scope));
  }
  for (const [field, value] of Object.entries(filter)) {
    if (value == null || grouped.has(field)) continue;
    if (field === 'AND') {
      parts.push(joinAnd((value as Input[]).map((inner) => compileFilter(name, inner, at, scope))));
    } else if (field === 'OR') {
      const alternatives = (value as Input[]).map(
        (inner) => `(${compileFilter(name, inner, at, scope)})`,
      );
      parts.push(alternatives.length ? alternatives.join(' OR ') : 'false');
    } else if (field === 'NOT') {
      parts.push(`NOT (${compileFilter(name, value as Input, at, scope)})`);
    } else {
      const compileField = spec.fields[field];
      // GraphQL validation admits only declared fields, so a miss is a schema/compiler drift.
      if (!compileField) throw new Error(`the filter compiler has no rule for ${name}.${field}`);
      parts.push(
        (compileField as (value: unknown, at: At, scope: CypherScope) => string)(value, at, scope),
      );
    }
  }
  return joinAnd(parts);
}

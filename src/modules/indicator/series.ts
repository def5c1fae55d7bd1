import type { IntFilter } from '../../generated/graphql';
import type { Database } from '../../neo4j';
import type { DocumentModel } from '../document/model';
import type { EntityModel } from '../entity/model';
import { compileFilter, CypherScope } from '../entity/filter';
import {
  differenceUnitOf,
  estimateAgainstTarget,
  isReached,
  type ObservationRow,
} from './comparison';
import type { ObservationModel } from './model';

/** One row of `indicatorSeries`: one indicator in one region and year, across reports. */
export interface IndicatorSeriesRowModel {
  indicator: EntityModel;
  region: EntityModel | null;
  year: number;
  unit: string | null;
  differenceUnit: string | null;
  target: number | null;
  targetText: string | null;
  targetWording: string | null;
  targetDerived: boolean;
  estimate: number | null;
  estimateText: string | null;
  gap: number | null;
  metTarget: boolean | null;
  targetObservation: ObservationModel | null;
  estimateObservation: ObservationModel | null;
}

interface Located {
  observation: ObservationRow;
  document: DocumentModel;
}

/**
 * The target for `year`: the one the report planning that year set (its 预期目标), else the
 * one the report on that year states or implies by its gap; a later report wins a tie.
 */
function targetFor(year: number, found: Located[]): Located | null {
  const targets = found.filter(({ observation: o }) => o.year === year && !isReached(o));
  const rank = ({ observation: o, document: d }: Located) =>
    (d.planYear === year && o.kind === 'target' ? 0 : d.executionYear === year ? 1 : 2) * 2 +
    (o.kind === 'target' ? 0 : 1);
  return targets.sort((a, b) => rank(a) - rank(b) || later(a, b))[0] ?? null;
}

/** What `year` reached: an actual figure before an estimate, a later report's before an earlier. */
function reachedIn(year: number, found: Located[]): Located | null {
  const reached = found.filter(({ observation: o }) => o.year === year && isReached(o));
  const rank = ({ observation: o }: Located) => (o.kind === 'actual' ? 0 : 1);
  return reached.sort((a, b) => rank(a) - rank(b) || later(a, b))[0] ?? null;
}

function later(a: Located, b: Located): number {
  return (b.document.deliveredOn ?? b.document.id).localeCompare(
    a.document.deliveredOn ?? a.document.id,
  );
}

/**
 * One region's rows from the observations of every report about it: for each year, the
 * target set for it beside what the next report says it reached, and the gap between.
 */
export function seriesRows(
  indicator: EntityModel,
  region: EntityModel | null,
  found: Located[],
): IndicatorSeriesRowModel[] {
  const years = [...new Set(found.map(({ observation: o }) => o.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const target = targetFor(year, found)?.observation ?? null;
    const estimate = reachedIn(year, found)?.observation ?? null;
    const unit = estimate?.unit ?? target?.unit ?? null;
    return {
      indicator,
      region,
      year,
      unit,
      differenceUnit: differenceUnitOf(unit),
      target: (target?.measure ?? 'level') === 'level' ? (target?.value ?? null) : null,
      targetText: target?.text ?? null,
      targetWording: target?.wording ?? null,
      targetDerived: target?.kind === 'derived',
      estimate: estimate?.value ?? null,
      estimateText: estimate?.text ?? null,
      ...estimateAgainstTarget(estimate, target),
      targetObservation: target,
      estimateObservation: estimate,
    };
  });
}

export interface SeriesRequest {
  /** The indicator's id. */
  indicator: string;
  /** Only the reports about these divisions (ids, names or aliases); every report when null. */
  regions?: readonly string[] | null;
  /** Only these years. */
  years?: IntFilter | null;
}

/**
 * The indicator's observations in every report, with the report and the division it is
 * about; the year and region conditions compiled by the filters' own rules.
 */
export function seriesQuery({ indicator, regions = null, years = null }: SeriesRequest) {
  const scope = new CypherScope();
  const onYear = compileFilter(
    'ObservationFilter',
    years ? { yearRange: years } : null,
    { node: 'o' },
    scope,
  );
  const onRegion = compileFilter(
    'AdminDivisionFilter',
    regions ? { OR: [{ id: regions }, { nameOrAlias: { in: regions } }] } : null,
    { node: 'a' },
    scope,
  );
  const cypher = [
    `MATCH (i:Indicator {id: ${scope.param(indicator)}})-[:HAS_OBSERVATION]->(o:Observation)`,
    `WHERE ${onYear}`,
    'MATCH (d:Document {id: o.documentId})',
    'OPTIONAL MATCH (d)-[:ABOUT]->(a:AdminDivision)',
    `WITH i, o, d, a WHERE ${regions ? onRegion : 'true'}`,
    'RETURN i {.*, labels: labels(i)} AS indicator, a {.*, labels: labels(a)} AS region,',
    '  d {.*} AS document, o {.*} AS observation',
    'ORDER BY a.name, d.id, o.year, o.start',
  ].join('\n');
  return { cypher, params: scope.params };
}

/**
 * `indicatorSeries`: rows by region (a report about no known division is a region of its
 * own, `region` null), then by year.
 */
export async function indicatorSeries(
  db: Database,
  request: SeriesRequest,
): Promise<IndicatorSeriesRowModel[]> {
  const { cypher, params } = seriesQuery(request);
  const rows = await db.read<{
    indicator: EntityModel;
    region: EntityModel | null;
    document: DocumentModel;
    observation: ObservationRow;
  }>(cypher, params);
  const groups = new Map<string, { region: EntityModel | null; found: Located[] }>();
  for (const { region, document, observation } of rows) {
    const key = region?.id ?? document.id;
    const group = groups.get(key) ?? { region, found: [] };
    group.found.push({ observation, document });
    groups.set(key, group);
  }
  const indicator = rows[0]?.indicator;
  return [...groups.values()].flatMap(({ region, found }) => seriesRows(indicator, region, found));
}

import type { ObservationGroup } from '../../generated/graphql';
import type { Database } from '../../neo4j';
import { compileFilter, CypherScope } from '../entity/filter';
import type { ObservationModel } from './model';

export interface StatsArgs {
  indicator?: object | null;
  observation?: object | null;
  groupBy?: readonly ObservationGroup[] | null;
}

export interface ObservationStatsModel {
  unit: string | null;
  indicatorId: string | null;
  year: number | null;
  kind: string | null;
  documentId: string | null;
  count: number;
  min: number;
  max: number;
  avg: number;
  sum: number;
  observations: ObservationModel[];
}

/** Each group key as a Cypher expression; a key not grouped by is null in every row. */
const GROUP_KEYS: Record<ObservationGroup, [alias: string, expression: string]> = {
  INDICATOR: ['indicatorId', 'i.id'],
  YEAR: ['year', 'o.year'],
  KIND: ['kind', 'o.kind'],
  DOCUMENT: ['documentId', 'o.documentId'],
};

/**
 * One statement: the observations the filters admit, grouped by unit and the `groupBy`
 * keys, with their aggregates. Its text depends only on which filter fields and keys
 * were used; every value is a parameter.
 */
export function statsQuery(args: StatsArgs) {
  const scope = new CypherScope();
  const onIndicator = compileFilter(
    'IndicatorFilter',
    args.indicator as Record<string, unknown> | null,
    { node: 'i' },
    scope,
  );
  const onObservation = compileFilter(
    'ObservationFilter',
    args.observation as Record<string, unknown> | null,
    { node: 'o', rel: 'r' },
    scope,
  );
  const grouped = new Set(args.groupBy ?? []);
  const keys = (Object.keys(GROUP_KEYS) as ObservationGroup[]).map((group) => {
    const [alias, expression] = GROUP_KEYS[group];
    return `${grouped.has(group) ? expression : 'null'} AS ${alias}`;
  });
  const cypher = [
    'MATCH (i:Indicator)-[r:HAS_OBSERVATION]->(o:Observation)',
    `WHERE o.value IS NOT NULL AND (${onIndicator}) AND (${onObservation})`,
    `WITH i, o, o.unit AS unit, ${keys.join(', ')}`,
    'ORDER BY i.id, o.year, o.kind, o.id',
    'RETURN unit, indicatorId, year, kind, documentId, count(o) AS count,',
    '  min(o.value) AS min, max(o.value) AS max, avg(o.value) AS avg, sum(o.value) AS sum,',
    '  collect(o {.*, indicatorId: i.id}) AS observations',
    'ORDER BY indicatorId, year, kind, documentId, unit',
  ].join('\n');
  return { cypher, params: scope.params, needsDefaultDocument: scope.needsDefaultDocument };
}

export async function observationStats(
  db: Database,
  args: StatsArgs,
  defaultDocument: () => Promise<string | null>,
): Promise<ObservationStatsModel[]> {
  const { cypher, params, needsDefaultDocument } = statsQuery(args);
  if (needsDefaultDocument) params.defaultDocument = await defaultDocument();
  return db.read<ObservationStatsModel>(cypher, params);
}

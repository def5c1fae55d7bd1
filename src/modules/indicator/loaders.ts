import DataLoader from 'dataloader';
import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import { readComparisons, type IndicatorComparisonModel } from './comparison';
import * as cypher from './cypher';
import type { ObservationModel } from './model';

export function indicatorLoaders(db: Database) {
  return {
    observationsByIndicator: batchBy<ObservationModel[]>(
      db,
      cypher.observationsByIndicator,
      'observations',
      [],
    ),
    /** Each indicator's rows of `indicatorComparison`, one per document that gives it values. */
    comparisonsByIndicator: new DataLoader<string, IndicatorComparisonModel[]>(async (ids) => {
      const rows = await readComparisons(db, { indicators: [...ids] });
      return ids.map((id) => rows.filter((row) => row.indicator.id === id));
    }),
  };
}

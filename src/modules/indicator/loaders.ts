import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import * as cypher from './cypher';
import type { EntityModel } from '../entity/model';
import type { ObservationModel } from './model';

export function indicatorLoaders(db: Database) {
  let reportedYear: Promise<number> | undefined;
  return {
    observationsByIndicator: batchBy<ObservationModel[]>(
      db,
      cypher.observationsByIndicator,
      'observations',
      [],
    ),
    indicatorByObservation: batchBy<EntityModel | null>(
      db,
      cypher.indicatorByObservation,
      'entity',
      null,
    ),
    /** The report's first year, read at most once per request however many cards ask. */
    reportedYear: () =>
      (reportedYear ??= db.read<{ year: number | null }>(cypher.reportedYear).then(
        // With no document loaded there is nothing to report on; any year gives empty cards.
        ([row]) => row?.year ?? new Date().getFullYear() - 1,
      )),
  };
}

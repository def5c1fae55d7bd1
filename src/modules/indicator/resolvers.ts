import type { ObservationKind, Resolvers } from '../../generated/graphql';
import type { EntityModel } from '../entity/model';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import * as cypher from './cypher';
import type { ObservationModel } from './model';
import { gapToTarget, metTarget, scorecardOf } from './scorecard';

/** An observation's evidence, flattened on the node by the seed. */
function evidenceOf(observation: ObservationModel) {
  return observation.quote != null
    ? {
        quote: observation.quote,
        start: observation.start ?? null,
        end: observation.end ?? null,
        paragraphId: observation.paragraphId ?? null,
      }
    : null;
}

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: listField('Indicator', 'IndicatorFilter'),
    indicator: oneField('Indicator'),
    scorecards: async (_root, { year, missedTarget }, { db, loaders }) => {
      const reported = year ?? (await loaders.reportedYear());
      const indicators = (
        await db.read<{ entity: EntityModel }>(cypher.indicatorsWithObservations)
      ).map((row) => row.entity);
      const cards = await Promise.all(
        indicators.map(async (indicator) =>
          scorecardOf(
            indicator,
            await loaders.observationsByIndicator.load(indicator.id),
            reported,
          ),
        ),
      );
      const withValues = cards.filter((card) => card.estimate || card.target || card.nextTarget);
      if (missedTarget == null) return withValues;
      return withValues.filter((card) => metTarget(card.estimate) === !missedTarget);
    },
  },
  Indicator: {
    ...entityFields,
    observations: async (indicator, { year, kind }, { loaders }) => {
      const observations = await loaders.observationsByIndicator.load(indicator.id);
      const kinds = kind?.map((k) => k.toLowerCase());
      return observations.filter(
        (o) => (year == null || o.year === year) && (!kinds || kinds.includes(o.kind)),
      );
    },
    measures: linkField(cypher.links.measures),
    scorecard: async (indicator, { year }, { loaders }) =>
      scorecardOf(
        indicator,
        await loaders.observationsByIndicator.load(indicator.id),
        year ?? (await loaders.reportedYear()),
      ),
  },
  Observation: {
    indicator: async (observation, _args, { loaders }) => {
      const indicator = observation.indicatorId
        ? await loaders.entityById.load(observation.indicatorId)
        : await loaders.indicatorByObservation.load(observation.id);
      if (!indicator)
        throw new Error(`observation ${observation.id} has no indicator in the graph`);
      return indicator;
    },
    kind: (observation) => observation.kind.toUpperCase() as ObservationKind,
    evidence: evidenceOf,
  },
  IndicatorScorecard: {
    gap: (card) => gapToTarget(card.estimate),
    metTarget: (card) => metTarget(card.estimate),
    nextYear: (card) => card.year + 1,
  },
  IndicatorConnection: connectionFields,
};

import type { ObservationKind, Resolvers } from '../../generated/graphql';
import { documentFor } from '../../documentScope';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import * as cypher from './cypher';
import type { ObservationModel } from './model';
import { observationStats } from './stats';

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
    observationStats: (_root, args, { db, loaders }) =>
      observationStats(db, args, () =>
        documentFor(null, loaders.documentIds, 'mentionedInDocument'),
      ),
  },
  ObservationStats: {
    indicator: (stats, _args, { loaders }) =>
      stats.indicatorId ? loaders.entityById.load(stats.indicatorId) : null,
    document: (stats, _args, { loaders }) =>
      stats.documentId ? loaders.documentById.load(stats.documentId) : null,
    kind: (stats) => (stats.kind ? (stats.kind.toUpperCase() as ObservationKind) : null),
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
    /** The documents that give the indicator values are the ones it may be compared in. */
    comparison: async (indicator, { document }, { loaders }) => {
      const rows = await loaders.comparisonsByIndicator.load(indicator.id);
      const chosen = await documentFor(document, async () => rows.map((row) => row.document.id));
      return rows.find((row) => row.document.id === chosen) ?? null;
    },
  },
  Observation: {
    indicator: async (observation, _args, { loaders }) => {
      const indicator = await loaders.entityById.load(observation.indicatorId);
      if (!indicator)
        throw new Error(`observation ${observation.id} has no indicator in the graph`);
      return indicator;
    },
    kind: (observation) => observation.kind.toUpperCase() as ObservationKind,
    evidence: evidenceOf,
  },
  IndicatorConnection: connectionFields,
};

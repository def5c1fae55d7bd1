import type { ObservationKind, ObservationMeasure, Resolvers } from '../../generated/graphql';
import { documentFor } from '../../documentScope';
import { badInput } from '../../errors';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import * as cypher from './cypher';
import type { ObservationModel } from './model';
import { indicatorSeries } from './series';
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

/** The sentence that says whether the target was met, when it is not the value's own. */
function metEvidenceOf(observation: ObservationModel) {
  return observation.metQuote != null
    ? {
        quote: observation.metQuote,
        start: observation.metStart ?? null,
        end: observation.metEnd ?? null,
        paragraphId: observation.metParagraphId ?? null,
      }
    : null;
}

const findIndicator = oneField('Indicator');

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: listField('Indicator', 'IndicatorFilter'),
    indicator: oneField('Indicator'),
    observationStats: (_root, args, { db, loaders }) =>
      observationStats(db, args, () =>
        documentFor(null, loaders.documentIds, 'mentionedInDocument'),
      ),
    indicatorSeries: async (root, { indicator, regions, years }, context) => {
      const byId = indicator.startsWith('Indicator:');
      const found = await findIndicator(
        root,
        byId ? { id: indicator } : { name: indicator },
        context,
      );
      if (!found) {
        throw badInput(
          `No indicator has the ${byId ? 'id' : 'name or alias'} "${indicator}"; list them with \`indicators\`.`,
          'indicator',
        );
      }
      return indicatorSeries(context.db, { indicator: found.id, regions, years });
    },
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
    measure: (observation) => (observation.measure ?? 'level').toUpperCase() as ObservationMeasure,
    evidence: evidenceOf,
    metEvidence: metEvidenceOf,
    curated: (observation) => observation.curated === true,
    document: async (observation, _args, { loaders }) => {
      const document = await loaders.documentById.load(observation.documentId);
      if (!document) throw new Error(`observation ${observation.id} has no document in the graph`);
      return document;
    },
    region: async (observation, _args, { loaders }) =>
      (await loaders.aboutByDocument.load(observation.documentId))?.division ?? null,
  },
  IndicatorConnection: connectionFields,
};

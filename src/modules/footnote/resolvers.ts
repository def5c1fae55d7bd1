import type { Context } from '../../context';
import { notFound } from '../../errors';
import type { FootnoteAnomaly, Resolvers } from '../../generated/graphql';
import type { EntityModel } from '../entity/model';
import { fromEnum } from '../entity/labels';
import * as cypher from './cypher';
import type { FootnoteModel } from './model';
import { sentenceAround } from './sentence';

/** A section that does not exist is a typo worth saying so, not an empty list. */
async function checkSection(db: Context['db'], section: string): Promise<void> {
  const [row] = await db.read<{ exists: boolean }>(cypher.sectionExists, { section });
  if (!row?.exists) {
    throw notFound(
      `No section has the id or label "${section}". Labels use ASCII parentheses, e.g. 二、(三); ` +
        'list them with documents { sections { label subsections { label } } }.',
    );
  }
}

export const footnoteResolvers: Resolvers = {
  Query: {
    footnotes: async (_root, { section, anomaly }, { db }) => {
      const anomalies = anomaly?.length ? anomaly.map(fromEnum) : null;
      if (section == null) {
        return (await db.read<{ footnote: FootnoteModel }>(cypher.allFootnotes, { anomalies })).map(
          (r) => r.footnote,
        );
      }
      await checkSection(db, section);
      const rows = await db.read<{ footnote: FootnoteModel }>(cypher.footnotesInSection, {
        section,
        anomalies,
      });
      return rows.map((r) => r.footnote);
    },
    programs: async (_root, { section }, { db }) => {
      if (section == null) {
        return (await db.read<{ entity: EntityModel }>(cypher.allPrograms)).map((r) => r.entity);
      }
      await checkSection(db, section);
      return (await db.read<{ entity: EntityModel }>(cypher.programsInSection, { section })).map(
        (r) => r.entity,
      );
    },
  },
  Footnote: {
    anomaly: (footnote) => footnote.anomaly.toUpperCase() as FootnoteAnomaly,
    paragraph: (footnote, _args, { loaders }) =>
      footnote.paragraphId ? loaders.paragraphById.load(footnote.paragraphId) : null,
    sentence: async (footnote, _args, { loaders }) => {
      if (!footnote.paragraphId || footnote.start == null) return null;
      const paragraph = await loaders.paragraphById.load(footnote.paragraphId);
      return paragraph ? sentenceAround(paragraph.text, footnote.start - paragraph.start) : null;
    },
    section: (footnote, _args, { loaders }) =>
      footnote.paragraphId ? loaders.sectionByParagraph.load(footnote.paragraphId) : null,
    annotates: (footnote, _args, { loaders }) => loaders.annotatedByFootnote.load(footnote.id),
  },
};

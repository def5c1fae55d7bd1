import type { Context } from '../../context';
import { notFound } from '../../errors';
import type { FootnoteAnomaly, Resolvers } from '../../generated/graphql';
import type { EntityModel } from '../entity/model';
import { documentFor, isSectionId } from '../../documentScope';
import { fromEnum } from '../entity/labels';
import * as cypher from './cypher';
import type { FootnoteModel } from './model';
import { sentenceAround } from './sentence';

/**
 * The document a `section` argument is read in: a label is looked up in the document
 * named, else in the only one loaded. A section that does not exist there is a typo
 * worth saying so, not an empty list.
 */
async function sectionIn(
  { db, loaders }: Context,
  section: string,
  named: string | null | undefined,
): Promise<string | null> {
  const document = isSectionId(section) ? null : await documentFor(named, loaders.documentIds);
  const [row] = await db.read<{ exists: boolean }>(cypher.sectionExists, { section, document });
  if (!row?.exists) {
    throw notFound(
      `No section has the id or label "${section}"${document ? ` in ${document}` : ''}. Labels use ` +
        'ASCII parentheses, e.g. 二、(三); list them with documents { id sections { label subsections { label } } }.',
    );
  }
  return document;
}

export const footnoteResolvers: Resolvers = {
  Query: {
    footnotes: async (_root, { section, anomaly, document }, context) => {
      const anomalies = anomaly?.length ? anomaly.map(fromEnum) : null;
      if (section == null) {
        const rows = await context.db.read<{ footnote: FootnoteModel }>(cypher.allFootnotes, {
          anomalies,
          document: document ?? null,
        });
        return rows.map((r) => r.footnote);
      }
      const rows = await context.db.read<{ footnote: FootnoteModel }>(cypher.footnotesInSection, {
        section,
        document: await sectionIn(context, section, document),
        anomalies,
      });
      return rows.map((r) => r.footnote);
    },
    programs: async (_root, { section, document }, context) => {
      if (section == null) {
        const rows = await context.db.read<{ entity: EntityModel }>(cypher.allPrograms, {
          document: document ?? null,
        });
        return rows.map((r) => r.entity);
      }
      const rows = await context.db.read<{ entity: EntityModel }>(cypher.programsInSection, {
        section,
        document: await sectionIn(context, section, document),
      });
      return rows.map((r) => r.entity);
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

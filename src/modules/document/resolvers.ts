import { badInput } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import type { EntityModel } from '../entity/model';
import * as cypher from './cypher';
import { documentFor } from '../../documentScope';
import type { DocumentModel, ParagraphModel, SectionModel } from './model';

export const documentResolvers: Resolvers = {
  Query: {
    documents: async (_root, _args, { db }) =>
      (await db.read<{ document: DocumentModel }>(cypher.allDocuments)).map((r) => r.document),
    document: (_root, { id }, { loaders }) => loaders.documentById.load(id),
    section: async (_root, { id, label, document }, { db, loaders }) => {
      if ((id == null) === (label == null)) throw badInput('Give exactly one of `id` or `label`.');
      if (id != null) return loaders.sectionById.load(id);
      const [row] = await db.read<{ section: SectionModel }>(cypher.sectionByLabel, {
        label,
        document: await documentFor(document, loaders.documentIds),
      });
      return row?.section ?? null;
    },
    paragraph: async (_root, { id, order, document }, { db, loaders }) => {
      if ((id == null) === (order == null)) throw badInput('Give exactly one of `id` or `order`.');
      if (id != null) return loaders.paragraphById.load(id);
      const [row] = await db.read<{ paragraph: ParagraphModel }>(cypher.paragraphByOrder, {
        order,
        document: await documentFor(document, loaders.documentIds),
      });
      return row?.paragraph ?? null;
    },
  },
  Document: {
    years: (document) => document.years ?? [],
    about: (document, _args, { loaders }) => loaders.aboutByDocument.load(document.id),
    sections: async (document, _args, { loaders }) =>
      (await loaders.sectionsByParent.load(document.id)).filter((section) => section.level > 0),
    section: async (document, { label }, { loaders }) =>
      (await loaders.sectionsOfDocument.load(document.id)).find(
        (section) => section.label === label,
      ) ?? null,
    paragraphs: async (document, { from, to }, { loaders }) =>
      (await loaders.paragraphsByDocument.load(document.id)).filter(
        (p) => (from == null || p.order >= from) && (to == null || p.order <= to),
      ),
    footnotes: (document, _args, { loaders }) => loaders.footnotesByDocument.load(document.id),
  },
  Section: {
    subsections: (section, _args, { loaders }) => loaders.sectionsByParent.load(section.id),
    paragraphs: (section, _args, { loaders }) => loaders.paragraphsBySection.load(section.id),
    parent: (section, _args, { loaders }) => loaders.parentBySection.load(section.id),
    footnotes: (section, _args, { loaders }) => loaders.footnotesBySection.load(section.id),
  },
  Paragraph: {
    plainText: (paragraph) => paragraph.plainText ?? paragraph.text,
    section: (paragraph, _args, { loaders }) => loaders.sectionByParagraph.load(paragraph.id),
    mentions: (paragraph, { types }, { loaders }) =>
      loaders.mentionsByParagraph(types ?? null).load(paragraph.id),
    entities: async (paragraph, { types }, { loaders }) => {
      const mentions = await loaders.mentionsByParagraph(types ?? null).load(paragraph.id);
      const seen = new Map<string, EntityModel>();
      for (const mention of mentions)
        if (!seen.has(mention.entity.id)) seen.set(mention.entity.id, mention.entity);
      return [...seen.values()];
    },
    footnotes: (paragraph, _args, { loaders }) => loaders.footnotesByParagraph.load(paragraph.id),
    next: (paragraph, _args, { loaders }) => loaders.nextByParagraph.load(paragraph.id),
    previous: (paragraph, _args, { loaders }) => loaders.previousByParagraph.load(paragraph.id),
  },
  ParagraphMention: {
    entity: (mention) => mention.entity,
  },
};

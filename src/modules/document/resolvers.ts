import type { Resolvers } from '../../generated/graphql';
import * as cypher from './cypher';
import type { DocumentModel } from './model';

export const documentResolvers: Resolvers = {
  Query: {
    documents: async (_root, _args, { db }) =>
      (await db.read<{ document: DocumentModel }>(cypher.allDocuments)).map((r) => r.document),
    document: (_root, { id }, { loaders }) => loaders.documentById.load(id),
  },
  Document: {
    years: (document) => document.years ?? [],
    sections: (document, _args, { loaders }) => loaders.sectionsByParent.load(document.id),
  },
  Section: {
    subsections: (section, _args, { loaders }) => loaders.sectionsByParent.load(section.id),
    paragraphs: (section, _args, { loaders }) => loaders.paragraphsBySection.load(section.id),
  },
};

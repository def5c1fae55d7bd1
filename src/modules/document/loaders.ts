import type { Database } from '../../neo4j';
import type { EntityType } from '../../generated/graphql';
import { batchBy, batchByArgs } from '../../loaders';
import { LABEL_OF_TYPE } from '../entity/labels';
import * as cypher from './cypher';
import type {
  DocumentModel,
  DocumentRegionModel,
  ParagraphMentionModel,
  ParagraphModel,
  SectionModel,
} from './model';

export function documentLoaders(db: Database) {
  let documentIds: Promise<string[]> | undefined;
  return {
    /** The loaded documents' ids, read at most once per request. */
    documentIds: () =>
      (documentIds ??= db
        .read<{ id: string }>(cypher.documentIds)
        .then((rows) => rows.map((row) => row.id))),
    documentById: batchBy<DocumentModel | null>(db, cypher.documentsById, 'document', null),
    aboutByDocument: batchBy<DocumentRegionModel | null>(db, cypher.aboutByDocument, 'about', null),
    reportsAbout: batchByArgs((includeParts: boolean) =>
      batchBy<DocumentModel[]>(
        db,
        includeParts ? cypher.reportsAboutDivisionOrParts : cypher.reportsAboutDivision,
        'documents',
        [],
      ),
    ),
    sectionById: batchBy<SectionModel | null>(db, cypher.sectionsById, 'section', null),
    paragraphById: batchBy<ParagraphModel | null>(db, cypher.paragraphsById, 'paragraph', null),
    sectionsByParent: batchBy<SectionModel[]>(db, cypher.sectionsByParent, 'sections', []),
    sectionsOfDocument: batchBy<SectionModel[]>(db, cypher.sectionsOfDocument, 'sections', []),
    paragraphsBySection: batchBy<ParagraphModel[]>(
      db,
      cypher.paragraphsBySection,
      'paragraphs',
      [],
    ),
    paragraphsByDocument: batchBy<ParagraphModel[]>(
      db,
      cypher.paragraphsByDocument,
      'paragraphs',
      [],
    ),
    sectionByParagraph: batchBy<SectionModel | null>(
      db,
      cypher.sectionByParagraph,
      'section',
      null,
    ),
    parentBySection: batchBy<SectionModel | null>(db, cypher.parentBySection, 'section', null),
    nextByParagraph: batchBy<ParagraphModel | null>(db, cypher.nextByParagraph, 'paragraph', null),
    previousByParagraph: batchBy<ParagraphModel | null>(
      db,
      cypher.previousByParagraph,
      'paragraph',
      null,
    ),
    mentionsByParagraph: batchByArgs((types: EntityType[] | null) =>
      batchBy<ParagraphMentionModel[]>(db, cypher.mentionsByParagraph, 'mentions', [], {
        labels: types?.length ? types.map((type) => LABEL_OF_TYPE[type]) : null,
      }),
    ),
  };
}

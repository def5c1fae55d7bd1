import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import * as cypher from './cypher';
import type { DocumentModel, ParagraphModel, SectionModel } from './model';

export function documentLoaders(db: Database) {
  return {
    documentById: batchBy<DocumentModel | null>(db, cypher.documentsById, 'document', null),
    sectionsByParent: batchBy<SectionModel[]>(db, cypher.sectionsByParent, 'sections', []),
    paragraphsBySection: batchBy<ParagraphModel[]>(db, cypher.paragraphsBySection, 'paragraphs', []),
  };
}

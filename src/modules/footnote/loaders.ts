import type { Database } from '../../neo4j';
import { batchBy } from '../../loaders';
import type { EntityModel } from '../entity/model';
import * as cypher from './cypher';
import type { FootnoteModel } from './model';

export function footnoteLoaders(db: Database) {
  return {
    annotatedByFootnote: batchBy<EntityModel | null>(
      db,
      cypher.annotatedByFootnote,
      'entity',
      null,
    ),
    footnotesByParagraph: batchBy<FootnoteModel[]>(
      db,
      cypher.footnotesByParagraph,
      'footnotes',
      [],
    ),
    footnotesBySection: batchBy<FootnoteModel[]>(db, cypher.footnotesBySection, 'footnotes', []),
    footnotesByDocument: batchBy<FootnoteModel[]>(db, cypher.footnotesByDocument, 'footnotes', []),
  };
}

import type DataLoader from 'dataloader';
import type { Database } from '../../neo4j';
import type { Direction, RelationType } from '../../generated/graphql';
import { batchBy, batchByArgs } from '../../loaders';
import type { FootnoteModel } from '../footnote/model';
import * as cypher from './cypher';
import { ENTITY_RELATION_TYPES } from './labels';
import type { EntityModel, LinkModel, MentionModel } from './model';

export function entityLoaders(db: Database) {
  const links = new Map<cypher.LinkSpec, DataLoader<string, LinkModel[]>>();
  return {
    entityById: batchBy<EntityModel | null>(db, cypher.entitiesById, 'entity', null),
    mentionsByEntity: batchByArgs((first: number) =>
      batchBy<MentionModel[]>(db, cypher.mentionsByEntity, 'mentions', [], { first }),
    ),
    mentionCountByEntity: batchBy<number>(db, cypher.mentionCountByEntity, 'count', 0),
    footnotesByEntity: batchBy<FootnoteModel[]>(db, cypher.footnotesByEntity, 'footnotes', []),
    relationsByEntity: batchByArgs(
      ({ types, direction }: { types: RelationType[] | null; direction: Direction }) =>
        batchBy<LinkModel[]>(db, cypher.relationsByEntity[direction], 'links', [], {
          types: types?.length ? types : ENTITY_RELATION_TYPES,
        }),
    ),
    /** The links of one typed relationship field; specs are module constants, so one loader each. */
    linksBy(spec: cypher.LinkSpec): DataLoader<string, LinkModel[]> {
      let loader = links.get(spec);
      if (!loader) {
        loader = batchBy<LinkModel[]>(db, cypher.linkQuery(spec), 'links', []);
        links.set(spec, loader);
      }
      return loader;
    },
  };
}

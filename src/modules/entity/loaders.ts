import type DataLoader from 'dataloader';
import type { Database } from '../../neo4j';
import type { Direction, RelationType } from '../../generated/graphql';
import { batchBy, batchByArgs } from '../../loaders';
import type { FootnoteModel } from '../footnote/model';
import * as cypher from './cypher';
import { ENTITY_RELATION_TYPES } from './labels';
import type { EntityModel, LinkModel, MentionModel } from './model';

/** A typed relationship field's arguments, compiled (entity/links.ts linkNarrowing). */
export interface CompiledNarrowing {
  /** Identifies the arguments within a request: loaders are shared per spec and key. */
  key: string;
  narrowing: cypher.LinkNarrowing;
  params: Record<string, unknown>;
}

export function entityLoaders(db: Database) {
  const links = new Map<cypher.LinkSpec, Map<string, DataLoader<string, LinkModel[]>>>();
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
    /**
     * The links of one typed relationship field, for one set of its arguments: specs are
     * module constants, so one loader per spec and distinct arguments.
     */
    linksBy(spec: cypher.LinkSpec, args?: CompiledNarrowing): DataLoader<string, LinkModel[]> {
      let bySpec = links.get(spec);
      if (!bySpec) links.set(spec, (bySpec = new Map()));
      const key = args?.key ?? '';
      let loader = bySpec.get(key);
      if (!loader) {
        const query = cypher.linkQuery(spec, args?.narrowing);
        loader = batchBy<LinkModel[]>(db, query, 'links', [], args?.params);
        bySpec.set(key, loader);
      }
      return loader;
    },
  };
}

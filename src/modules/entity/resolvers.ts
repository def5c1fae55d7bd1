import type { Context } from '../../context';
import { badInput } from '../../errors';
import type {
  EntityKind,
  EntityLinkResolvers,
  EntityResolvers,
  EvidenceResolvers,
  MentionResolvers,
  Phase,
  ProjectResolvers,
  QueryResolvers,
  Resolvers,
} from '../../generated/graphql';
import { documentFor } from '../../documentScope';
import { encodeCursor, listLimit } from '../../pagination';
import * as cypher from './cypher';
import type { FilterName } from './filter';
import { entityLabelOf, entityTypeOf, toEnum, type EntityLabel } from './labels';
import { LINK_ORDER, linkNarrowing, type LinkArgs } from './links';
import { listEntities, type ListArgs } from './list';
import type { ConnectionModel, EntityModel } from './model';

/**
 * The fields every entity type shares, resolved the same way for each (codegen types
 * them per type; the parent is always an EntityModel).
 */
export const entityFields = {
  type: (entity) => entityTypeOf(entity.labels),
  kind: (entity) => toEnum<EntityKind>(entity.kind),
  aliases: (entity) => entity.aliases ?? [],
  mentions: (entity, { first }, { loaders, config }) =>
    loaders.mentionsByEntity(listLimit(first, config.maxPageSize)).load(entity.id),
  mentionCount: (entity, _args, { loaders }) => loaders.mentionCountByEntity.load(entity.id),
  isProgram: (entity) => entity.labels.includes('Program'),
  footnotes: (entity, _args, { loaders }) => loaders.footnotesByEntity.load(entity.id),
  relations: (entity, { types, direction }, { loaders }) =>
    loaders.relationsByEntity({ types: types ?? null, direction }).load(entity.id),
} satisfies ProjectResolvers;

/**
 * A typed relationship field: the links of one LinkSpec, batched per request, narrowed by
 * the field's `filter`, `first` and `after`.
 */
export function linkField(spec: cypher.LinkSpec) {
  return async (entity: EntityModel, args: LinkArgs, { loaders, config }: Context) => {
    const narrowing = linkNarrowing(spec, args, config.maxPageSize);
    if (narrowing?.needsDefaultDocument) {
      narrowing.params.defaultDocument = await documentFor(
        null,
        loaders.documentIds,
        'mentionedInDocument',
      );
    }
    return loaders.linksBy(spec, narrowing ?? undefined).load(entity.id);
  };
}

/** The edge data every Link type shares. */
export const linkFields = {
  cursor: (link) => encodeCursor(LINK_ORDER, link.key),
  evidence: (link) =>
    link.props.quote != null
      ? {
          quote: link.props.quote,
          start: link.props.start ?? null,
          end: link.props.end ?? null,
          paragraphId: link.props.paragraphId ?? null,
        }
      : null,
  year: (link) => link.props.year ?? null,
  phase: (link) => (link.props.phase ? toEnum<Phase>(link.props.phase) : null),
  wording: (link) => link.props.wording ?? null,
  commitment: (link) => link.props.commitment ?? null,
  amount: (link) =>
    link.props.amountValue != null
      ? { value: link.props.amountValue, unit: link.props.amountUnit ?? '' }
      : null,
} satisfies EntityLinkResolvers;

export const connectionFields = {
  nodes: (connection: ConnectionModel) => connection.edges.map((edge) => edge.node),
  totalCount: (connection: ConnectionModel) => connection.totalCount(),
};

/** `projects(filter, orderBy, first, after, last, before)` for one entity label. */
export function listField(label: EntityLabel | 'Entity', filterName: FilterName) {
  return (_root: unknown, args: ListArgs, { db, config, loaders }: Context) =>
    listEntities(db, label, filterName, args, config.maxPageSize, loaders.documentIds);
}

/**
 * One entity of a label by id, or by name or alias. A name that is several entities'
 * alias (and none's canonical name) is ambiguous: the error lists their ids.
 */
export function oneField(label: EntityLabel) {
  return async (
    _root: unknown,
    { id, name }: { id?: string | null; name?: string | null },
    { db, loaders }: Context,
  ): Promise<EntityModel | null> => {
    if ((id == null) === (name == null)) {
      throw badInput(`Give exactly one of \`id\` or \`name\` to pick one ${label}.`);
    }
    if (id != null) {
      const entity = await loaders.entityById.load(id);
      return entity && entity.labels.includes(label) ? entity : null;
    }
    return pickByName(await entitiesNamed(db, label, name!), label, name!);
  };
}

async function entitiesNamed(db: Context['db'], label: EntityLabel | 'Entity', name: string) {
  return (await db.read<{ entity: EntityModel }>(cypher.entitiesByName[label], { name })).map(
    (r) => r.entity,
  );
}

function pickByName(found: EntityModel[], label: string, name: string): EntityModel | null {
  const canonical = found.filter((entity) => entity.name === name);
  const candidates = canonical.length ? canonical : found;
  if (candidates.length <= 1) return candidates[0] ?? null;
  throw badInput(
    `"${name}" names ${candidates.length} ${label} entities (${candidates.map((e) => e.id).join(', ')}). ` +
      'Ask by `id`, or list them all with `entitiesByName`.',
    'name',
  );
}

const queryFields: QueryResolvers = {
  entities: listField('Entity', 'EntityFilter'),
  entitiesByName: async (_root, { name, types }, { db }) => {
    const found = await entitiesNamed(db, 'Entity', name);
    return types?.length
      ? found.filter((entity) => types.includes(entityTypeOf(entity.labels)))
      : found;
  },
};

const entityInterface: EntityResolvers = {
  __resolveType: (entity) => entityLabelOf(entity.labels),
};

const mention: MentionResolvers = {
  section: (m, _args, { loaders }) => (m.sectionId ? loaders.sectionById.load(m.sectionId) : null),
};

const evidence: EvidenceResolvers = {
  paragraph: (e, _args, { loaders }) =>
    e.paragraphId ? loaders.paragraphById.load(e.paragraphId) : null,
};

export const entityResolvers: Resolvers = {
  Query: queryFields,
  Entity: entityInterface,
  Evidence: evidence,
  Mention: mention,
  EntityLink: linkFields,
  AdminDivisionLink: linkFields,
  IndustryLink: linkFields,
  ProjectLink: linkFields,
  OrganizationLink: linkFields,
  PolicyLink: linkFields,
  IndicatorLink: linkFields,
  EntityConnection: connectionFields,
};

import { badInput, limitExceeded } from '../../errors';
import type { NodeResolvers, Resolvers } from '../../generated/graphql';
import { ENTITY_LABELS, ID_PREFIXES, STRUCTURE_LABELS, entityLabelOf } from '../entity/labels';
import type { NodeModel } from './model';

const ID = /^([A-Za-z]+):(.+)$/su;

/** Ids are `<Label>:<key>`; anything else cannot name a node, and the client should know. */
function checkId(id: string): void {
  const match = ID.exec(id);
  if (match?.[1] === 'Status') {
    throw badInput(
      `"${id}" is a project's status, which is read through its project with its evidence: ` +
        '`project(id: …) { statuses { year phase wording evidence { quote } } }`.',
      'id',
    );
  }
  if (!match || !ID_PREFIXES.includes(match[1])) {
    throw badInput(
      `"${id}" is not an id of this API. Ids look like <Type>:<name or key>, where Type is one of ` +
        `${ID_PREFIXES.join(', ')}; e.g. Industry:晶硅光伏 or Paragraph:leshan-2025:17.`,
      'id',
    );
  }
}

const node: NodeResolvers = {
  __resolveType: (model) => {
    const labels = (model as unknown as NodeModel).labels ?? [];
    if (labels.some((label) => (ENTITY_LABELS as string[]).includes(label)))
      return entityLabelOf(labels);
    const structure = STRUCTURE_LABELS.find((label) => labels.includes(label));
    if (!structure) throw new Error(`no GraphQL type for a node labelled ${labels.join(':')}`);
    return structure;
  },
};

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, { loaders }) => {
      checkId(id);
      return loaders.nodeById.load(id) as never;
    },
    nodes: (_root, { ids }, { loaders, config }) => {
      if (ids.length > config.maxPageSize) {
        throw limitExceeded(
          `${ids.length} ids is over the limit of ${config.maxPageSize} per request; ask in batches.`,
          config.maxPageSize,
          'ids',
        );
      }
      ids.forEach(checkId);
      return loaders.nodeById.loadMany(ids) as never;
    },
  },
  Node: node,
};

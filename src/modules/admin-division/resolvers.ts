import { badInput } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import type { EntityModel } from '../entity/model';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { divisionByCode, links } from './cypher';

const byIdOrName = oneField('AdminDivision');
const projects = linkField(links.projects);
const projectsIncludingParts = linkField(links.projectsIncludingParts);

export const adminDivisionResolvers: Resolvers = {
  Query: {
    adminDivisions: listField('AdminDivision', 'AdminDivisionFilter'),
    adminDivision: async (root, { id, name, code }, context) => {
      if (code == null) return byIdOrName(root, { id, name }, context);
      if (id != null || name != null) throw badInput('Give exactly one of `id`, `name` or `code`.');
      const rows = await context.db.read<{ entity: EntityModel }>(divisionByCode, { code });
      return rows[0]?.entity ?? null;
    },
  },
  AdminDivision: {
    ...entityFields,
    code: (division) => division.code ?? null,
    projects: (division, { includeParts, ...args }, context) =>
      (includeParts ? projectsIncludingParts : projects)(division, args, context),
    organizations: linkField(links.organizations),
    places: linkField(links.places),
    partOf: linkField(links.partOf),
    parts: linkField(links.parts),
    supportedBy: linkField(links.supportedBy),
    seeks: linkField(links.seeks),
    pilots: linkField(links.pilots),
    hosts: linkField(links.hosts),
    reports: (division, { includeParts }, { loaders }) =>
      loaders.reportsAbout(includeParts ?? false).load(division.id),
  },
  AdminDivisionConnection: connectionFields,
};

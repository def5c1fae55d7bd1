import type { Phase, Resolvers } from '../../generated/graphql';
import { toEnum } from '../entity/labels';
import {
  connectionFields,
  entityFields,
  linkField,
  listField,
  oneField,
} from '../entity/resolvers';
import { links } from './cypher';

export const projectResolvers: Resolvers = {
  Query: {
    projects: listField('Project', 'ProjectFilter'),
    project: oneField('Project'),
  },
  Project: {
    ...entityFields,
    statuses: async (project, { year }, { loaders }) => {
      const statuses = await loaders.statusesByProject.load(project.id);
      return year == null ? statuses : statuses.filter((status) => status.year === year);
    },
    industries: linkField(links.industries),
    locatedIn: linkField(links.locatedIn),
    adminDivisions: linkField(links.adminDivisions),
    undertakenBy: linkField(links.undertakenBy),
    fundedBy: linkField(links.fundedBy),
    supportedBy: linkField(links.supportedBy),
    partOf: linkField(links.partOf),
    parts: linkField(links.parts),
    indicators: linkField(links.indicators),
  },
  ProjectStatus: {
    phase: (status) => toEnum<Phase>(status.phase),
  },
  ProjectConnection: connectionFields,
};

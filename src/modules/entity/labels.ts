import {
  DOCUMENT_LABELS,
  type ENTITY_KINDS,
  ID_LABELS,
  SEMANTIC_RELATION_TYPES,
} from '../../../seed/vocabulary';
import type { EntityKind, EntityType, Phase, RelationType } from '../../generated/graphql';

/**
 * The allow-lists every Cypher text is built from: a label or relationship type reaches a
 * query only through these tables, never from a request. The vocabularies themselves are
 * the seed's (seed/vocabulary.ts), so the API and the graph cannot drift apart unnoticed
 * (tests/api/schema.test.ts compares them with the schema's enums).
 */

export const LABEL_OF_TYPE = {
  ADMIN_DIVISION: 'AdminDivision',
  INDUSTRY: 'Industry',
  PROJECT: 'Project',
  ORGANIZATION: 'Organization',
  POLICY: 'Policy',
  PLACE: 'Place',
  EVENT: 'Event',
  INDICATOR: 'Indicator',
} as const satisfies Record<EntityType, keyof typeof ENTITY_KINDS>;

export type EntityLabel = (typeof LABEL_OF_TYPE)[EntityType];

export const ENTITY_LABELS = Object.values(LABEL_OF_TYPE) as EntityLabel[];

const TYPE_OF_LABEL = Object.fromEntries(
  Object.entries(LABEL_OF_TYPE).map(([type, label]) => [label, type]),
) as Record<EntityLabel, EntityType>;

/**
 * Labels of the document's own nodes that `node(id)` can return: the seed's, but Status,
 * which is read through its project (`Project.statuses`, with the edge's evidence).
 */
export const STRUCTURE_LABELS = DOCUMENT_LABELS.filter(
  (label): label is Exclude<(typeof DOCUMENT_LABELS)[number], 'Status'> => label !== 'Status',
);

/** The labels `node(id)` seeks an id under: the seed's id labels, Status aside. */
export const NODE_LABELS: readonly string[] = ID_LABELS.filter((label) => label !== 'Status');

/** Every id prefix `node(id)` understands, `<Label>:…`: the entity types and the structure. */
export const ID_PREFIXES: readonly string[] = [...ENTITY_LABELS, ...STRUCTURE_LABELS];

/** Relationship types between two entities (HAS_STATUS points at a Status node instead). */
export const ENTITY_RELATION_TYPES = SEMANTIC_RELATION_TYPES.filter(
  (type) => type !== 'HAS_STATUS',
) as RelationType[];

export function entityLabelOf(labels: readonly string[]): EntityLabel {
  const label = ENTITY_LABELS.find((candidate) => labels.includes(candidate));
  if (!label) throw new Error(`a node labelled ${labels.join(':')} is not an entity`);
  return label;
}

export function entityTypeOf(labels: readonly string[]): EntityType {
  return TYPE_OF_LABEL[entityLabelOf(labels)];
}

/** Stored snake_case → GraphQL enum value. */
export function toEnum<T extends EntityKind | Phase>(stored: string): T {
  return stored.toUpperCase() as T;
}

/** GraphQL enum value → stored snake_case. */
export function fromEnum(value: string): string {
  return value.toLowerCase();
}

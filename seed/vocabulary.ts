/**
 * The closed vocabularies of the seed: entity types and kinds, relation types, phases.
 * The build rejects anything outside them, and the loader interpolates labels and
 * relationship types into Cypher only from these lists, so this file is the one place a
 * new type is added (seed/README.md, "Kinds" and "Types").
 */

export const ENTITY_KINDS = {
  AdminDivision: [
    'district',
    'county',
    'autonomous_county',
    'county_level_city',
    'development_zone',
    'city',
    'province',
    'prefecture',
    'municipality',
    'special_administrative_region',
  ],
  Industry: [
    'hundred_billion_cluster',
    'characteristic_cluster',
    'emerging_industry',
    'new_track',
    'sub_industry',
    'agriculture',
    'services',
    'industry',
  ],
  Project: [
    'industrial',
    'energy',
    'transport',
    'water',
    'urban',
    'social',
    'culture_tourism',
    'agriculture',
    'park',
    'logistics',
    'ecology',
    'innovation_platform',
    'group',
  ],
  Organization: [
    'company',
    'university',
    'school',
    'hospital',
    'bank',
    'government',
    'institute',
    'platform',
    'association',
  ],
  Policy: [
    'policy',
    'mechanism',
    'campaign',
    'strategy',
    'fund',
    'pilot',
    'designation',
    'brand',
    'plan',
    'reform',
  ],
  Place: ['mountain', 'scenic', 'heritage', 'river', 'area'],
  Event: ['fair', 'congress', 'festival', 'activity', 'award'],
  Indicator: ['headline', 'sector', 'project_capacity', 'social', 'environment'],
} as const;

export type EntityType = keyof typeof ENTITY_KINDS;
export const ENTITY_TYPES = Object.keys(ENTITY_KINDS) as EntityType[];

export const PHASES = [
  'planned',
  'started',
  'under_construction',
  'accelerating',
  'completed',
  'in_operation',
  'trial_operation',
] as const;

export const OBSERVATION_KINDS = ['estimate', 'target', 'derived'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/**
 * Relation types the curated layer may use: the README's, plus those the curators named
 * for what the text states (each reads as a sentence: 市中区 SEEKS 省级经开区). A new one
 * is added here, so the loader never writes a type nobody reviewed.
 */
export const SEMANTIC_RELATION_TYPES = [
  'IN_INDUSTRY',
  'LOCATED_IN',
  'UNDERTAKEN_BY',
  'HAS_STATUS',
  'PART_OF',
  'SUPPORTS',
  'FUNDED_BY',
  'MEASURES',
  'HOSTS',
  'PARTNERS_WITH',
  'PARTICIPATES_IN',
  'DESIGNATED_AS',
  'PILOTED_IN',
  'SEEKS',
  'TARGETS',
  'ACTS_ON_BEHALF_OF',
] as const;

/** Relationship types the build itself creates for the document's structure. */
export const STRUCTURE_RELATION_TYPES = [
  'HAS_SECTION',
  'HAS_SUBSECTION',
  'HAS_PARAGRAPH',
  'NEXT',
  'IN',
  'ANNOTATES',
  'MENTIONED_IN',
  'HAS_OBSERVATION',
  'ABOUT',
] as const;

export const RELATIONSHIP_TYPES: readonly string[] = [
  ...STRUCTURE_RELATION_TYPES,
  ...SEMANTIC_RELATION_TYPES,
];

/** Labels of nodes that belong to one document (they carry `documentId`). */
export const DOCUMENT_LABELS = [
  'Document',
  'Section',
  'Paragraph',
  'Footnote',
  'Observation',
  'Status',
] as const;

/**
 * Labels that between them cover every node once, each node with a unique `id` under its
 * label: a lookup by id is one index seek per label, never a scan.
 */
export const ID_LABELS = ['Entity', ...DOCUMENT_LABELS] as const;

/** Every label a node may carry; `Entity` nodes may be shared by several documents. */
export const NODE_LABELS: readonly string[] = [
  'Entity',
  ...ENTITY_TYPES,
  'Program',
  ...DOCUMENT_LABELS,
];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as string[]).includes(value);
}

export function isKindOf(type: EntityType, kind: unknown): boolean {
  return typeof kind === 'string' && (ENTITY_KINDS[type] as readonly string[]).includes(kind);
}

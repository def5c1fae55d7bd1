import { ENTITY_KINDS } from '../../../seed/vocabulary';
import type { EntityKind, EntityType, Phase } from '../../generated/graphql';
import type { Database } from '../../neo4j';
import type { SectionModel } from '../document/model';
import type { EntityModel } from '../entity/model';
import { ENTITY_LABELS, LABEL_OF_TYPE, toEnum } from '../entity/labels';
import { COMPLETED_AND_OPERATING } from '../entity/phases';
import * as cypher from './cypher';
import type { EntityCountModel, SectionCountModel } from './model';

/**
 * The kinds of division a county-level chart shows: 乐山's districts, counties, autonomous
 * counties, the county-level city and the development zone that stands beside them.
 */
export const COUNTY_LEVEL_KINDS = ENTITY_KINDS.AdminDivision.filter((kind) =>
  ['district', 'county', 'autonomous_county', 'county_level_city', 'development_zone'].includes(
    kind,
  ),
);

const TYPES = Object.keys(LABEL_OF_TYPE) as EntityType[];

export async function entitiesByType(db: Database): Promise<{ type: EntityType; count: number }[]> {
  const rows = await db.read<{ label: string; count: number }>(cypher.entitiesByType, {
    entityLabels: ENTITY_LABELS,
  });
  const byLabel = new Map(rows.map((row) => [row.label, row.count]));
  return TYPES.map((type) => ({ type, count: byLabel.get(LABEL_OF_TYPE[type]) ?? 0 }));
}

export async function entitiesByKind(
  db: Database,
): Promise<{ type: EntityType; kind: EntityKind; count: number }[]> {
  const rows = await db.read<{ label: string; kind: string; count: number }>(
    cypher.entitiesByKind,
    {
      entityLabels: ENTITY_LABELS,
    },
  );
  const typeOf = new Map(TYPES.map((type) => [LABEL_OF_TYPE[type] as string, type]));
  return rows.map((row) => ({
    type: typeOf.get(row.label)!,
    kind: toEnum<EntityKind>(row.kind),
    count: row.count,
  }));
}

export async function projectsByCounty(db: Database): Promise<EntityCountModel[]> {
  return db.read<{ entity: EntityModel; count: number }>(cypher.projectsByCounty, {
    countyKinds: COUNTY_LEVEL_KINDS,
  });
}

export async function projectsByIndustry(db: Database): Promise<EntityCountModel[]> {
  return db.read<{ entity: EntityModel; count: number }>(cypher.projectsByIndustry);
}

export async function projectsByPhase(
  db: Database,
): Promise<{ year: number; phase: Phase; count: number }[]> {
  const rows = await db.read<{ year: number; phase: string; count: number }>(
    cypher.projectsByPhase,
    { completedAndOperating: COMPLETED_AND_OPERATING },
  );
  return rows.map((row) => ({ ...row, phase: toEnum<Phase>(row.phase) }));
}

export async function projectsByYear(db: Database): Promise<{ year: number; count: number }[]> {
  return db.read<{ year: number; count: number }>(cypher.projectsByYear);
}

export async function policiesByKind(db: Database): Promise<{ kind: EntityKind; count: number }[]> {
  const rows = await db.read<{ kind: string; count: number }>(cypher.policiesByKind);
  return rows.map((row) => ({ kind: toEnum<EntityKind>(row.kind), count: row.count }));
}

export async function footnotesBySection(db: Database): Promise<SectionCountModel[]> {
  return db.read<{ section: SectionModel; count: number }>(cypher.footnotesBySection);
}

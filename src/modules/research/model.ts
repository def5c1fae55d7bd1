import type { ParagraphModel, SectionModel } from '../document/model';
import type { EntityModel, EvidenceModel } from '../entity/model';

export interface GraphNodeModel {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  kind: string | null;
}

export interface GraphEdgeModel {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence: EvidenceModel | null;
}

export interface GraphSliceModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
}

export interface PassageHitModel {
  paragraph: ParagraphModel;
  snippet: string;
  start: number;
  end: number;
  score: number;
}

export interface SectionCountModel {
  section: SectionModel;
  count: number;
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
  matchedOn: string | null;
}

/** Counts are resolved field by field, so a chart that asks for one runs one query. */
export type GroupedCountsModel = Record<string, never>;

export interface EntityCountModel {
  entity: EntityModel;
  count: number;
}

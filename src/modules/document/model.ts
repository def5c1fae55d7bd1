import type { EntityModel, EvidenceModel } from '../entity/model';

/** Document, Section and Paragraph as read from Neo4j (node properties). */
export interface DocumentModel {
  id: string;
  title: string;
  issuer: string | null;
  deliveredOn: string | null;
  venue: string | null;
  region: string | null;
  years: number[];
  executionYear?: number | null;
  planYear?: number | null;
  sha256: string;
  truncated: boolean;
  truncationNote: string | null;
}

/** The division a document is ABOUT, with the words that name it. */
export interface DocumentRegionModel {
  division: EntityModel;
  evidence: EvidenceModel | null;
}

export interface SectionModel {
  id: string;
  label: string;
  title: string | null;
  level: number;
  order: number;
}

export interface ParagraphModel {
  id: string;
  order: number;
  text: string;
  plainText?: string | null;
  start: number;
  end: number;
  lead: string | null;
}

/** A MENTIONED_IN edge seen from its paragraph. */
export interface ParagraphMentionModel {
  surface: string;
  start: number;
  end: number;
  entity: EntityModel;
}

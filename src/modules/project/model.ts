import type { EvidenceModel } from '../entity/model';

/** A HAS_STATUS edge and its Status node, merged: the node's year and phase, the edge's evidence. */
export interface StatusModel {
  year: number | null;
  phase: string;
  wording: string | null;
  commitment: string | null;
  evidence: EvidenceModel | null;
}

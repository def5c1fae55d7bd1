import type { ParagraphModel } from '../document/model';
import type { PageInfo } from '../../pagination';

/** Any entity node as read from Neo4j: its properties plus its labels. */
export interface EntityModel {
  id: string;
  name: string;
  nameEn?: string | null;
  pinyin?: string | null;
  aliases?: string[] | null;
  kind: string;
  /** AdminDivision only: the GB/T 2260 code. */
  code?: string | null;
  labels: string[];
}

/** Evidence as flattened onto relationships and observations by the seed. */
export interface EvidenceModel {
  paragraphId?: string | null;
  start?: number | null;
  end?: number | null;
  quote?: string | null;
}

/** The properties a semantic relationship may carry (seed/README.md, "relations"). */
export interface RelationshipProps extends EvidenceModel {
  year?: number | null;
  phase?: string | null;
  wording?: string | null;
  commitment?: string | null;
  amountValue?: number | null;
  amountUnit?: string | null;
}

/** One relationship seen from one of its ends. */
export interface LinkModel {
  type: string;
  direction: 'OUT' | 'IN';
  /** The entity at the other end from the one the link was reached from. */
  node: EntityModel;
  from: EntityModel;
  to: EntityModel;
  props: RelationshipProps;
  /** Its place in the list: the key its cursor encodes (entity/cypher.ts LINK_KEY). */
  key: (string | number)[];
}

/** A MENTIONED_IN edge with the paragraph (or, in a heading, the section) it points at. */
export interface MentionModel {
  surface: string;
  start: number;
  end: number;
  inHeading: boolean;
  paragraph: ParagraphModel | null;
  sectionId: string | null;
}

export interface EdgeModel {
  cursor: string;
  node: EntityModel;
}

/** A page of a list; `totalCount` runs its count query only when a client asks for it. */
export interface ConnectionModel {
  edges: EdgeModel[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

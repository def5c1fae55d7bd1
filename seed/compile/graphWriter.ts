import {
  type ArtifactNode,
  type ArtifactRelationship,
  type GraphArtifact,
  type Props,
} from './artifact';

/**
 * Collects nodes and relationships with stable ids. A document's relationships sharing
 * `TYPE:from->to` are told apart by the start offset of their evidence (a shared one,
 * which every document writes alike, keeps the plain id); everything is sorted by id so
 * the same inputs give a byte-identical graph.json.
 */
export class GraphWriter {
  private readonly nodes = new Map<string, ArtifactNode>();
  private readonly relationships: (ArtifactRelationship & { base: string; shared: boolean })[] = [];

  constructor(readonly documentId: string) {}

  node(labels: string[], id: string, props: Props): void {
    if (this.nodes.has(id)) return;
    this.nodes.set(id, { id, labels, props: { id, ...props, documentId: this.documentId } });
  }

  /** Entities may be shared by documents: they list theirs instead of owning one. */
  entity(labels: string[], id: string, props: Props): void {
    this.nodes.set(id, { id, labels, props: { id, ...props, documentIds: [this.documentId] } });
  }

  relationship(type: string, from: string, to: string, props: Props): void {
    this.add(type, from, to, { ...props, documentId: this.documentId }, false);
  }

  /** A relationship of no one document (the gazetteer's): reloading a document keeps it. */
  sharedRelationship(type: string, from: string, to: string, props: Props): void {
    this.add(type, from, to, props, true);
  }

  private add(type: string, from: string, to: string, props: Props, shared: boolean): void {
    const base = `${type}:${from}->${to}`;
    this.relationships.push({ id: base, base, type, from, to, props, shared });
  }

  artifact(sourceSha256: string): GraphArtifact {
    const counts = new Map<string, number>();
    for (const r of this.relationships) counts.set(r.base, (counts.get(r.base) ?? 0) + 1);
    const relationships = this.relationships.map(({ base, shared, ...r }) => {
      const id = counts.get(base)! > 1 && !shared ? `${base}@${r.props.start}` : base;
      return { ...r, id, props: { id, ...r.props } };
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      documentId: this.documentId,
      sha256: sourceSha256,
      nodes: [...this.nodes.values()].sort(byId),
      relationships: relationships.sort(byId),
    };
  }
}

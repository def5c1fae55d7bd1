/**
 * Any node `node(id)` can return, by id: one index seek per label, so the lookup never
 * scans. The labels are this API's fixed list (entity/labels.ts NODE_LABELS).
 */
export const nodesById = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Document {id: id}) RETURN n
  UNION MATCH (n:Section {id: id}) RETURN n
  UNION MATCH (n:Paragraph {id: id}) RETURN n
  UNION MATCH (n:Footnote {id: id}) RETURN n
  UNION MATCH (n:Observation {id: id}) RETURN n
}
RETURN id, n {.*, labels: labels(n)} AS node`;

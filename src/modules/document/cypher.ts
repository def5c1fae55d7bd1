/** Named, parameterised Cypher for the document module. */
export const allDocuments = `
MATCH (d:Document) RETURN d {.*} AS document ORDER BY d.id`;

export const documentsById = `
UNWIND $ids AS id
MATCH (d:Document {id: id}) RETURN id, d {.*} AS document`;

/** Child sections of each parent (Document or Section), in order. */
export const sectionsByParent = `
UNWIND $ids AS id
MATCH (p {id: id})-[:HAS_SECTION|HAS_SUBSECTION]->(s:Section)
WITH id, s ORDER BY s.order
RETURN id, collect(s {.*}) AS sections`;

export const paragraphsBySection = `
UNWIND $ids AS id
MATCH (:Section {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WITH id, p ORDER BY p.order
RETURN id, collect(p {.*}) AS paragraphs`;

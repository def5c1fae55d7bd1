import { nodeByIdSubquery } from '../../nodeById';
import { HIERARCHY_HOPS } from '../entity/hierarchy';

/** Named, parameterised Cypher for the document module. */
export const allDocuments = `
MATCH (d:Document) RETURN d {.*} AS document ORDER BY d.id`;

export const documentsById = `
UNWIND $ids AS id
MATCH (d:Document {id: id}) RETURN id, d {.*} AS document`;

/** Child sections of each parent (Document or Section), in order; the parent by index seek. */
export const sectionsByParent = `
UNWIND $ids AS id
${nodeByIdSubquery(['Document', 'Section'])}
MATCH (n)-[:HAS_SECTION|HAS_SUBSECTION]->(s:Section)
WITH id, s ORDER BY s.order
RETURN id, collect(s {.*}) AS sections`;

export const paragraphsBySection = `
UNWIND $ids AS id
MATCH (:Section {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WITH id, p ORDER BY p.order
RETURN id, collect(p {.*}) AS paragraphs`;

export const paragraphsById = `
UNWIND $ids AS id
MATCH (p:Paragraph {id: id}) RETURN id, p {.*} AS paragraph`;

export const sectionsById = `
UNWIND $ids AS id
MATCH (s:Section {id: id}) RETURN id, s {.*} AS section`;

/** The ids of the documents loaded, for lookups that must say which one they mean. */
export const documentIds = `
MATCH (d:Document) RETURN d.id AS id ORDER BY id`;

/** A section by its label within one document (labels repeat across reports). */
export const sectionByLabel = `
MATCH (s:Section {label: $label, documentId: $document})
RETURN s {.*} AS section`;

/** A paragraph by its order within one document. */
export const paragraphByOrder = `
MATCH (p:Paragraph {order: $order, documentId: $document})
RETURN p {.*} AS paragraph`;

/** Sections of each document by label (`二、(三)`), read as one map per document. */
export const sectionsOfDocument = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..2]->(s:Section)
RETURN id, collect(DISTINCT s {.*}) AS sections`;

export const paragraphsByDocument = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..2]->(:Section)-[:HAS_PARAGRAPH]->(p:Paragraph)
WITH DISTINCT id, p ORDER BY p.order
RETURN id, collect(p {.*}) AS paragraphs`;

export const sectionByParagraph = `
UNWIND $ids AS id
MATCH (s:Section)-[:HAS_PARAGRAPH]->(:Paragraph {id: id})
RETURN id, s {.*} AS section`;

export const parentBySection = `
UNWIND $ids AS id
MATCH (parent:Section)-[:HAS_SUBSECTION]->(:Section {id: id})
RETURN id, parent {.*} AS section`;

export const nextByParagraph = `
UNWIND $ids AS id
MATCH (:Paragraph {id: id})-[:NEXT]->(p:Paragraph)
RETURN id, p {.*} AS paragraph`;

export const previousByParagraph = `
UNWIND $ids AS id
MATCH (p:Paragraph)-[:NEXT]->(:Paragraph {id: id})
RETURN id, p {.*} AS paragraph`;

/** What each paragraph names, in text order; `$labels` null means every entity type. */
export const mentionsByParagraph = `
UNWIND $ids AS id
MATCH (n:Entity)-[m:MENTIONED_IN]->(:Paragraph {id: id})
WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
WITH id, m, n ORDER BY m.start, n.id
RETURN id, collect({surface: m.surface, start: m.start, end: m.end, entity: n {.*, labels: labels(n)}}) AS mentions`;

/** The division each document is ABOUT, with the words that name it (null evidence when none do). */
export const aboutByDocument = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[r:ABOUT]->(a:AdminDivision)
RETURN id, {
  division: a {.*, labels: labels(a)},
  evidence: CASE WHEN r.quote IS NULL THEN null ELSE r {.paragraphId, .start, .end, .quote} END
} AS about`;

/** The documents ABOUT each division, or (parts) about it or a division part of it. */
const reportsAbout = (hops: string) => `
UNWIND $ids AS id
MATCH (d:Document)-[:ABOUT]->(:AdminDivision)-[:PART_OF${hops}]->(:AdminDivision {id: id})
WITH id, d ORDER BY d.id
RETURN id, collect(DISTINCT d {.*}) AS documents`;
export const reportsAboutDivision = reportsAbout('*0..0');
export const reportsAboutDivisionOrParts = reportsAbout(HIERARCHY_HOPS);

/** Named, parameterised Cypher for footnote markers and the programs they mark. */

/**
 * The section `$section` names: its id, or its label within `$document` (labels repeat
 * across reports); a part reaches its sub-sections.
 */
const SECTION_PARAGRAPHS = `
MATCH (section:Section)
WHERE section.id = $section OR (section.label = $section AND section.documentId = $document)
MATCH (section)-[:HAS_SUBSECTION*0..2]->(:Section)-[:HAS_PARAGRAPH]->(p:Paragraph)`;

export const sectionExists = `
MATCH (s:Section)
WHERE s.id = $section OR (s.label = $section AND s.documentId = $document)
RETURN count(s) > 0 AS exists`;

/** Every marker, or one document's, in order of appearance within each document. */
export const allFootnotes = `
MATCH (f:Footnote)
WHERE ($document IS NULL OR f.documentId = $document)
  AND ($anomalies IS NULL OR f.anomaly IN $anomalies)
RETURN f {.*} AS footnote ORDER BY f.documentId, f.ordinal`;

export const footnotesInSection = `${SECTION_PARAGRAPHS}
MATCH (f:Footnote)-[:IN]->(p)
WITH DISTINCT f WHERE $anomalies IS NULL OR f.anomaly IN $anomalies
RETURN f {.*} AS footnote ORDER BY f.ordinal`;

/** Footnoted entities in the order of their first marker (within the document, if given). */
export const allPrograms = `
MATCH (f:Footnote)-[:ANNOTATES]->(n:Entity)
WHERE $document IS NULL OR f.documentId = $document
WITH n, min(f.documentId) AS document, min(f.ordinal) AS first ORDER BY document, first, n.id
RETURN n {.*, labels: labels(n)} AS entity`;

export const programsInSection = `${SECTION_PARAGRAPHS}
MATCH (f:Footnote)-[:IN]->(p)
MATCH (f)-[:ANNOTATES]->(n:Entity)
WITH n, min(f.ordinal) AS first ORDER BY first, n.id
RETURN n {.*, labels: labels(n)} AS entity`;

export const annotatedByFootnote = `
UNWIND $ids AS id
MATCH (:Footnote {id: id})-[:ANNOTATES]->(n:Entity)
RETURN id, n {.*, labels: labels(n)} AS entity`;

export const footnotesByParagraph = `
UNWIND $ids AS id
MATCH (f:Footnote)-[:IN]->(:Paragraph {id: id})
WITH id, f ORDER BY f.ordinal
RETURN id, collect(f {.*}) AS footnotes`;

export const footnotesBySection = `
UNWIND $ids AS id
MATCH (:Section {id: id})-[:HAS_SUBSECTION*0..2]->(:Section)-[:HAS_PARAGRAPH]->(:Paragraph)<-[:IN]-(f:Footnote)
WITH DISTINCT id, f ORDER BY f.ordinal
RETURN id, collect(f {.*}) AS footnotes`;

export const footnotesByDocument = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..2]->(:Section)-[:HAS_PARAGRAPH]->(:Paragraph)<-[:IN]-(f:Footnote)
WITH DISTINCT id, f ORDER BY f.ordinal
RETURN id, collect(f {.*}) AS footnotes`;

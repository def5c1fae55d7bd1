import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  type Division,
  divisionById,
  type ExtractedDocument,
  GAZETTEER_EVIDENCE_NOTE,
} from '../extract';
import { type Props } from './artifact';
import { type CheckedRelation } from './checkRelations';
import { type EntityRecord } from './entities';
import { type FoundMention } from './mentions';
import { type GraphWriter } from './graphWriter';
import { pinyinOf } from './pinyin';
import { type Evidence } from './quotes';
import { type SourceMeta } from './sourceMeta';

const FOOTNOTE_MISSING = "the report's footnote definitions were on a page missing from the source";
const FOOTNOTE_ABSENT = 'the source gives no definition for this marker';

export function writeStructure(
  graph: GraphWriter,
  doc: ExtractedDocument,
  meta: SourceMeta,
  bytes: Buffer,
  sourcePath: string,
): void {
  const documentId = graph.documentId;
  graph.node(['Document'], documentId, {
    slug: meta.slug,
    title: meta.title,
    issuer: meta.issuer,
    deliveredOn: meta.deliveredOn,
    venue: meta.venue,
    region: meta.region,
    // The list the API has always had, beside the two years it is made of.
    years: [meta.years.execution, meta.years.plan].filter((y) => y !== null),
    executionYear: meta.years.execution,
    planYear: meta.years.plan,
    sha256: sha256(bytes),
    sourceFile: basename(sourcePath),
    length: doc.source.length,
    truncated: meta.truncated,
    truncationNote: meta.truncationNote,
  });
  for (const section of doc.sections) {
    graph.node(['Section'], section.id, {
      label: section.label,
      title: section.title,
      level: section.level,
      order: section.order,
      start: section.start,
      end: section.end,
    });
    const parent = section.parentId ?? documentId;
    graph.relationship(section.parentId ? 'HAS_SUBSECTION' : 'HAS_SECTION', parent, section.id, {
      order: section.order,
    });
  }
  doc.paragraphs.forEach((paragraph, index) => {
    graph.node(['Paragraph'], paragraph.id, {
      order: paragraph.order,
      text: paragraph.text,
      plainText: paragraph.plainText,
      pageBreak: paragraph.pageBreak,
      lead: paragraph.lead,
      start: paragraph.start,
      end: paragraph.end,
      sectionId: paragraph.sectionId,
    });
    graph.relationship('HAS_PARAGRAPH', paragraph.sectionId, paragraph.id, {
      order: paragraph.order,
    });
    const next = doc.paragraphs[index + 1];
    if (next) graph.relationship('NEXT', paragraph.id, next.id, {});
  });
  const termOf = new Map(
    doc.quotedTerms.filter((t) => t.footnoteOrdinal).map((t) => [t.footnoteOrdinal, t.text]),
  );
  for (const marker of doc.footnotes) {
    graph.node(['Footnote'], marker.id, {
      ordinal: marker.ordinal,
      number: marker.number,
      marker: marker.marker,
      notation: marker.notation,
      anomaly: marker.anomaly,
      definition: null,
      definitionNote: meta.truncated ? FOOTNOTE_MISSING : FOOTNOTE_ABSENT,
      term: termOf.get(marker.ordinal) ?? null,
      start: marker.start,
      end: marker.end,
      paragraphId: marker.paragraphId,
    });
    if (marker.paragraphId) {
      graph.relationship('IN', marker.id, marker.paragraphId, {
        start: marker.start,
        end: marker.end,
      });
    }
  }
}

/**
 * The document is ABOUT its region, with the words that first name it (in the title, the
 * issuer or the opening lines) as evidence; with none when only the metadata names it.
 */
export function writeAbout(
  graph: GraphWriter,
  region: Division | undefined,
  mentions: FoundMention[],
): void {
  if (!region) return;
  const first = mentions.find((m) => m.entityId === region.id && m.via === 'name');
  const inHeading = first?.targetId.startsWith('Section:');
  graph.relationship('ABOUT', graph.documentId, region.id, {
    paragraphId: first && !inHeading ? first.targetId : null,
    sectionId: first && inHeading ? first.targetId : null,
    start: first?.start ?? null,
    end: first?.end ?? null,
    quote: first?.surface ?? null,
    evidenceNote: first ? null : 'the metadata names the region; the text does not',
  });
}

export function writeEntities(
  graph: GraphWriter,
  entities: Map<string, EntityRecord>,
  annotated: Map<number, string>,
): void {
  const programs = new Set(annotated.values());
  for (const entity of entities.values()) {
    const labels = ['Entity', entity.type, ...(programs.has(entity.id) ? ['Program'] : [])];
    graph.entity(labels, entity.id, {
      type: entity.type,
      kind: entity.kind,
      name: entity.name,
      nameEn: entity.nameEn,
      aliases: entity.aliases,
      ...pinyinOf(entity.name),
      code: entity.code,
      codeNote: entity.codeNote,
      note: entity.note,
      source: entity.source,
      ...(entity.evidence
        ? {
            paragraphId: entity.evidence.paragraphId,
            sectionId: entity.evidence.sectionId,
            start: entity.evidence.start,
            end: entity.evidence.end,
            quote: entity.evidence.quote,
          }
        : {}),
    });
  }
}

/** Every mention of an included entity, in a paragraph or (inHeading) a section heading. */
export function writeMentions(
  graph: GraphWriter,
  mentions: FoundMention[],
  included: Map<string, EntityRecord>,
): void {
  for (const mention of mentions.filter((m) => included.has(m.entityId))) {
    graph.relationship('MENTIONED_IN', mention.entityId, mention.targetId, {
      start: mention.start,
      end: mention.end,
      surface: mention.surface,
      via: mention.via,
      inHeading: mention.targetId.startsWith('Section:'),
    });
  }
}

/** A curated footnote: its marker ANNOTATES the entity, with the marker as evidence. */
export function writeAnnotates(
  graph: GraphWriter,
  doc: ExtractedDocument,
  annotated: Map<number, string>,
): void {
  for (const [ordinal, entityId] of annotated) {
    const marker = doc.footnotes[ordinal - 1];
    graph.relationship('ANNOTATES', marker.id, entityId, {
      ordinal,
      number: marker.number,
      ...evidenceProps({
        paragraphId: marker.paragraphId ?? '',
        start: marker.start,
        end: marker.end,
        quote: marker.marker,
      }),
    });
  }
}

/** PART_OF between divisions is the gazetteer's knowledge, shared by every document. */
export function writeGazetteerEdges(graph: GraphWriter, entities: Map<string, EntityRecord>): void {
  for (const entity of entities.values()) {
    const division = divisionById(entity.id);
    const parent = division?.partOf ? divisionById(division.partOf) : undefined;
    if (!parent || !entities.has(parent.id)) continue;
    graph.sharedRelationship('PART_OF', entity.id, parent.id, {
      source: 'gazetteer',
      paragraphId: null,
      start: null,
      end: null,
      quote: null,
      evidenceNote: GAZETTEER_EVIDENCE_NOTE,
    });
  }
}

export function writeRelations(
  graph: GraphWriter,
  relations: CheckedRelation[],
  entities: Map<string, EntityRecord>,
): void {
  for (const relation of relations) {
    let to = relation.to;
    if (relation.type === 'HAS_STATUS') {
      // A status is a node per project, year and phase, so it is queryable like an edge target.
      const project = entities.get(relation.from)!;
      to = `Status:${project.name}:${relation.props.year}:${relation.props.phase}`;
      graph.node(['Status'], to, {
        projectId: relation.from,
        year: relation.props.year,
        phase: relation.props.phase,
        wording: relation.props.wording,
      });
    }
    graph.relationship(relation.type, relation.from, to!, {
      source: 'curated',
      ...relation.props,
      ...evidenceProps(relation.evidence),
    });
  }
}

export function evidenceProps(evidence: Evidence): Props {
  return {
    paragraphId: evidence.paragraphId,
    start: evidence.start,
    end: evidence.end,
    quote: evidence.quote,
  };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

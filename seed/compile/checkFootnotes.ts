import { type ExtractedDocument } from '../extract';
import { type Annotations, entryName } from './annotations';
import { type BuildProblem } from './BuildError';
import { type EntityRecord } from './entities';
import { resolveQuote } from './quotes';

/** ordinal → annotated entity id, after checking each curated footnote against its marker. */
export function checkFootnotes(
  annotations: Annotations,
  doc: ExtractedDocument,
  entities: Map<string, EntityRecord>,
  problems: BuildProblem[],
): Map<number, string> {
  const annotated = new Map<number, string>();
  for (const note of annotations.footnotes) {
    const problem = (reason: string) =>
      problems.push({
        file: note.origin.file,
        entry: entryName(note.origin, `ordinal ${note.ordinal}`),
        reason,
      });
    const marker = doc.footnotes[note.ordinal - 1];
    if (!marker) {
      problem(
        `no footnote marker with ordinal ${note.ordinal} (the text has ${doc.footnotes.length})`,
      );
      continue;
    }
    if (marker.number !== note.number) {
      problem(
        `footnote number mismatch: marker ${note.ordinal} is printed ${marker.marker} (number ${marker.number}), ` +
          `the annotation says ${note.number}`,
      );
    }
    if (!entities.has(note.annotates)) problem(`annotates an unknown entity ${note.annotates}`);
    if (note.quote) {
      const resolved = resolveQuote(doc, { quote: note.quote, near: note.near });
      if ('reason' in resolved) problem(resolved.reason);
      else if (resolved.evidence.start > marker.start || resolved.evidence.end < marker.end) {
        problem(
          `the quote does not contain marker ${note.ordinal} (${marker.marker} at ${marker.start})`,
        );
      }
    }
    if (annotated.has(note.ordinal)) problem(`duplicate footnote ordinal ${note.ordinal}`);
    annotated.set(note.ordinal, note.annotates);
  }
  return new Map([...annotated].sort((a, b) => a[0] - b[0]));
}

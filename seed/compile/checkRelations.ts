import { type ExtractedDocument } from '../extract';
import { type Annotations, entryName } from './annotations';
import { type Props } from './artifact';
import { type BuildProblem } from './BuildError';
import { type EntityRecord } from './entities';
import { type Evidence, resolveQuote } from './quotes';

export interface CheckedRelation {
  from: string;
  type: string;
  to: string | null;
  evidence: Evidence;
  props: Props;
}

export function checkRelations(
  annotations: Annotations,
  doc: ExtractedDocument,
  entities: Map<string, EntityRecord>,
  problems: BuildProblem[],
): CheckedRelation[] {
  const checked: CheckedRelation[] = [];
  const seen = new Map<string, string>();
  for (const relation of annotations.relations) {
    const label = `${relation.from} -${relation.type}-> ${relation.to ?? ''}`.trim();
    const problem = (reason: string) =>
      problems.push({
        file: relation.origin.file,
        entry: entryName(relation.origin, label),
        reason,
      });
    if (!entities.has(relation.from)) problem(`relation from an unknown entity ${relation.from}`);
    if (relation.to && !entities.has(relation.to))
      problem(`relation to an unknown entity ${relation.to}`);
    const resolved = resolveQuote(doc, relation);
    if ('reason' in resolved) {
      problem(resolved.reason);
      continue;
    }
    const key = `${label}@${resolved.evidence.start}:${relation.year}:${relation.phase}`;
    if (seen.has(key)) {
      problem(`duplicate relation (same as ${seen.get(key)})`);
      continue;
    }
    seen.set(key, `${relation.origin.file}: ${entryName(relation.origin, label)}`);
    checked.push({
      from: relation.from,
      type: relation.type,
      to: relation.to,
      evidence: resolved.evidence,
      props: {
        year: relation.year,
        phase: relation.phase,
        wording: relation.wording,
        commitment: relation.commitment,
        amountValue: relation.amount?.value ?? null,
        amountUnit: relation.amount?.unit ?? null,
        note: relation.note,
      },
    });
  }
  return checked;
}

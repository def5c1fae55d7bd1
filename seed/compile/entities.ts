import { gazetteer, HEADLINE_INDICATORS } from '../extract';
import { type EntityType } from '../vocabulary';
import { type EntityAnnotation, entryName } from './annotations';
import { type BuildProblem } from './BuildError';
import { type EntityEvidence, type QuotedText, resolveEntityQuote } from './quotes';

/** An entity as the build knows it, whichever layer defined it. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  /** A curated entity's words an occurrence inside which is no mention (水电 in 水电气). */
  notInside?: string[];
  /** Who defined it: the gazetteer, the headline dictionary, or a curator (who may refine the first two). */
  source: 'gazetteer' | 'headline' | 'curated';
  inGazetteer: boolean;
  code: string | null;
  codeNote: string | null;
  note: string | null;
  evidence: EntityEvidence | null;
  /** The curated entry that defined it, for error messages. */
  definedIn: { file: string; entry: string } | null;
}

/**
 * The gazetteer's divisions and the headline indicators, refined or extended by the
 * curated entities. A curated entry with a gazetteer id adds aliases and evidence to the
 * division; one that contradicts its name, kind or code is an error, as is an id defined
 * twice by curators.
 */
export function collectEntities(
  curated: EntityAnnotation[],
  text: QuotedText,
  problems: BuildProblem[],
): Map<string, EntityRecord> {
  const entities = new Map<string, EntityRecord>();
  for (const division of gazetteer()) {
    entities.set(division.id, {
      id: division.id,
      type: 'AdminDivision',
      kind: division.kind,
      name: division.name,
      nameEn: division.nameEn,
      aliases: [...division.aliases],
      source: 'gazetteer',
      inGazetteer: true,
      code: division.code,
      codeNote: division.codeNote ?? null,
      note: null,
      evidence: null,
      definedIn: null,
    });
  }
  for (const indicator of HEADLINE_INDICATORS) {
    entities.set(`Indicator:${indicator.name}`, {
      id: `Indicator:${indicator.name}`,
      type: 'Indicator',
      kind: 'headline',
      name: indicator.name,
      nameEn: indicator.nameEn,
      aliases: [],
      source: 'headline',
      inGazetteer: false,
      code: null,
      codeNote: null,
      note: null,
      evidence: null,
      definedIn: null,
    });
  }

  for (const entry of curated) {
    const where = entryName(entry.origin, entry.id);
    const problem = (reason: string) =>
      problems.push({ file: entry.origin.file, entry: where, reason });
    const resolved = resolveEntityQuote(text, entry);
    if ('reason' in resolved) problem(resolved.reason);
    const evidence = 'evidence' in resolved ? resolved.evidence : null;
    const existing = entities.get(entry.id);
    if (existing?.source === 'curated') {
      problem(
        `duplicate id ${entry.id} (first defined in ${existing.definedIn!.file}: ${existing.definedIn!.entry})`,
      );
      continue;
    }
    if (existing?.inGazetteer) {
      if (entry.name !== existing.name)
        problem(`name ${entry.name} contradicts the gazetteer's ${existing.name}`);
      if (entry.kind !== existing.kind)
        problem(`kind ${entry.kind} contradicts the gazetteer's ${existing.kind}`);
      if (entry.code && entry.code !== existing.code) {
        problem(`code ${entry.code} contradicts the gazetteer's ${existing.code}`);
      }
    }
    entities.set(entry.id, {
      id: entry.id,
      type: entry.type,
      kind: entry.kind,
      name: entry.name,
      nameEn: entry.nameEn ?? existing?.nameEn ?? null,
      aliases: unique([...(existing?.aliases ?? []), ...entry.aliases]).filter(
        (a) => a !== entry.name,
      ),
      notInside: entry.notInside,
      source: 'curated',
      inGazetteer: existing?.inGazetteer ?? false,
      code: existing?.code ?? entry.code,
      codeNote: existing?.codeNote ?? null,
      note: entry.note,
      evidence,
      definedIn: { file: entry.origin.file, entry: where },
    });
  }
  return entities;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

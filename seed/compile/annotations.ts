import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  ENTITY_KINDS,
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  isKindOf,
  OBSERVATION_KINDS,
  type ObservationKind,
  PHASES,
  SEMANTIC_RELATION_TYPES,
} from '../vocabulary';
import { BuildError, type BuildProblem, displayPath } from './BuildError';

/** Where an annotation was written, for error messages: `file: entities[3] (id): reason`. */
export interface Origin {
  file: string;
  list: 'entities' | 'relations' | 'footnotes' | 'observations';
  index: number;
}

export interface Citation {
  quote: string;
  near: string | null;
}

export interface EntityAnnotation extends Citation {
  origin: Origin;
  type: EntityType;
  kind: string;
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  /** Longer words an occurrence inside which is no mention (水电 in 水电气), each holding a name. */
  notInside: string[];
  code: string | null;
  note: string | null;
}

export interface RelationAnnotation extends Citation {
  origin: Origin;
  from: string;
  type: string;
  to: string | null;
  year: number | null;
  phase: string | null;
  wording: string | null;
  commitment: string | null;
  amount: { value: number; unit: string } | null;
  note: string | null;
}

export interface FootnoteAnnotation {
  origin: Origin;
  ordinal: number;
  number: number;
  annotates: string;
  /** Optional: the marked words with their marker, checked to contain the marker. */
  quote: string | null;
  near: string | null;
  note: string | null;
}

export interface ObservationAnnotation extends Citation {
  origin: Origin;
  indicator: string;
  year: number;
  kind: ObservationKind;
  value: number;
  unit: string;
  qualifier: string | null;
  text: string | null;
  gap: number | null;
  met: boolean | null;
  note: string | null;
}

export interface Annotations {
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
  footnotes: FootnoteAnnotation[];
  observations: ObservationAnnotation[];
}

const FIELDS = {
  entities: [
    'type',
    'kind',
    'id',
    'name',
    'nameEn',
    'aliases',
    'notInside',
    'code',
    'quote',
    'near',
    'note',
  ],
  relations: [
    'from',
    'type',
    'to',
    'quote',
    'near',
    'year',
    'phase',
    'wording',
    'commitment',
    'amount',
    'note',
  ],
  footnotes: ['ordinal', 'number', 'annotates', 'quote', 'near', 'note'],
  observations: [
    'indicator',
    'year',
    'kind',
    'value',
    'unit',
    'qualifier',
    'text',
    'gap',
    'met',
    'quote',
    'near',
    'note',
  ],
} as const;
type List = keyof typeof FIELDS;
const LISTS = Object.keys(FIELDS) as List[];

/** How an entry is named in an error: its index, and its id or what identifies it. */
export function entryName(origin: Origin, label?: string): string {
  return `${origin.list}[${origin.index}]${label ? ` (${label})` : ''}`;
}

/**
 * Reads every `*.yaml` of the directory (in file-name order, so ids and errors are
 * stable) and checks each entry's shape against the vocabulary. Cross-references and
 * quotes are checked by the build, which knows the source.
 */
export function readAnnotations(dir: string): Annotations {
  const result: Annotations = { entities: [], relations: [], footnotes: [], observations: [] };
  const problems: BuildProblem[] = [];
  if (!existsSync(dir)) {
    throw new BuildError([
      { file: displayPath(dir), entry: '-', reason: 'annotations directory not found' },
    ]);
  }
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = displayPath(path);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, entry: '-', reason: `not valid YAML: ${(error as Error).message}` });
      continue;
    }
    if (data === null || data === undefined) continue;
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file,
        entry: '-',
        reason: `expected a mapping with lists ${LISTS.join(', ')}`,
      });
      continue;
    }
    for (const [list, entries] of Object.entries(data as Record<string, unknown>)) {
      if (!(LISTS as string[]).includes(list)) {
        problems.push({ file, entry: list, reason: `unknown list (known: ${LISTS.join(', ')})` });
        continue;
      }
      if (entries === null) continue;
      if (!Array.isArray(entries)) {
        problems.push({ file, entry: list, reason: 'expected a list' });
        continue;
      }
      entries.forEach((raw, index) => {
        const origin: Origin = { file, list: list as List, index };
        const reader = new EntryReader(origin, raw, problems);
        if (!reader.ok) return;
        if (list === 'entities') result.entities.push(readEntity(reader));
        if (list === 'relations') result.relations.push(readRelation(reader));
        if (list === 'footnotes') result.footnotes.push(readFootnote(reader));
        if (list === 'observations') result.observations.push(readObservation(reader));
      });
    }
  }
  if (problems.length) throw new BuildError(problems);
  return result;
}

function readEntity(entry: EntryReader): EntityAnnotation {
  const type = entry.string('type', true);
  const name = entry.string('name', true) ?? '';
  const validType = isEntityType(type);
  if (type && !validType) entry.fail(`unknown type ${type} (known: ${ENTITY_TYPES.join(', ')})`);
  const kind = entry.string('kind', true) ?? '';
  if (validType && kind && !isKindOf(type, kind)) {
    entry.fail(`unknown kind ${kind} for ${type} (known: ${ENTITY_KINDS[type].join(', ')})`);
  }
  const id = entry.string('id') ?? `${type}:${name}`;
  if (validType && !id.startsWith(`${type}:`)) entry.fail(`id ${id} must start with ${type}:`);
  const aliases = entry.strings('aliases');
  const notInside = entry.strings('notInside');
  for (const word of notInside)
    if (![name, ...aliases].some((surface) => surface && word.includes(surface)))
      entry.fail(`notInside: ${word} holds neither the name nor an alias`);
  return {
    origin: entry.origin,
    type: (validType ? type : 'Industry') as EntityType,
    kind,
    id,
    name,
    nameEn: entry.string('nameEn'),
    aliases,
    notInside,
    code: entry.string('code'),
    ...entry.citation(),
    note: entry.string('note'),
  };
}

function readRelation(entry: EntryReader): RelationAnnotation {
  const from = entry.string('from', true) ?? '';
  const type = entry.string('type', true) ?? '';
  const to = entry.string('to');
  if (type && !(SEMANTIC_RELATION_TYPES as readonly string[]).includes(type)) {
    entry.fail(
      `unknown relation type ${type} (known: ${SEMANTIC_RELATION_TYPES.join(', ')}; ` +
        'a new type is added to seed/vocabulary.ts)',
    );
  }
  const phase = entry.string('phase');
  if (phase && !(PHASES as readonly string[]).includes(phase)) {
    entry.fail(`unknown phase ${phase} (known: ${PHASES.join(', ')})`);
  }
  if (type === 'HAS_STATUS') {
    if (to) entry.fail('HAS_STATUS takes no `to`: the build makes the Status node');
    if (!phase) entry.fail('HAS_STATUS needs a phase');
    if (entry.raw.year === undefined) entry.fail('HAS_STATUS needs a year');
  } else if (!to) {
    entry.fail('`to` is required');
  }
  return {
    origin: entry.origin,
    from,
    type,
    to,
    year: entry.integer('year'),
    phase,
    wording: entry.string('wording'),
    commitment: entry.string('commitment'),
    amount: entry.amount('amount'),
    ...entry.citation(),
    note: entry.string('note'),
  };
}

function readFootnote(entry: EntryReader): FootnoteAnnotation {
  const ordinal = entry.integer('ordinal', true) ?? 0;
  return {
    origin: entry.origin,
    ordinal,
    number: entry.integer('number', true) ?? 0,
    annotates: entry.string('annotates', true) ?? '',
    quote: entry.string('quote'),
    near: entry.string('near'),
    note: entry.string('note'),
  };
}

function readObservation(entry: EntryReader): ObservationAnnotation {
  const indicator = entry.string('indicator', true) ?? '';
  const year = entry.integer('year', true) ?? 0;
  const kind = entry.string('kind', true) ?? '';
  if (kind && !(OBSERVATION_KINDS as readonly string[]).includes(kind)) {
    entry.fail(`unknown kind ${kind} (known: ${OBSERVATION_KINDS.join(', ')})`);
  }
  const met = entry.raw.met;
  if (met !== undefined && met !== null && typeof met !== 'boolean')
    entry.fail('met: expected true or false');
  return {
    origin: entry.origin,
    indicator,
    year,
    kind: kind as ObservationKind,
    value: entry.number('value', true) ?? 0,
    unit: entry.string('unit', true) ?? '',
    qualifier: entry.string('qualifier'),
    text: entry.string('text'),
    gap: entry.number('gap'),
    met: typeof met === 'boolean' ? met : null,
    ...entry.citation(),
    note: entry.string('note'),
  };
}

/** What names an entry in an error, read before any field is checked. */
function labelOf(list: List, raw: Record<string, unknown>): string | undefined {
  const text = (key: string) =>
    raw[key] === undefined || raw[key] === null ? '' : String(raw[key]);
  switch (list) {
    case 'entities':
      return text('id') || (raw.type || raw.name ? `${text('type')}:${text('name')}` : undefined);
    case 'relations':
      return `${text('from')} -${text('type')}-> ${text('to')}`.trim();
    case 'footnotes':
      return `ordinal ${text('ordinal')}`;
    case 'observations':
      return `${text('indicator')} ${text('year')} ${text('kind')}`.trim();
  }
}

/** Typed access to one YAML entry, recording a problem for each field that is wrong. */
class EntryReader {
  readonly raw: Record<string, unknown>;
  readonly ok: boolean;
  readonly label: string | undefined;

  constructor(
    readonly origin: Origin,
    raw: unknown,
    private readonly problems: BuildProblem[],
  ) {
    this.raw =
      raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    this.ok = this.raw === raw;
    this.label = this.ok ? labelOf(origin.list, this.raw) : undefined;
    if (!this.ok) {
      this.fail('expected a mapping');
      return;
    }
    const known: readonly string[] = FIELDS[origin.list];
    for (const key of Object.keys(this.raw)) {
      if (!known.includes(key)) this.fail(`unknown field ${key} (known: ${known.join(', ')})`);
    }
  }

  fail(reason: string): void {
    this.problems.push({
      file: this.origin.file,
      entry: entryName(this.origin, this.label),
      reason,
    });
  }

  string(key: string, required = false): string | null {
    const value = this.raw[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${key} is required`);
      return null;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(`${key}: expected a non-empty string`);
      return null;
    }
    return value.trim();
  }

  strings(key: string): string[] {
    const value = this.raw[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim())) {
      this.fail(`${key}: expected a list of strings`);
      return [];
    }
    return value.map((item: string) => item.trim());
  }

  number(key: string, required = false): number | null {
    const value = this.raw[key];
    if (value === undefined || value === null) {
      if (required) this.fail(`${key} is required`);
      return null;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${key}: expected a number`);
      return null;
    }
    return value;
  }

  integer(key: string, required = false): number | null {
    const value = this.number(key, required);
    if (value !== null && !Number.isInteger(value)) {
      this.fail(`${key}: expected a whole number`);
      return null;
    }
    return value;
  }

  amount(key: string): { value: number; unit: string } | null {
    const value = this.raw[key];
    if (value === undefined || value === null) return null;
    const map = value as Record<string, unknown>;
    if (typeof map !== 'object' || typeof map.value !== 'number' || typeof map.unit !== 'string') {
      this.fail(`${key}: expected { value: <number>, unit: <string> }`);
      return null;
    }
    const extra = Object.keys(map).filter((k) => k !== 'value' && k !== 'unit');
    if (extra.length) this.fail(`${key}: unknown field ${extra.join(', ')}`);
    return { value: map.value, unit: map.unit };
  }

  citation(): Citation {
    return { quote: this.string('quote', true) ?? '', near: this.string('near') };
  }
}

/** What an export needs of a report to name itself: its Document node's slug, title and region. */
export interface DocumentSummary {
  slug: string | null;
  title: string | null;
  region: string | null;
}

/** The names an export carries when the graph holds no report that says what it is about. */
const FALLBACK_TITLE = 'Plan-report graph';
const FALLBACK_SLUG = 'plan-report';

// Characters that some file systems refuse, and whitespace, become one underscore.
const unsafeInFileName = /[\\/:*?"<>|\s]+/g;

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

/**
 * A title for file metadata: the regions the reports cover (`乐山市 plan graph`), else the
 * title of the one report, else a neutral title.
 */
export function graphTitle(documents: readonly DocumentSummary[]): string {
  const regions = distinct(documents.map((document) => document.region));
  if (regions.length > 0) return `${regions.join('、')} plan graph`;
  const titles = distinct(documents.map((document) => document.title));
  return titles.length === 1 ? titles[0] : FALLBACK_TITLE;
}

/** The start of every download's file name: the reports' slugs (`leshan-2025`), joined by `+`. */
function fileNamePrefix(documents: readonly DocumentSummary[]): string {
  const slugs = distinct(documents.map((document) => document.slug));
  return slugs.length > 0 ? slugs.join('+').replace(unsafeInFileName, '_') : FALLBACK_SLUG;
}

/**
 * The base of a download's file name, before its format's suffix: `leshan-2025-graph`, or
 * `leshan-2025-neighborhood-<id>-depth<n>` for a neighbourhood.
 */
export function exportBaseName(
  documents: readonly DocumentSummary[],
  neighborhood?: { id: string; depth: number },
): string {
  const prefix = fileNamePrefix(documents);
  if (!neighborhood) return `${prefix}-graph`;
  const id = neighborhood.id.replace(unsafeInFileName, '_');
  return `${prefix}-neighborhood-${id}-depth${neighborhood.depth}`;
}

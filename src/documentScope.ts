import { badInput } from './errors';

/**
 * Section labels (二、(三)) and paragraph orders repeat in every report, so a lookup by
 * label or order needs a document. It may go unnamed while one document is loaded; with
 * several, guessing would mix reports, so the request is refused with their ids.
 */
export async function documentFor(
  named: string | null | undefined,
  loaded: () => Promise<readonly string[]>,
  argument = 'document',
): Promise<string | null> {
  if (named != null) return named;
  const ids = await loaded();
  if (ids.length <= 1) return ids[0] ?? null;
  throw badInput(
    `${ids.length} documents are loaded (${ids.join(', ')}); say which one with \`${argument}\`.`,
    argument,
  );
}

/**
 * Whether a section reference is an id (`Section:leshan-2025:二、(三)`), which names its
 * document, rather than a label. Every id is `<Label>:…`; no label holds an ASCII colon.
 */
export function isSectionId(section: string): boolean {
  return section.includes(':');
}

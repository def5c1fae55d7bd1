/** A run of report text: plain, or a footnote marker to set as a superscript. */
export interface ReportPiece {
  text: string;
  footnote: boolean;
}

/**
 * The report's text as a reader should see it: footnote markers `^{〔14〕}` become
 * superscript pieces (`〔14〕`) and the newlines that page breaks left inside a paragraph
 * go. Only the display changes; offsets shown beside it stay the stored ones. A marker
 * cut by a context window (`^{〔1` at the end, `4〕}` at the start) is a footnote too.
 */
export function reportPieces(raw: string): ReportPiece[] {
  const pieces: ReportPiece[] = [];
  const add = (text: string, footnote: boolean) => {
    const clean = text.replace(/\s*\n\s*/g, '');
    if (clean) pieces.push({ text: clean, footnote });
  };
  let rest = raw;
  const cutOpening = /^([^^{}]*)\}/.exec(rest);
  if (cutOpening) {
    add(cutOpening[1], true);
    rest = rest.slice(cutOpening[0].length);
  }
  const marker = /\^\{([^}]*)(?:\}|$)/g;
  let at = 0;
  for (const match of rest.matchAll(marker)) {
    add(rest.slice(at, match.index), false);
    add(match[1], true);
    at = match.index + match[0].length;
  }
  add(rest.slice(at), false);
  return pieces;
}

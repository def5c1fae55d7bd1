/**
 * Punctuation classes for the patterns of the extraction. Reports of the genre use the
 * full-width forms (U+FF0C comma, U+FF08/U+FF09 parentheses, U+FF1A colon, U+FF05 percent
 * …); some are converted or typed with ASCII (Leshan's file is), and many mix both. Every
 * pattern accepts both forms. The full-width code points are written as escapes, so an
 * editor or a copy cannot silently turn them into ASCII.
 */

/** , and U+FF0C */
export const COMMA = ',\\uFF0C';
/** ; and U+FF1B */
export const SEMICOLON = ';\\uFF1B';
/** : and U+FF1A */
export const COLON = ':\\uFF1A';
/** ! and U+FF01 */
export const EXCLAMATION = '!\\uFF01';
/** ? and U+FF1F */
export const QUESTION = '?\\uFF1F';
/** The marks that end a sentence: 。 and the semicolon, exclamation and question marks, both forms. */
export const SENTENCE_END = `。${SEMICOLON}${EXCLAMATION}${QUESTION}`;
/** ( and U+FF08 */
export const OPEN_PAREN = '(\\uFF08';
/** ) and U+FF09 */
export const CLOSE_PAREN = ')\\uFF09';
/** [ and U+FF3B (escaped for a character class) */
export const OPEN_SQUARE = '\\[\\uFF3B';
/** ] and U+FF3D (escaped for a character class) */
export const CLOSE_SQUARE = '\\]\\uFF3D';
/** % and U+FF05 */
export const PERCENT = '%\\uFF05';
/** The digits 0-9 and their full-width forms U+FF10-U+FF19. */
export const DIGIT = '0-9\\uFF10-\\uFF19';
/** . and U+FF0E (a decimal point in OCR'd text) */
export const DOT = '.\\uFF0E';
/** Dashes of page footers: -, U+2014, U+2013, U+2015 and U+FF0D. */
export const DASH = '\\-\\u2014\\u2013\\u2015\\uFF0D';

/** A number as printed (full-width digits, points and minus signs included). */
export function numberOf(printed: string): number {
  const ascii = printed
    .replace(/[\uFF10-\uFF19]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/gu, '.')
    .replace(/[\u2212\uFF0D]/gu, '-');
  return Number(ascii);
}

/** The unit as the graph stores it: % for U+FF05. */
export function unitOf(printed: string): string {
  return printed.replace(/\uFF05/gu, '%');
}

/**
 * Page words inside our own plain text (an <option>, the undo bar's sentence): where <bdi> cannot go, the
 * Unicode isolates do the same. A right-to-left override (U+202E) in a title or label then reverses that title
 * only, not the rest of the line; an unterminated override or embedding inside is closed by the PDI.
 */
const FSI = '\u2068';
const PDI = '\u2069';

export function isolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}

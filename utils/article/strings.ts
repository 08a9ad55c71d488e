/** Whitespace handling shared by every reader: Chinese pages pad with nbsp, U+3000 and zero-width spaces. */

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Collapse runs of whitespace (incl. nbsp, U+3000, zero-width) to one space and trim. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(SPACE_RE, ' ').trim();
}

/** Trim per paragraph: leading/trailing ASCII and ideographic spaces, nbsp, zero-width chars. */
export function trimPara(s: string): string {
  return s.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

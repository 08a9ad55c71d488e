/** Sentence boundaries, found once per text, so each figure's sentence is a binary search away. */

import { CHAR_SETS, charSet } from './chars';

const ENDS = charSet('。！？!?；;\n');
// A run-on "sentence" (a megabyte of digits) is cut to a window around the figure.
const MAX_SENTENCE = 400;
const WINDOW = 150;

/** Offsets just after each sentence end, in order. */
export function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (CHAR_SETS[text.charCodeAt(i)] & ENDS) out.push(i + 1);
  return out;
}

/** The trimmed sentence containing [start, end). */
export function sentenceOf(text: string, bounds: number[], start: number, end: number): string {
  let lo = 0,
    hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  let s = lo > 0 ? bounds[lo - 1] : 0;
  let e = lo < bounds.length ? bounds[lo] : text.length;
  if (e < end) e = end;
  if (e - s > MAX_SENTENCE) {
    s = Math.max(s, start - WINDOW);
    e = Math.min(e, end + WINDOW);
  }
  return text.slice(s, e).trim();
}

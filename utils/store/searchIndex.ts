/**
 * The library's search index, pure part: which text of a capture is searchable, the grams it is cut
 * into, and posting lists (sorted document numbers, delta + varint coded) that the store keeps per gram.
 *
 * Why a bigram inverted index rather than a search library: Chinese has no spaces, so a library would
 * need a CJK tokenizer and must load its whole serialised index into memory before the first query
 * (megabytes at 10,000 captures, on every library open). Posting lists in IndexedDB are read per query
 * (a few lists of a few kB), are written in the same transaction as the capture (never out of step),
 * and every substring query of two or more characters is covered by its bigrams. Single characters
 * are indexed too (unigrams), so one-character queries need no scan either.
 */
import type { Capture } from '../types';
import { foldForSearch } from './search';

/** The searchable fields other than the body, one per line (a term never spans lines: terms have no whitespace). */
export function metaSearchText(capture: Capture): string {
  const labels = [
    ...(capture.figures ?? []).map((figure) => figure.label ?? ''),
    ...(capture.figureEdits ?? []).map((edit) => edit.corrected?.label ?? ''),
  ];
  return [
    capture.title ?? '',
    ...(capture.channel ?? []),
    ...(capture.keywords ?? []),
    capture.source ?? '',
    capture.siteName ?? '',
    ...(capture.authors ?? []),
    ...(capture.tags ?? []),
    capture.note ?? '',
    ...labels,
    ...publishedDateForms(capture.publishedAt),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Everything a query can match, folded: title and metadata, then the body. */
export function searchableText(capture: Capture): string {
  return foldForSearch(`${metaSearchText(capture)}\n${capture.text ?? ''}`);
}

/**
 * The ways people write a publication date, so "2019", "2019年5月", "2019-05" and "5月24日" find it.
 * Read from the ISO string's own digits (the article's local date), never shifted through a time zone.
 */
export function publishedDateForms(publishedAt: string | null | undefined): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!match) return [];
  const [, year, month, day] = match;
  const m = String(Number(month));
  const d = String(Number(day));
  return [`${year}年${m}月${d}日`, `${year}年${month}月${day}日`, `${year}-${month}-${day}`, `${year}/${m}/${d}`];
}

/** Every unigram and bigram of the text that does not contain whitespace. */
export function gramsOf(folded: string): Set<string> {
  const grams = new Set<string>();
  let previous = '';
  for (const char of folded) {
    if (/\s/.test(char)) {
      previous = '';
      continue;
    }
    grams.add(char);
    if (previous) grams.add(previous + char);
    previous = char;
  }
  return grams;
}

/** The grams whose posting lists a (folded, whitespace-free) term must be in: its bigrams, or itself. */
export function termGrams(term: string): string[] {
  const chars = [...term];
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 1; i < chars.length; i++) grams.add(chars[i - 1] + chars[i]);
  return [...grams];
}

/** True when the grams alone prove a match (one or two characters): no need to read the text. */
export function termIsExactByGrams(term: string): boolean {
  return [...term].length <= 2;
}

/** Sorted, distinct document numbers -> delta-coded varints (1 byte per posting in dense lists). */
export function encodePostings(docs: readonly number[]): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const doc of docs) {
    let gap = doc - previous;
    previous = doc;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return Uint8Array.from(bytes);
}

export function decodePostings(bytes: Uint8Array | undefined): number[] {
  const docs: number[] = [];
  if (!bytes) return docs;
  let previous = 0;
  let gap = 0;
  let scale = 1;
  for (const byte of bytes) {
    gap += (byte & 0x7f) * scale;
    if (byte & 0x80) {
      scale *= 0x80;
      continue;
    }
    previous += gap;
    docs.push(previous);
    gap = 0;
    scale = 1;
  }
  return docs;
}

/** Sorted list with `add` merged in and `remove` taken out (both sorted or not; result sorted, distinct). */
export function mergePostings(
  current: readonly number[],
  add: readonly number[],
  remove: readonly number[] = [],
): number[] {
  const gone = new Set(remove);
  const all = new Set<number>();
  for (const doc of current) if (!gone.has(doc)) all.add(doc);
  for (const doc of add) all.add(doc);
  return [...all].sort((a, b) => a - b);
}

/**
 * The documents in every list (each list distinct, in any order), in the order of the shortest. One pass over
 * each list with a counter per document number: no set of a 10,000-document list is built for a common gram.
 */
export function intersectPostings(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  if (sorted.length === 1 || sorted[0].length === 0) return sorted[0].slice();
  let top = 0;
  for (const doc of sorted[0]) if (doc > top) top = doc;
  // seen[doc] = how many lists, shortest first, hold doc so far.
  const seen = new Uint32Array(top + 1);
  for (const doc of sorted[0]) seen[doc] = 1;
  for (let i = 1; i < sorted.length; i++) {
    let left = 0;
    for (const doc of sorted[i]) {
      if (doc <= top && seen[doc] === i) {
        seen[doc] = i + 1;
        left++;
      }
    }
    if (left === 0) return [];
  }
  return sorted[0].filter((doc) => seen[doc] === sorted.length);
}

/**
 * Library search without word segmentation: Chinese has no spaces between words, so a term matches
 * when it is a plain substring. Every whitespace-separated term must match somewhere; title hits rank first.
 */
import type { Capture } from '../types';

/** Folds full-width Latin/digits (ＧＤＰ -> gdp) and case, so both sides compare alike. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function parseSearchQuery(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/\s+/).filter(Boolean))];
}

/** Where a term can be found, weighted: the title outranks tags/metadata, which outrank the body. */
const TITLE_WEIGHT = 100;
const META_WEIGHT = 10;
const BODY_WEIGHT = 1;

/**
 * Score of a capture for the parsed terms, or 0 when some term matches nowhere.
 * Fields are folded lazily: most records fail on the title/meta check of the first term or match cheaply.
 */
export function scoreCapture(capture: Capture, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const title = foldForSearch(capture.title ?? '');
  let meta: string | undefined;
  let body: string | undefined;
  let score = 0;
  for (const term of terms) {
    if (title.includes(term)) {
      score += TITLE_WEIGHT;
      continue;
    }
    meta ??= foldForSearch(metaText(capture));
    if (meta.includes(term)) {
      score += META_WEIGHT;
      continue;
    }
    body ??= foldForSearch(capture.text ?? '');
    if (body.includes(term)) {
      score += BODY_WEIGHT;
      continue;
    }
    return 0;
  }
  return score;
}

/** Fields joined with a separator no query term contains (terms never hold whitespace). */
function metaText(capture: Capture): string {
  const labels = [
    ...(capture.figures ?? []).map((figure) => figure.label ?? ''),
    ...(capture.figureEdits ?? []).map((edit) => edit.corrected?.label ?? ''),
  ];
  return [
    ...(capture.tags ?? []),
    capture.note ?? '',
    capture.source ?? '',
    ...(capture.authors ?? []),
    ...(capture.keywords ?? []),
    ...labels,
  ].join('\n');
}

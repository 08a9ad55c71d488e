/**
 * Search over the index: posting lists of the query's grams give the candidates, the summaries rank
 * them (title > metadata > body), and only candidates whose match the grams cannot prove (a term of
 * three or more characters found in no summary field) have their text read — at most until a page of
 * results is full. Runs inside one readonly transaction, so it sees one consistent library.
 */
import type { Capture } from '../types';
import { foldForSearch, parseSearchQuery } from './search';
import {
  decodePostings,
  intersectPostings,
  publishedDateForms,
  searchableText,
  termGrams,
  termIsExactByGrams,
} from './searchIndex';
import type { CaptureSummary } from './summary';

export interface SearchOptions {
  /** Results to return (verified and ranked); default 50. */
  limit?: number;
  /** Filters applied before any text is read (the library's filters). */
  accept?: (summary: CaptureSummary) => boolean;
}

export interface SearchHit {
  summary: CaptureSummary;
  score: number;
  /** Body text around the first match, when a term matched in the body. */
  snippet: string | null;
}

export interface SearchResult {
  terms: string[];
  hits: SearchHit[];
  /** Matches in all: exact when `exact`, else an upper bound (candidates not yet read). */
  total: number;
  exact: boolean;
}

/** What the search needs from the transaction (kept small so tests can hand in fakes). */
export interface SearchSource {
  /** The gram's posting-list chunks (each sorted, delta coded; together every document with the gram). */
  postings(gram: string): Promise<Uint8Array[]>;
  summariesByDoc(): Promise<Map<number, CaptureSummary>>;
  capture(id: string): Promise<Capture | undefined>;
  /** Captures not yet in the posting lists: document number -> folded searchable text (v5). */
  pendingTexts?(): Promise<Map<number, string>>;
}

const WEIGHTS = { title: 100, meta: 10, body: 1 } as const;
/** Below this many candidates every one is checked, so the count is exact. */
const VERIFY_ALL_BELOW = 200;
const SNIPPET_RADIUS = 40;

export function summaryMetaText(summary: CaptureSummary): string {
  return foldForSearch(
    [
      ...summary.channel,
      ...summary.keywords,
      summary.source ?? '',
      summary.siteName ?? '',
      ...summary.authors,
      ...summary.tags,
      summary.notePreview,
      ...summary.figureLabels,
      ...publishedDateForms(summary.publishedAt),
    ].join('\n'),
  );
}

interface Candidate {
  summary: CaptureSummary;
  score: number;
  /** Terms not found in title/metadata: they must be in the body (or a long note). */
  bodyTerms: string[];
}

function rank(summary: CaptureSummary, terms: readonly string[]): Candidate {
  const title = foldForSearch(summary.title);
  let meta: string | undefined;
  let score = 0;
  const bodyTerms: string[] = [];
  for (const term of terms) {
    if (title.includes(term)) score += WEIGHTS.title;
    else if ((meta ??= summaryMetaText(summary)).includes(term)) score += WEIGHTS.meta;
    else {
      score += WEIGHTS.body;
      bodyTerms.push(term);
    }
  }
  return { summary, score, bodyTerms };
}

export function makeSnippet(text: string, terms: readonly string[]): string | null {
  const folded = foldForSearch(text);
  // NFKC can change lengths (rare ligatures); then the folded text is shown, so offsets agree.
  const source = folded.length === text.length ? text : folded;
  let at = -1;
  for (const term of terms) {
    const index = folded.indexOf(term);
    if (index >= 0 && (at < 0 || index < at)) at = index;
  }
  if (at < 0) return null;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(source.length, at + SNIPPET_RADIUS * 2);
  const window = source.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${window}${end < source.length ? '…' : ''}`;
}

const byCapturedDesc = (a: Candidate, b: Candidate) =>
  b.score - a.score || (a.summary.capturedAt < b.summary.capturedAt ? 1 : -1);

export async function searchIndex(source: SearchSource, query: string, options: SearchOptions = {}) {
  const terms = parseSearchQuery(query);
  const limit = options.limit ?? 50;
  const result: SearchResult = { terms, hits: [], total: 0, exact: true };
  if (terms.length === 0) return result;
  const grams = [...new Set(terms.flatMap(termGrams))];
  const lists = await Promise.all(
    grams.map(async (gram) => (await source.postings(gram)).flatMap((chunk) => decodePostings(chunk))),
  );
  const docs = new Set(intersectPostings(lists));
  // Unmerged captures: their whole text is at hand, so a match is exact without the grams.
  for (const [doc, text] of (await source.pendingTexts?.()) ?? [])
    if (terms.every((term) => text.includes(term))) docs.add(doc);
  if (docs.size === 0) return result;
  const byDoc = await source.summariesByDoc();
  const candidates: Candidate[] = [];
  for (const doc of docs) {
    const summary = byDoc.get(doc);
    if (summary && (!options.accept || options.accept(summary))) candidates.push(rank(summary, terms));
  }
  candidates.sort(byCapturedDesc);
  const verifyAll = candidates.length <= VERIFY_ALL_BELOW;
  let checked = 0;
  let matched = 0;
  for (const candidate of candidates) {
    if (!verifyAll && result.hits.length >= limit) break;
    checked++;
    const needsText = candidate.bodyTerms.length > 0;
    const mustVerify = candidate.bodyTerms.some((term) => !termIsExactByGrams(term));
    if (!needsText) {
      matched++;
      if (result.hits.length < limit) result.hits.push({ ...candidate, snippet: null });
      continue;
    }
    if (!mustVerify && result.hits.length >= limit) {
      matched++; // proven by its grams; its text is only needed for a snippet that would not be shown
      continue;
    }
    const capture = await source.capture(candidate.summary.id);
    if (!capture) continue;
    const text = searchableText(capture);
    if (!candidate.bodyTerms.every((term) => text.includes(term))) continue;
    matched++;
    if (result.hits.length < limit)
      result.hits.push({ ...candidate, snippet: makeSnippet(capture.text ?? '', candidate.bodyTerms) });
  }
  result.exact = checked === candidates.length;
  result.total = matched + (candidates.length - checked);
  return result;
}

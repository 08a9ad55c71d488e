/**
 * Search over the index: posting lists of the query's grams give the candidates, the summaries rank
 * them (title > metadata > body) or the library's date order sorts them, and only the candidates of the
 * first page whose match is in the body have their text read (to check a term of three or more characters
 * the grams cannot prove, and for the snippet), all of a page at once. Runs inside one readonly
 * transaction, so it sees one consistent library.
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
  /**
   * Order of the hits: relevance (title > metadata > body, then newest capture; the default), or newest
   * capture / newest publication first (undated last) as the library sorts. The hits are the first `limit`
   * matches in that order, so a page of them is the first page of all matches.
   */
  sort?: SearchSort;
}

export type SearchSort = 'relevance' | 'capturedAt' | 'publishedAt';

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
/** Up to this many candidates every one is checked (their texts read at once), so the count is exact. */
const VERIFY_ALL_BELOW = 60;
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

/** Folded title and metadata per summary object (the read cache keeps one object per capture and generation). */
const folded = new WeakMap<CaptureSummary, { title: string; meta?: string }>();

function rank(summary: CaptureSummary, terms: readonly string[]): Candidate {
  let fold = folded.get(summary);
  if (!fold) folded.set(summary, (fold = { title: foldForSearch(summary.title) }));
  let score = 0;
  const bodyTerms: string[] = [];
  for (const term of terms) {
    if (fold.title.includes(term)) score += WEIGHTS.title;
    else if ((fold.meta ??= summaryMetaText(summary)).includes(term)) score += WEIGHTS.meta;
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

/** Newest capture first; ties by id, highest first, as the list reads them through its capturedAt index. */
const byCapturedDesc = (a: Candidate, b: Candidate) => {
  const [x, y] = [a.summary, b.summary];
  return x.capturedAt < y.capturedAt ? 1 : x.capturedAt > y.capturedAt ? -1 : x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
};
const ORDERS: Record<SearchSort, (a: Candidate, b: Candidate) => number> = {
  relevance: (a, b) => b.score - a.score || byCapturedDesc(a, b),
  capturedAt: byCapturedDesc,
  publishedAt: (a, b) =>
    (b.summary.publishedTime ?? Number.NEGATIVE_INFINITY) - (a.summary.publishedTime ?? Number.NEGATIVE_INFINITY) ||
    byCapturedDesc(a, b),
};

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
  candidates.sort(ORDERS[options.sort ?? 'relevance']);
  await verify(source, candidates, limit, result);
  return result;
}

/**
 * Takes the candidates in order until `limit` hits are found, reading the texts of those a body term must be
 * checked in (or shown from) a page at a time, all of a page's reads at once (one round trip, not one each).
 * At most VERIFY_ALL_BELOW candidates are all checked, so their count is exact; else it is exact only when the
 * grams prove the unread ones, and an upper bound otherwise.
 */
async function verify(source: SearchSource, candidates: Candidate[], limit: number, result: SearchResult) {
  const verifyAll = candidates.length <= VERIFY_ALL_BELOW;
  let checked = 0;
  let matched = 0;
  while (checked < candidates.length && (verifyAll || result.hits.length < limit)) {
    const room = verifyAll ? candidates.length : limit - result.hits.length;
    const page = candidates.slice(checked, checked + room);
    const reads = page.filter((candidate) => candidate.bodyTerms.length > 0);
    const texts = await Promise.all(reads.map((candidate) => source.capture(candidate.summary.id)));
    const read = new Map(reads.map((candidate, i) => [candidate, texts[i]]));
    for (const candidate of page) {
      checked++;
      if (candidate.bodyTerms.length === 0) {
        matched++;
        if (result.hits.length < limit) result.hits.push({ ...candidate, snippet: null });
        continue;
      }
      const capture = read.get(candidate);
      if (!capture) continue;
      const text = searchableText(capture);
      if (!candidate.bodyTerms.every((term) => text.includes(term))) continue;
      matched++;
      if (result.hits.length < limit)
        result.hits.push({ ...candidate, snippet: makeSnippet(capture.text ?? '', candidate.bodyTerms) });
    }
  }
  // The rest are unread: their count is exact when their grams prove every term (terms of one or two characters).
  const proven = candidates.slice(checked).every((candidate) => candidate.bodyTerms.every(termIsExactByGrams));
  result.exact = proven;
  result.total = matched + (candidates.length - checked);
}

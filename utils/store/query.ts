/**
 * Search over the index: posting lists of the query's grams give the candidates; the list's order (newest
 * capture first: the shared summaries come in that order, no sort) or the publication date or relevance orders
 * them, and only the candidates of the first page whose match is in the body have their text read (to check a
 * term of three or more characters the grams cannot prove, and for the snippet), a page's reads at once. Texts
 * are the light `texts` records (v6: a few kB, not the whole capture), through a cache keyed by document number (a
 * number's text never changes: a capture whose text changes gets a new one), so typing on reads each body once.
 * Before the page has every summary, a search in the list's order without filters orders its candidates by the
 * `docorder` blocks and reads the summaries of the pages it looks at (docStores.ts). Runs inside one readonly
 * transaction: one consistent library.
 */
import type { Capture } from '../types';
import { type DocRef, type DocText, docTextOfCapture } from './docStores';

export type { DocText } from './docStores';
import { foldFree } from './foldFree';
import { foldForSearch, parseSearchQuery } from './search';
import { decodePostings, intersectPostings, publishedDateForms, termGrams, termIsExactByGrams } from './searchIndex';
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
  /** Every summary, newest capture first (ties: highest id first), when at hand: that order then needs no sort. */
  summariesNewestFirst?(): Promise<readonly CaptureSummary[] | null>;
  capture(id: string): Promise<Capture | undefined>;
  /** The texts of documents by number and id (the light `texts` store behind a cache; see storeReads.ts). */
  docText?(doc: { docNo: number; id: string }): Promise<DocText | undefined>;
  /**
   * Every live document's order keys, given while the summaries are not at hand (the first search after the page
   * opens): a search in the list's order without filters then ranks and reads only its first pages' summaries.
   */
  docOrder?(): Promise<DocRef[]>;
  /** Summaries by id (with docOrder). */
  summariesById?(ids: readonly string[]): Promise<Array<CaptureSummary | undefined>>;
  /** Captures not yet in the posting lists: document number -> folded searchable text (v5). */
  pendingTexts?(): Promise<Map<number, string>>;
}

const WEIGHTS = { title: 100, meta: 10, body: 1 } as const;
/** Up to this many candidates every one is checked (their texts read at once), so the count is exact. */
const VERIFY_ALL_BELOW = 60;
/** Most texts read in one round when a page's candidates mostly fail the body check (then fewer rounds). */
const MAX_READS_PER_ROUND = 400;
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

/**
 * Body text around the first match of any term. `producers`: the document's producerKinds (foldFree.ts): when
 * every term is fold-free there, the body as written is searched (no fold of the whole body).
 */
export function makeSnippet(text: string, terms: readonly string[], producers?: number): string | null {
  const plain = producers !== undefined && terms.every((term) => foldFree(term, producers));
  const folded = plain ? text : foldForSearch(text);
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

/** A candidate before it is looked at: its summary, or (docOrder) only its order keys. */
type Item = CaptureSummary | DocRef;
type OrderKeys = Pick<CaptureSummary, 'capturedAt' | 'id' | 'publishedTime'>;

/** Newest capture first; ties by id, highest first, as the list reads them through its capturedAt index. */
const newestFirst = (x: OrderKeys, y: OrderKeys) =>
  x.capturedAt < y.capturedAt ? 1 : x.capturedAt > y.capturedAt ? -1 : x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
const byPublished = (x: OrderKeys, y: OrderKeys) =>
  (y.publishedTime ?? Number.NEGATIVE_INFINITY) - (x.publishedTime ?? Number.NEGATIVE_INFINITY) || newestFirst(x, y);

/** A capture's text through the source's cache, or read whole (sources without one: tests' fakes). */
export async function readDocText(source: SearchSource, doc: Item): Promise<DocText | undefined> {
  if (source.docText) return source.docText(doc);
  const capture = await source.capture(doc.id);
  return capture && docTextOfCapture(capture);
}

/** The candidates (accepted summaries of the matching documents, or their order keys) in the order asked for. */
async function ordered(
  source: SearchSource,
  docs: Set<number>,
  terms: string[],
  options: SearchOptions,
): Promise<Item[]> {
  const accept = options.accept;
  const sort = options.sort ?? 'relevance';
  const newest = sort === 'capturedAt' ? await source.summariesNewestFirst?.() : null;
  if (newest) return inListOrder(newest, docs).filter((summary) => !accept || accept(summary));
  const byDoc = await source.summariesByDoc();
  const summaries: CaptureSummary[] = [];
  for (const doc of docs) {
    const summary = byDoc.get(doc);
    if (summary && (!accept || accept(summary))) summaries.push(summary);
  }
  if (sort !== 'relevance') return summaries.sort(sort === 'capturedAt' ? newestFirst : byPublished);
  const scores = new Map(summaries.map((summary) => [summary, rank(summary, terms).score]));
  return summaries.sort((x, y) => scores.get(y)! - scores.get(x)! || newestFirst(x, y));
}

/** Each list's place of every document number (made once per list: a list is one generation's summaries). */
const places = new WeakMap<readonly CaptureSummary[], Map<number, number>>();

/** The summaries of `docs` in the list's order: sorted by place when they are few, else the list filtered. */
function inListOrder(list: readonly CaptureSummary[], docs: ReadonlySet<number>): CaptureSummary[] {
  if (docs.size * 8 > list.length) return list.filter((summary) => docs.has(summary.docNo));
  let place = places.get(list);
  if (!place) places.set(list, (place = new Map(list.map((summary, i) => [summary.docNo, i]))));
  const at: number[] = [];
  for (const doc of docs) {
    const i = place.get(doc);
    if (i !== undefined) at.push(i);
  }
  return at.sort((a, b) => a - b).map((i) => list[i]);
}

export async function searchIndex(source: SearchSource, query: string, options: SearchOptions = {}) {
  const terms = parseSearchQuery(query);
  const limit = options.limit ?? 50;
  const result: SearchResult = { terms, hits: [], total: 0, exact: true };
  if (terms.length === 0) return result;
  const grams = [...new Set(terms.flatMap(termGrams))];
  const sort = options.sort ?? 'relevance';
  const byOrderKeys = !!(source.docOrder && source.summariesById) && !options.accept && sort !== 'relevance';
  // Every read that does not depend on another at once: one round trip to the database, not three.
  const [lists, pending, refs] = await Promise.all([
    Promise.all(grams.map(async (gram) => (await source.postings(gram)).flatMap((chunk) => decodePostings(chunk)))),
    source.pendingTexts?.(),
    byOrderKeys ? source.docOrder!() : null,
  ]);
  const docs = new Set(intersectPostings(lists));
  // Unmerged captures: their whole text is at hand, so a match is exact without the grams.
  for (const [doc, text] of pending ?? []) if (terms.every((term) => text.includes(term))) docs.add(doc);
  if (docs.size === 0) return result;
  // Ranked (title, metadata, body) only where looked at: the first pages, not every candidate.
  const candidates = refs
    ? refs.filter((ref) => docs.has(ref.docNo)).sort(sort === 'capturedAt' ? newestFirst : byPublished)
    : await ordered(source, docs, terms, options);
  await verify(source, candidates, terms, limit, result);
  return result;
}

/**
 * Takes the candidates in order until `limit` hits are found, reading the texts of those a body term must be
 * checked in (or shown from) a page at a time, all of a page's reads at once (one round trip, not one each);
 * when a page's body checks mostly fail, the next page is as much bigger as needed to fill the hits in about one
 * more round (at most MAX_READS_PER_ROUND reads). At most VERIFY_ALL_BELOW candidates are all checked, so their
 * count is exact; else it is exact only when the grams prove the unread ones, and an upper bound otherwise.
 */
async function verify(source: SearchSource, candidates: Item[], terms: string[], limit: number, result: SearchResult) {
  const verifyAll = candidates.length <= VERIFY_ALL_BELOW;
  let checked = 0;
  let matched = 0;
  let tried = 0;
  let failed = 0;
  while (checked < candidates.length && (verifyAll || result.hits.length < limit)) {
    const needed = verifyAll ? candidates.length : limit - result.hits.length;
    // The share of body checks that passed so far says how many candidates give `needed` hits, counted with half a
    // pass and one check more: a first round of 8 where none passed reads 18 x needed next, not a round's most.
    const passRate = tried === 0 ? 1 : (tried - failed + 0.5) / (tried + 1);
    const room = verifyAll ? needed : Math.min(Math.max(needed, Math.ceil(needed / passRate)), MAX_READS_PER_ROUND);
    const items = candidates.slice(checked, checked + room);
    // Order keys only (docOrder): the summaries and the texts at once (a title or metadata match reads one more).
    const [summaries, early] = await Promise.all([
      summariesOf(source, items),
      items.every(isSummary) ? null : Promise.all(items.map((item) => readDocText(source, item))),
    ]);
    const page = summaries.map((summary) => (summary ? rank(summary, terms) : null));
    const reads = page.filter((candidate): candidate is Candidate => !!candidate && candidate.bodyTerms.length > 0);
    const texts = early ?? (await Promise.all(reads.map((candidate) => readDocText(source, candidate.summary))));
    const read = new Map(
      early ? page.map((candidate, i) => [candidate, early[i]]) : reads.map((c, i) => [c, texts[i]]),
    );
    for (const candidate of page) {
      checked++;
      if (!candidate) continue;
      if (candidate.bodyTerms.length === 0) {
        matched++;
        if (result.hits.length < limit) result.hits.push({ ...candidate, snippet: null });
        continue;
      }
      tried++;
      const doc = read.get(candidate);
      if (!doc || !candidate.bodyTerms.every((term) => doc.has(term))) {
        failed++;
        continue;
      }
      matched++;
      if (result.hits.length < limit)
        result.hits.push({ ...candidate, snippet: makeSnippet(doc.text, candidate.bodyTerms, doc.producers) });
    }
  }
  // The rest are unread: their count is exact when their grams prove every term (terms of one or two characters).
  const unread = candidates.slice(checked);
  result.exact =
    terms.every(termIsExactByGrams) ||
    unread.every((item) => isSummary(item) && rank(item, terms).bodyTerms.every(termIsExactByGrams));
  result.total = matched + unread.length;
}

const isSummary = (item: Item): item is CaptureSummary => 'title' in item;

/** The candidates' summaries: at hand, or (docOrder) read by id, a page at once. */
async function summariesOf(source: SearchSource, items: Item[]): Promise<Array<CaptureSummary | undefined>> {
  if (items.every(isSummary) || !source.summariesById) return items.map((item) => (isSummary(item) ? item : undefined));
  return source.summariesById(items.map((item) => item.id));
}

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getCaptureStore, type CaptureSummary, type SearchHit } from '@/utils/store';
import { afterPaint } from '@/components/library/afterPaint';
import {
  filterSummaries,
  filtersActive,
  NO_FILTERS,
  sortSummaries,
  type LibraryFilters,
} from '@/components/library/filters';
import { FIRST_SCREEN } from '@/utils/store/firstScreen';

export type LibraryPhase = 'loading' | 'ready' | 'error';

/**
 * Search hits of the first page (each reads its body for the snippet): a row with its snippet is ~200 px in the
 * 340 px list, so 8 fill two screens (4 rows on a 900 px window); scrolling near the end (or 再显示) reads MORE_HITS
 * more. Not more: each row is drawn and laid out before the hits show (15 rows cost 10-25 ms more per query at
 * 10,000 captures), and a term the grams cannot prove reads about twice the texts for 15 hits as for 8.
 */
export const SEARCH_PAGE = 8;
export const MORE_HITS = 60;

export interface LibraryRow {
  summary: CaptureSummary;
  snippet: string | null;
}

interface Hits {
  key: string;
  /** The hits asked for (a page, or more after 再显示). */
  limit: number;
  query: string;
  hits: SearchHit[];
  total: number;
  exact: boolean;
}

/** What the page had before its first render (main.tsx): library-early.js's read, or the read still under way. */
export interface FirstScreen {
  first?: CaptureSummary[] | null;
  early?: Promise<CaptureSummary[] | null> | null;
}

/**
 * The library's data: summaries (never bodies), search through the index, filters and sort in memory.
 * Reloads when any extension page changes the library (BroadcastChannel via store.subscribe).
 */
export function useLibrary(given: FirstScreen = {}) {
  const [phase, setPhase] = useState<LibraryPhase>(given.first ? 'ready' : 'loading');
  const [error, setError] = useState('');
  const [summaries, setSummaries] = useState<CaptureSummary[]>(given.first ?? []);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [hits, setHits] = useState<Hits | null>(null);
  const [searchLimit, setSearchLimit] = useState(SEARCH_PAGE);
  const [terms, setTerms] = useState<string[]>([]);
  /** Counts the library's changes (any page): the search runs again on each. */
  const [changes, setChanges] = useState(0);
  const generation = useRef(0);
  /** The first load's first screen: drawn already (first), or library-early.js's read to wait for (early). */
  const start = useRef<FirstScreen | null>(given);

  const load = useCallback(async () => {
    const store = getCaptureStore();
    const mine = ++generation.current;
    const { first: drawn, early } = start.current ?? {};
    start.current = null;
    try {
      if (!drawn) {
        performance.mark('cc-library:read-start');
        const first =
          (await early) ?? (await store.listSummaries({ sort: 'capturedAt', direction: 'desc', limit: FIRST_SCREEN }));
        performance.mark('cc-library:first-read');
        if (mine !== generation.current) return;
        setSummaries((current) => (current.length > first.length ? current : first));
        setPhase('ready');
      }
      // After the first screen is painted: the rest (the filters, the counts and the menus need them).
      await afterPaint();
      const all = await store.listSummaries({ sort: 'capturedAt', direction: 'asc' });
      performance.mark('cc-library:all-read');
      if (mine !== generation.current) return;
      setSummaries(all.reverse());
      setComplete(true);
    } catch (failure) {
      if (mine !== generation.current) return;
      setError(failure instanceof Error ? failure.message : String(failure));
      setPhase('error');
    }
  }, []);

  useEffect(() => {
    void load();
    const unsubscribe = getCaptureStore().subscribe(() => {
      setChanges((count) => count + 1);
      void load();
    });
    return unsubscribe;
  }, [load]);

  // A new query or filter starts again at the first page of hits.
  const searchKey = `${query.trim()}|${JSON.stringify(filters)}`;
  useLayoutEffect(() => setSearchLimit(SEARCH_PAGE), [searchKey]);

  // Search through the index whenever the query, the filters or the library change; the store sorts the hits
  // in the list's order and stops at a page of them (the filters apply to its candidates before any body is read).
  // A layout effect: the search starts as soon as the query is rendered, not a frame later (it is asynchronous,
  // so the frame is not held up).
  useLayoutEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setHits(null);
      setTerms([]);
      return;
    }
    let alive = true;
    // No filter, no accept: then the first search need not wait for every summary (allSummaries.ts searchShared).
    const accept = filtersActive(filters)
      ? (summary: CaptureSummary) => filterSummaries([summary], filters).length === 1
      : undefined;
    getCaptureStore()
      .search(trimmed, { limit: searchLimit, accept, sort: filters.sort })
      .then((result) => {
        if (!alive) return;
        setHits({
          key: searchKey,
          limit: searchLimit,
          query: trimmed,
          hits: result.hits,
          total: result.total,
          exact: result.exact,
        });
        setTerms(result.terms);
      })
      .catch((failure) => {
        if (!alive) return;
        setError(String(failure));
        setPhase('error');
      });
    return () => {
      alive = false;
    };
  }, [searchKey, searchLimit, changes]);

  // The summaries come newest capture first: that order needs no sort; the publication order is sorted once.
  const byPublished = useMemo(
    () => (filters.sort === 'publishedAt' ? sortSummaries(summaries, filters) : null),
    [summaries, filters.sort === 'publishedAt'],
  );
  const searching = !!query.trim();
  const rows: LibraryRow[] = useMemo(() => {
    if (hits && searching) return hits.hits.map((hit) => ({ summary: hit.summary, snippet: hit.snippet }));
    return filterSummaries(byPublished ?? summaries, filters).map((summary) => ({ summary, snippet: null }));
  }, [hits, searching, summaries, byPublished, filters]);

  const showMoreHits = useCallback(() => setSearchLimit((limit) => limit + MORE_HITS), []);
  const notifyOthers = () => browser.runtime.sendMessage({ type: 'captures-changed' }).catch(() => {});
  const moreHits = hits && searching && hits.total > hits.hits.length ? hits.total - hits.hits.length : 0;

  return {
    phase,
    error,
    summaries,
    complete,
    rows,
    total: hits && searching ? hits.total : rows.length,
    exact: hits && searching ? hits.exact : true,
    searching: searching && hits?.key !== searchKey,
    /** Search hits not on the list yet (a count, an upper bound when not exact), and the call that reads them. */
    moreHits,
    /** More hits asked for and not in yet (scrolling must not ask twice). */
    moreLoading: !!hits && searching && (hits.key !== searchKey || hits.limit !== searchLimit),
    showMoreHits,
    /** The query and filters the shown rows belong to (data-state on the list: tests and the bench wait on it). */
    stateKey: searching && hits ? hits.key : `|${JSON.stringify(filters)}`,
    query,
    setQuery,
    terms,
    filters,
    setFilters,
    reload: load,
    notifyOthers,
  };
}

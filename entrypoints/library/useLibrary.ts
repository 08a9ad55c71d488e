import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getCaptureStore, type CaptureSummary, type SearchHit } from '@/utils/store';
import { filterSummaries, NO_FILTERS, sortSummaries, type LibraryFilters } from '@/components/library/filters';

export type LibraryPhase = 'loading' | 'ready' | 'error';

/** The first screen reads this many summaries by index; the rest follow in the background. */
const FIRST_SCREEN = 60;
const SEARCH_LIMIT = 200;

export interface LibraryRow {
  summary: CaptureSummary;
  snippet: string | null;
}

/**
 * The library's data: summaries (never bodies), search through the index, filters and sort in memory.
 * Reloads when any extension page changes the library (BroadcastChannel via store.subscribe).
 */
export function useLibrary() {
  const [phase, setPhase] = useState<LibraryPhase>('loading');
  const [error, setError] = useState('');
  const [summaries, setSummaries] = useState<CaptureSummary[]>([]);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[]; total: number; exact: boolean } | null>(null);
  const [terms, setTerms] = useState<string[]>([]);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const store = getCaptureStore();
    const mine = ++generation.current;
    try {
      const first = await store.listSummaries({ sort: 'capturedAt', direction: 'desc', limit: FIRST_SCREEN });
      if (mine !== generation.current) return;
      setSummaries((current) => (current.length > first.length ? current : first));
      setPhase('ready');
      const all = await store.listSummaries({ sort: 'capturedAt', direction: 'asc' });
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
    const unsubscribe = getCaptureStore().subscribe(() => void load());
    return unsubscribe;
  }, [load]);

  // Search through the index whenever the query or the library changes; filters apply to its candidates.
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setHits(null);
      setTerms([]);
      return;
    }
    let alive = true;
    const accept = (summary: CaptureSummary) => filterSummaries([summary], filters).length === 1;
    getCaptureStore()
      .search(trimmed, { limit: SEARCH_LIMIT, accept })
      .then((result) => {
        if (!alive) return;
        setHits({ query: trimmed, hits: result.hits, total: result.total, exact: result.exact });
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
  }, [query, filters, summaries]);

  const rows: LibraryRow[] = useMemo(() => {
    if (hits && query.trim()) {
      const ranked = hits.hits.map((hit) => ({ summary: hit.summary, snippet: hit.snippet }));
      return filters.sort === 'relevance' ? ranked : sortRows(ranked, filters);
    }
    return sortSummaries(filterSummaries(summaries, filters), filters).map((summary) => ({ summary, snippet: null }));
  }, [hits, query, summaries, filters]);

  const notifyOthers = () => browser.runtime.sendMessage({ type: 'captures-changed' }).catch(() => {});

  return {
    phase,
    error,
    summaries,
    complete,
    rows,
    total: hits && query.trim() ? hits.total : rows.length,
    exact: hits && query.trim() ? hits.exact : true,
    searching: !!query.trim() && hits?.query !== query.trim(),
    /** The query and filters the shown rows belong to (data-state on the list: tests and the bench wait on it). */
    stateKey: `${query.trim() && hits ? hits.query : ''}|${JSON.stringify(filters)}`,
    query,
    setQuery,
    terms,
    filters,
    setFilters,
    reload: load,
    notifyOthers,
  };
}

function sortRows(rows: LibraryRow[], filters: LibraryFilters): LibraryRow[] {
  const order = new Map(
    sortSummaries(
      rows.map((row) => row.summary),
      filters,
    ).map((summary, i) => [summary.id, i]),
  );
  return [...rows].sort((a, b) => (order.get(a.summary.id) ?? 0) - (order.get(b.summary.id) ?? 0));
}

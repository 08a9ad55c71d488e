import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, NotAnArticle } from '@/utils/types';
import { isNotAnArticle } from '@/utils/types';
import { canonicalNeedsList } from '@/utils/platform/extractFirst';
import { sanitizeRawArticle } from '@/utils/article/sanitize';
import { EARLY_READING, readTab, type TabReading } from './readTab';

/** The figures of a ready article: being computed in the page, there, or failed (the article still reads). */
export type FiguresPhase = 'pending' | 'ready' | 'failed';

export type PageState =
  | { phase: 'loading' }
  | { phase: 'restricted'; url: string | null }
  | { phase: 'not-article'; result: NotAnArticle }
  | { phase: 'error'; message: string }
  /** `article.figures` is [] while `figures` is 'pending'; `complete` gives the article with them. */
  | { phase: 'ready'; article: Article; figures: FiguresPhase; complete: Promise<Article> };

interface Reading {
  tabId: number | null;
  state: PageState;
}

/**
 * The Public Suffix List (a chunk of its own, 137 kB), loaded only for a page whose canonical claim names another
 * host: it settles the address the injected extractor could only guess (utils/urls.ts settleCanonical). Not loaded
 * ahead: its parsing would compete with drawing the article.
 */
let urls: Promise<typeof import('@/utils/urls')> | null = null;
const loadUrls = () => {
  urls ??= import('@/utils/urls');
  return urls;
};

/** The article first, as soon as the page gave it; its figures on the second call, started at once. */
async function toState(reading: Promise<TabReading>): Promise<Reading> {
  const { tabId, outcome } = await reading;
  if (!outcome) return { tabId, state: { phase: 'restricted', url: null } };
  if (outcome.kind === 'restricted') return { tabId, state: { phase: 'restricted', url: outcome.tabUrl } };
  if (outcome.kind === 'error') return { tabId, state: { phase: 'error', message: outcome.message } };
  if (isNotAnArticle(outcome.result)) return { tabId, state: { phase: 'not-article', result: outcome.result } };
  // Only a claim on another host waits for the list; the page's own decision stands for the rest.
  const { result, claims } = outcome;
  const settled = canonicalNeedsList(result.url, claims) ? (await loadUrls()).settleCanonical(result, claims) : result;
  // The body is sanitised here, in the extension page, once: what is shown, saved and exported (the injected
  // extractor carries no sanitiser; ReaderView shows this string without sanitising it again).
  const article: Article = { ...sanitizeRawArticle(settled, window), figures: [] };
  // The figures are asked for once the article is painted: on a busy machine the page computing them would
  // compete with the popup drawing the article (both need the CPU); a frame later they still come right after.
  const complete = afterNextPaint()
    .then(() => outcome.figures())
    .then(
      (figures) => ({ ...article, figures }),
      () => article,
    );
  return { tabId, state: { phase: 'ready', article, figures: 'pending', complete } };
}

/**
 * After the next frame is painted (a task queued from requestAnimationFrame runs once that frame is drawn), or
 * 50 ms at most: a page not on screen gets no frames.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });
}

let firstReading: Promise<Reading> | null = null;

/**
 * The first reading of the target tab: popup-early.js started it before this script was even parsed; else
 * (the early script missing) it starts now, before the first render (main.tsx calls this as it runs).
 */
export function startReading(): Promise<Reading> {
  if (!firstReading) {
    const early = (globalThis as Record<string, unknown>)[EARLY_READING] as Promise<TabReading> | undefined;
    if (!early) performance.mark('cc:reading');
    firstReading = toState(early ?? readTab(location.search, false, null));
  }
  return firstReading;
}

/** Reads the target tab once on open; `extract(true)` forces a page that did not look like an article. */
export function usePageArticle(): { state: PageState; tabId: number | null; extract: (force?: boolean) => void } {
  const [state, setState] = useState<PageState>({ phase: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const turn = useRef(0);

  const show = async (reading: Promise<Reading>) => {
    const mine = ++turn.current;
    const { tabId: id, state: next } = await reading;
    if (mine !== turn.current) return;
    setTabId(id);
    setState(next);
    if (next.phase !== 'ready') return;
    performance.mark('cc:article-ready');
    const full = await next.complete;
    if (mine !== turn.current) return;
    performance.mark('cc:figures-ready');
    setState({ ...next, article: full, figures: full === next.article ? 'failed' : 'ready' });
  };

  useEffect(() => {
    void show(startReading());
  }, []);

  const extract = (force = false) => {
    setState({ phase: 'loading' });
    void show(toState(readTab(location.search, force, tabId)));
  };
  return { state, tabId, extract };
}

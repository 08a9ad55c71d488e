/**
 * The library's views, kept small for its first screen: which view the URL hash names (#/figures), the switch
 * between 文章 and 数字, and opening a capture at one figure (#/capture/<id>/figure/<start:end>, the figure
 * marked once the article is on screen). The 数字 tab itself is FiguresTab.tsx, loaded when first shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Capture, Figure } from '@/utils/types';
import { figureKey } from '@/utils/types';
import { t } from '@/utils/platform/i18n';
import { getCaptureStore } from '@/utils/store';
import type { FigureRowsRecord } from '@/utils/store/figureRowRecords';

export type LibraryView = 'articles' | 'figures';

export const FIGURES_HASH = '#/figures';

/**
 * The 数字 tab's first screen draws the rows of at least this many captures (the most recently published: the
 * table's first order, the last bucket or two of the store), a few screens of rows; the rest follows right after.
 */
export const FIGURES_FIRST_SCREEN = 40;

type FirstRows = Promise<{ records: FigureRowsRecord[]; complete: boolean }>;

let early: { at: number; rows: FirstRows } | null = null;

let release: (() => void) | null = null;

/**
 * Pauses the list's read of every summary until releaseSummaries() (FiguresTab, once its rows are in): the list
 * is not on screen, and its 10 reads of 1,000 summaries would queue before the tab's on the one connection.
 */
export function holdSummaries(): void {
  release ??= getCaptureStore().holdSummaryReads();
}

export function releaseSummaries(): void {
  release?.();
  release = null;
}

/** The 数字 tab's first read, started at the click while the page switches views and renders the tab. */
function readFiguresEarly(): void {
  performance.mark('cc-figures:click');
  try {
    holdSummaries();
    const rows = getCaptureStore().firstFigureRows(FIGURES_FIRST_SCREEN);
    rows.catch(() => undefined); // the tab reads again if this failed
    early = { at: performance.now(), rows };
  } catch {
    early = null;
  }
}

/** The read the click started, once; null when there is none or it is over a second old (the tab reads anew). */
export function takeEarlyFigureRows(): FirstRows | null {
  const taken = early && performance.now() - early.at < 1_000 ? early.rows : null;
  early = null;
  return taken;
}

/** #/capture/<id>/figure/<start:end>: the capture, scrolled to the figure. */
export function figureRoute(captureId: string, figure: Pick<Figure, 'start' | 'end'>): string {
  return `#/capture/${encodeURIComponent(captureId)}/figure/${figureKey(figure)}`;
}

/** The figure key a #/capture/<id>/figure/<start:end> hash names, else null. */
export function figureKeyInHash(hash: string): string | null {
  return /^#\/capture\/[^/]+\/figure\/(\d+:\d+)$/.exec(hash)?.[1] ?? null;
}

function viewOf(hash: string): LibraryView {
  return hash.startsWith(FIGURES_HASH) ? 'figures' : 'articles';
}

/** The library's current view, following the URL hash (back and forward work). */
export function useLibraryView(): [LibraryView, (view: LibraryView) => void] {
  const [view, setView] = useState<LibraryView>(() => viewOf(location.hash));
  // Back on 文章 (the switch, or the browser's Back): the list's read of every summary goes on now, also when the
  // 数字 tab held it at the click and never came up to release it (left before its code was in).
  useEffect(() => {
    if (view === 'articles') releaseSummaries();
  }, [view]);
  useEffect(() => {
    const onHash = () => setView(viewOf(location.hash));
    addEventListener('hashchange', onHash);
    addEventListener('popstate', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('popstate', onHash);
    };
  }, []);
  const change = (next: LibraryView) => {
    if (next === view) return;
    // To 数字 by pushState: setting location.hash scrolls to the fragment, which lays out the whole list page first
    // (~100 ms at 10,000 captures) before the tab can start. Back to 文章 through the hash, which closes an open
    // article the way it always did (useOpenCapture follows hashchange).
    if (next === 'figures') {
      readFiguresEarly();
      history.pushState(null, '', FIGURES_HASH);
    } else location.hash = '';
    setView(next);
  };
  return [view, change];
}

export function ViewSwitch({ view, onChange }: { view: LibraryView; onChange: (view: LibraryView) => void }) {
  return (
    <div class="cc-lib-views">
      <button type="button" aria-pressed={view === 'articles'} onClick={() => onChange('articles')}>
        {t('libraryViewArticles')}
      </button>
      <button type="button" aria-pressed={view === 'figures'} onClick={() => onChange('figures')}>
        {t('libraryViewFigures')}
      </button>
    </div>
  );
}

/**
 * Once the capture the hash names is on screen, marks the figure the hash names (the locate action of the
 * figures panel), so a row of the figures table opens its article at the sentence.
 */
export function useFigureInHash(capture: Capture | null, locate: (figure: Figure) => void): void {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const key = figureKeyInHash(hash);
  useEffect(() => {
    if (!capture || !key) return;
    const figure = capture.figures.find((f) => figureKey(f) === key);
    if (!figure) return;
    // After the reading view has rendered and handed over its body.
    const timer = setTimeout(() => locate(figure), 60);
    return () => clearTimeout(timer);
  }, [capture?.id, key]);
}

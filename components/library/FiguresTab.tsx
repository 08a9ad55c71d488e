/**
 * What the library page needs to host the 数字 view with little wiring: the view named in the URL hash
 * (#/figures), a switch between 文章 and 数字, the tab itself (it reads the store's light figure rows, never an
 * article body: the newest captures' first, then the rest), and opening a capture
 * at one figure (#/capture/<id>/figure/<start:end>, the figure marked once the article is on screen).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Capture, Figure } from '@/utils/types';
import { figureKey } from '@/utils/types';
import { getCaptureStore } from '@/utils/store';
import { rowsFromCores, type FigureRow } from '@/utils/export/figureRows';
import type { FigureRowsRecord } from '@/utils/store/figureRowRecords';
import { t } from '@/utils/platform/i18n';
import { StatusView } from '../StatusView';
import { FIGURES_FIRST_SCREEN } from './FiguresTable';
import { FiguresView } from './FiguresView';

export type LibraryView = 'articles' | 'figures';

export const FIGURES_HASH = '#/figures';

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
  useEffect(() => {
    const onHash = () => setView(viewOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const change = (next: LibraryView) => {
    if (next === view) return;
    location.hash = next === 'figures' ? FIGURES_HASH : '';
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

type Loaded =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; rows: FigureRow[]; partial: boolean };

const toRows = (records: readonly FigureRowsRecord[]) =>
  records.flatMap((record) => rowsFromCores(record, record.rows));

/** The 数字 tab: every capture's figures (not only those the article search shows). */
export function FiguresTab() {
  const [state, setState] = useState<Loaded>({ phase: 'loading' });
  useEffect(() => {
    let alive = true;
    let shown = false;
    const load = async () => {
      const store = getCaptureStore();
      try {
        if (!shown) {
          // The first screen in the table's first order (newest published first), then every row.
          const first = await store.firstFigureRows(FIGURES_FIRST_SCREEN);
          if (!alive) return;
          if (first) {
            shown = true;
            setState({ phase: 'ready', rows: toRows(first), partial: true });
          }
        }
        const all = await store.listFigureRows();
        shown = true;
        if (alive) setState({ phase: 'ready', rows: toRows(all), partial: false });
      } catch (error) {
        if (alive) setState({ phase: 'error', message: String((error as Error)?.message ?? error) });
      }
    };
    void load();
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  if (state.phase === 'loading') return <StatusView tone="loading" title={t('stateLoading')} />;
  if (state.phase === 'error') return <StatusView tone="error" title={t('libraryLoadFailed')} detail={state.message} />;
  const open = (row: FigureRow) => {
    location.hash = figureRoute(row.captureId, row.figure);
  };
  return <FiguresView rows={state.rows} partial={state.partial} onOpen={open} />;
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

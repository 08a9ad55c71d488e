/**
 * The 数字 tab (loaded when first shown): it reads the store's light figure rows, never an article body — the
 * first screen's rows in the table's first order, then every row. The view switch and the #/figures and
 * #/capture/<id>/figure/<start:end> routes are in views.tsx (on the first screen, so kept small).
 */
import { useEffect, useState } from 'preact/hooks';
import { getCaptureStore } from '@/utils/store';
import { rowsFromCores, type FigureRow } from '@/utils/export/figureRows';
import type { FigureRowsRecord } from '@/utils/store/figureRowRecords';
import { t } from '@/utils/platform/i18n';
import { StatusView } from '../StatusView';
import { FiguresView } from './FiguresView';
import { FIGURES_FIRST_SCREEN, figureRoute, holdSummaries, releaseSummaries, takeEarlyFigureRows } from './views';
import { afterPaint } from './afterPaint';

type Loaded =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; rows: FigureRow[]; partial: boolean };

function toRows(records: readonly FigureRowsRecord[]): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const record of records) for (const row of rowsFromCores(record, record.rows)) rows.push(row);
  return rows;
}

/** The 数字 tab: every capture's figures (not only those the article search shows). */
export function FiguresTab() {
  const [state, setState] = useState<Loaded>({ phase: 'loading' });
  useEffect(() => {
    let alive = true;
    let shown = false;
    const load = async () => {
      performance.mark('cc-figures:tab-start');
      const store = getCaptureStore();
      holdSummaries();
      try {
        if (!shown) {
          // The first screen in the table's first order (newest published first), then every row.
          // Started at the click on 数字 when there was one (views.tsx), while the page rendered the switch.
          const first = await (takeEarlyFigureRows() ?? store.firstFigureRows(FIGURES_FIRST_SCREEN));
          performance.mark('cc-figures:first-read');
          if (!alive) return;
          shown = true;
          setState({ phase: 'ready', rows: toRows(first.records), partial: !first.complete });
          if (first.complete) return releaseSummaries();
        }
        // Painted first: the whole table's read and sort would otherwise hold the first screen back.
        await afterPaint();
        performance.mark('cc-figures:all-read-start');
        const all = await store.listFigureRows();
        performance.mark('cc-figures:all-read');
        shown = true;
        if (alive) setState({ phase: 'ready', rows: toRows(all), partial: false });
        await afterPaint();
      } catch (error) {
        if (alive) setState({ phase: 'error', message: String((error as Error)?.message ?? error) });
      }
      releaseSummaries();
    };
    void load();
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      releaseSummaries();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  if (state.phase === 'loading') return <StatusView tone="loading" title={t('stateLoading')} />;
  if (state.phase === 'error') return <StatusView tone="error" title={t('libraryLoadFailed')} detail={state.message} />;
  const open = (row: FigureRow) => {
    location.hash = figureRoute(row.captureId, row.figure);
  };
  return <FiguresView rows={state.rows} inTableOrder partial={state.partial} onOpen={open} />;
}

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
import { FIGURES_FIRST_SCREEN, figureRoute, takeEarlyFigureRows } from './views';
import { afterPaint } from './afterPaint';

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
          // Started at the click on 数字 when there was one (views.tsx), while the page rendered the switch.
          const first = await (takeEarlyFigureRows() ?? store.firstFigureRows(FIGURES_FIRST_SCREEN));
          if (!alive) return;
          if (first) {
            shown = true;
            setState({ phase: 'ready', rows: toRows(first), partial: true });
          }
        }
        // Painted first: the whole table's read and sort would otherwise hold the first screen back.
        await afterPaint();
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

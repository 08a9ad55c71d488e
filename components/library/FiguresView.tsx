/**
 * The library's 数字 view: every figure of every capture in one filterable, sortable, searchable table,
 * a chart of one label over publication date, and a CSV export of the rows shown (or of those ticked).
 */
import { useMemo, useState } from 'preact/hooks';
import type { FigureKind } from '@/utils/types';
import {
  figureFacets,
  filterFigureRows,
  sortFigureRows,
  type FigureFilter,
  type FigureRow,
} from '@/utils/export/figureRows';
import { figureRowsToCsv } from '@/utils/export/figuresCsv';
import { csvFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';
import { FoldingFilters } from './FoldingFilters';
import { StatusView } from '../StatusView';
import { FiguresTable, type SortState } from './FiguresTable';
import { FigureChart } from './FigureChart';
import './figures.css';

interface Props {
  /** Every figure row of the library (utils/export/figureRows.ts), in any order. */
  rows: readonly FigureRow[];
  /** The rows come in the table's first order (publication date, newest first, as a stable sort gives it). */
  inTableOrder?: boolean;
  /** Opens the capture at the figure (the library's route). */
  onOpen: (row: FigureRow) => void;
  initialHeight?: number;
  /** Only the newest captures are in yet (the rest are loading): said above the table. */
  partial?: boolean;
}

/** The table's first order: publication date, newest first. */
const FIRST_SORT: SortState = { key: 'publishedAt', direction: 'desc' };

export function FiguresView({ rows, inTableOrder, onOpen, initialHeight, partial }: Props) {
  const facets = useMemo(() => figureFacets(rows), [rows]);
  const [filter, setFilter] = useState<FigureFilter>({});
  const [sort, setSort] = useState<SortState>(FIRST_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [chart, setChart] = useState(false);
  const [seriesKey, setSeriesKey] = useState<string | null>(null);

  const filtered = useMemo(() => filterFigureRows(rows, filter), [rows, filter]);
  const shown = useMemo(
    () =>
      inTableOrder && sort.key === FIRST_SORT.key && sort.direction === FIRST_SORT.direction
        ? filtered
        : sortFigureRows(filtered, sort.key, sort.direction),
    [filtered, sort, inTableOrder],
  );
  const set = (patch: Partial<FigureFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const input = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  const toggle = (row: FigureRow) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(row.id)) next.add(row.id);
      return next;
    });
  const toggleAll = () =>
    setSelected((current) =>
      shown.length > 0 && shown.every((row) => current.has(row.id)) ? new Set() : new Set(shown.map((row) => row.id)),
    );
  const chosen = selected.size > 0 ? shown.filter((row) => selected.has(row.id)) : shown;
  const exportCsv = () => downloadFile(csvFileName(), figureRowsToCsv(chosen), 'text/csv;charset=utf-8');

  if (rows.length === 0) {
    return <StatusView tone="info" title={t('figuresEmptyTitle')} detail={t('figuresEmptyDetail')} />;
  }

  return (
    <section class="cc-figures-view" aria-label={t('figuresViewLabel')}>
      <div class="cc-fig-filters">
        <input
          type="search"
          class="cc-search"
          aria-label={t('figuresSearch')}
          placeholder={t('figuresSearchPlaceholder')}
          value={filter.query ?? ''}
          onInput={(e) => set({ query: input(e) })}
        />
        <FoldingFilters
          id="cc-fig-filter-fields"
          active={[filter.kind, filter.unit, filter.label, filter.tag, filter.from, filter.to].filter(Boolean).length}
        >
          <select
            aria-label={t('figuresFilterKind')}
            value={filter.kind ?? ''}
            onChange={(e) => set({ kind: input(e) as FigureKind })}
          >
            <option value="">{t('figuresAllKinds')}</option>
            {facets.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('figuresFilterUnit')}
            value={filter.unit ?? ''}
            onChange={(e) => set({ unit: input(e) })}
          >
            <option value="">{t('figuresAllUnits')}</option>
            {facets.units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
          <input
            type="text"
            class="cc-fig-label-filter"
            aria-label={t('figuresFilterLabel')}
            placeholder={t('figuresFilterLabel')}
            value={filter.label ?? ''}
            onInput={(e) => set({ label: input(e) })}
          />
          {facets.tags.length > 0 && (
            <select
              aria-label={t('figuresFilterTag')}
              value={filter.tag ?? ''}
              onChange={(e) => set({ tag: input(e) })}
            >
              <option value="">{t('figuresAllTags')}</option>
              {facets.tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          )}
          <label class="cc-fig-date-filter">
            {t('figuresFrom')}
            <input type="date" value={filter.from ?? ''} onInput={(e) => set({ from: input(e) })} />
          </label>
          <label class="cc-fig-date-filter">
            {t('figuresTo')}
            <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: input(e) })} />
          </label>
        </FoldingFilters>
      </div>
      <div class="cc-fig-actions">
        <span class="cc-lib-count" role="status">
          {selected.size > 0
            ? t('figuresCountSelected', [String(shown.length), String(selected.size)])
            : t('figuresCount', String(shown.length))}
          {partial && ` · ${t('figuresLoadingMore')}`}
        </span>
        <button type="button" class="cc-btn" aria-pressed={chart} onClick={() => setChart(!chart)}>
          {t('figuresChart')}
        </button>
        <button
          type="button"
          class="cc-btn cc-btn-primary"
          onClick={exportCsv}
          disabled={chosen.length === 0 || partial}
        >
          {selected.size > 0 ? t('figuresExportSelected') : t('figuresExportCsv')}
        </button>
      </div>
      {chart && <FigureChart rows={filtered} seriesKey={seriesKey} onSeriesChange={setSeriesKey} onOpen={onOpen} />}
      {shown.length === 0 ? (
        <StatusView tone="info" title={t('figuresNoMatch')} />
      ) : (
        <FiguresTable
          rows={shown}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          onOpen={onOpen}
          initialHeight={initialHeight}
        />
      )}
    </section>
  );
}

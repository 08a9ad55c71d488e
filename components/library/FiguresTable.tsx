/**
 * The figures of the whole library as one table. Windowed: only the rows in view (plus a margin) are in the
 * DOM, between two spacer rows, so 100,000 rows cost what 40 do. Column headers sort; a click on a row
 * opens its article at the figure's sentence; checkboxes select rows for the CSV export.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FigureRow, FigureSortKey } from '@/utils/export/figureRows';
import { rowUnit } from '@/utils/export/figureRows';
import { formatFigureValue } from '@/utils/display/figureValue';
import { t } from '@/utils/platform/i18n';

export { FIGURES_FIRST_SCREEN } from './views';

export const ROW_HEIGHT = 36;
const OVERSCAN = 10;
const rowsFor = (height: number) => Math.ceil(height / ROW_HEIGHT);

export interface SortState {
  key: FigureSortKey;
  direction: 'asc' | 'desc';
}

interface Props {
  rows: readonly FigureRow[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  selected: ReadonlySet<string>;
  onToggle: (row: FigureRow) => void;
  onToggleAll: () => void;
  onOpen: (row: FigureRow) => void;
  /** Rows drawn before the first scroll (tests and the bench give the height jsdom lacks). */
  initialHeight?: number;
}

const COLUMNS: Array<{ key: FigureSortKey | null; label: string; className: string }> = [
  { key: 'label', label: 'figuresColLabel', className: 'cc-fig-label' },
  { key: null, label: 'figuresColText', className: 'cc-fig-text' },
  { key: 'value', label: 'figuresColValue', className: 'cc-fig-value' },
  { key: 'unit', label: 'figuresColUnit', className: 'cc-fig-unit' },
  { key: null, label: 'figuresColQualifier', className: 'cc-fig-qualifier' },
  { key: 'kind', label: 'figuresColKind', className: 'cc-fig-kind' },
  { key: null, label: 'figuresColDate', className: 'cc-fig-date' },
  { key: 'title', label: 'figuresColTitle', className: 'cc-fig-title' },
  { key: 'publishedAt', label: 'figuresColPublished', className: 'cc-fig-published' },
];

/** Qualifier words as 长城网 writes them. */
const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  approx: '约',
  atLeast: '以上',
  moreThan: '超过',
  atMost: '以内',
  lessThan: '不到',
  range: '区间',
};

export function FiguresTable({ rows, sort, onSort, selected, onToggle, onToggleAll, onOpen, initialHeight }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // The first rows are drawn for the window's height (the table is never taller), without asking the page for a
  // layout before the first paint (reading clientHeight there cost a whole layout of the page); the observer then
  // says the real height, and only a change in the number of rows drawn renders again.
  const [height, setHeight] = useState(
    () => initialHeight ?? (typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight : 720),
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.height ?? 0;
      if (next > 0) setHeight((current) => (rowsFor(current) === rowsFor(next) ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter or sort starts at the top.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [rows]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  const header = (column: (typeof COLUMNS)[number]) => {
    if (!column.key) return t(column.label);
    const active = sort.key === column.key;
    const next: SortState = {
      key: column.key,
      direction: active && sort.direction === 'desc' ? 'asc' : 'desc',
    };
    return (
      <button type="button" class="cc-fig-sort" onClick={() => onSort(next)}>
        {t(column.label)}
        <span aria-hidden="true">{active ? (sort.direction === 'desc' ? ' ▼' : ' ▲') : ''}</span>
      </button>
    );
  };

  return (
    <div
      class="cc-fig-scroll"
      ref={scroller}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      data-testid="figures-table"
    >
      <table class="cc-fig-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th class="cc-fig-check" scope="col">
              <input type="checkbox" aria-label={t('figuresSelectAll')} checked={allSelected} onChange={onToggleAll} />
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                class={column.className}
                aria-sort={
                  column.key && sort.key === column.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr class="cc-fig-spacer" style={{ height: `${first * ROW_HEIGHT}px` }} />}
          {visible.map((row, offset) => (
            <FigureRowView
              key={row.id}
              row={row}
              index={first + offset}
              checked={selected.has(row.id)}
              onToggle={onToggle}
              onOpen={onOpen}
            />
          ))}
          {last < rows.length && (
            <tr class="cc-fig-spacer" style={{ height: `${(rows.length - last) * ROW_HEIGHT}px` }} />
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: FigureRow;
  index: number;
  checked: boolean;
  onToggle: (row: FigureRow) => void;
  onOpen: (row: FigureRow) => void;
}

function FigureRowView({ row, index, checked, onToggle, onOpen }: RowProps) {
  const { figure } = row;
  const corrected = row.corrected ? t('figuresCorrected') : '';
  return (
    <tr
      class={`cc-fig-row${checked ? ' is-checked' : ''}`}
      aria-rowindex={index + 2}
      style={{ height: `${ROW_HEIGHT}px` }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('input,button')) return;
        onOpen(row);
      }}
    >
      <td class="cc-fig-check">
        <input type="checkbox" aria-label={t('figuresSelectRow')} checked={checked} onChange={() => onToggle(row)} />
      </td>
      <td class="cc-fig-label" title={figure.sentence}>
        {row.label}
      </td>
      <td class="cc-fig-text">{figure.text}</td>
      <td class="cc-fig-value" title={corrected}>
        {formatFigureValue(figure, 'normalised')}
        {corrected && <span class="cc-fig-corrected"> *</span>}
      </td>
      <td class="cc-fig-unit">{rowUnit(row)}</td>
      <td class="cc-fig-qualifier">{QUALIFIER_WORDS[figure.qualifier] ?? figure.qualifier}</td>
      <td class="cc-fig-kind">{t(`kind_${figure.kind}`)}</td>
      <td class="cc-fig-date">{figure.date ?? row.period}</td>
      <td class="cc-fig-title">
        <button type="button" class="cc-fig-open" onClick={() => onOpen(row)} title={row.title}>
          {row.title}
        </button>
      </td>
      <td class="cc-fig-published">{row.publishedAt?.slice(0, 10) ?? ''}</td>
    </tr>
  );
}

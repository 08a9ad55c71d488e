/** @vitest-environment jsdom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCapture, makeFigure } from '@/utils/testing/articleFactory';
import type { Capture } from '@/utils/types';
import { FiguresView } from './FiguresView';
import { figureSeries, niceTicks } from './chartData';
import { figureRowCores, figureRows, rowContextOf, rowsFromCores, type FigureRow } from '@/utils/export/figureRows';

vi.mock('@/utils/platform/download', () => ({ downloadFile: vi.fn(), copyText: vi.fn() }));
import { downloadFile } from '@/utils/platform/download';

/** `count` captures with 10 figures each, dated one day apart. */
function library(count: number): Capture[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return makeCapture({
      id: `c${i}`,
      title: `文章${i}`,
      publishedAt: `${day}T09:00:00+08:00`,
      tags: i % 2 ? ['奇'] : [],
      figures: Array.from({ length: 10 }, (_, j) =>
        makeFigure({
          text: `${i + j}亿元`,
          start: j * 10,
          end: j * 10 + 4,
          value: (i + j) * 1e8,
          label: j === 0 ? '总投资' : `指标${j}`,
          kind: j === 9 ? 'percent' : 'money',
          unit: j === 9 ? '%' : 'CNY',
          sentence: `句子${i}-${j}`,
        }),
      ),
    });
  });
}

/**
 * The rows of library(count) for a large count, cheaply: each capture's rows are the listed rows of capture 0 (the
 * listing's labels and formats are computed once, not 100,000 times — figureRows itself is tested on the small
 * libraries below), with the capture's own id, title, date and values.
 */
function manyRows(count: number): FigureRow[] {
  const [first] = library(1);
  const cores = figureRowCores(first);
  const rows: FigureRow[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const context = {
      ...rowContextOf(first),
      captureId: `c${i}`,
      title: `文章${i}`,
      publishedAt: `${day}T09:00:00+08:00`,
    };
    const own = cores.map((core, j) => ({
      ...core,
      figure: { ...core.figure, value: (i + j) * 1e8 },
      value: `${i + j}亿元`,
    }));
    for (const row of rowsFromCores(context, own)) rows.push(row);
  }
  return rows;
}

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function mount(captures: Capture[] | FigureRow[], onOpen = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  const rows =
    captures.length > 0 && 'figure' in captures[0] ? (captures as FigureRow[]) : figureRows(captures as Capture[]);
  act(() => render(<FiguresView rows={rows} onOpen={onOpen} initialHeight={720} />, host!));
  return { host, onOpen };
}

const bodyRows = () => [...host!.querySelectorAll('tbody tr.cc-fig-row')];

describe('FiguresView', () => {
  it('draws only the rows in view for 100,000 figures, newest first', () => {
    const all = manyRows(10_000);
    expect(all).toHaveLength(100_000);
    // Shuffled: the view sorts them itself (newest published first).
    all.reverse();
    for (let i = 0; i < all.length; i += 7) [all[i], all[all.length - 1 - i]] = [all[all.length - 1 - i], all[i]];
    const started = performance.now();
    mount(all);
    const elapsed = performance.now() - started;
    expect(host!.textContent).toContain('figuresCount');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].textContent).toContain('文章9999');
    const titles = rows.map((row) => row.querySelector('.cc-fig-title')?.textContent);
    expect(titles.slice(0, 21)).toEqual([...Array(10).fill('文章9999'), ...Array(10).fill('文章9998'), '文章9997']);
    const scroller = host!.querySelector<HTMLElement>('[data-testid=figures-table]')!;
    expect(scroller.querySelector('table')!.getAttribute('aria-rowcount')).toBe('100001');
    // Generous: the bench measures the real figure; this only catches rendering every row.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('filters by kind and label, sorts by value, opens a row, exports the selection as CSV', () => {
    const { onOpen } = mount(library(30));
    const kind = host!.querySelector<HTMLSelectElement>('select[aria-label="figuresFilterKind"]')!;
    act(() => {
      kind.value = 'percent';
      kind.dispatchEvent(new Event('change'));
    });
    expect(bodyRows()).toHaveLength(30);
    expect(bodyRows().every((row) => row.textContent?.includes('%'))).toBe(true);
    act(() => {
      kind.value = '';
      kind.dispatchEvent(new Event('change'));
    });
    const label = host!.querySelector<HTMLInputElement>('input[aria-label="figuresFilterLabel"]')!;
    act(() => {
      label.value = '总投资';
      label.dispatchEvent(new Event('input'));
    });
    expect(bodyRows()).toHaveLength(30);
    const valueHeader = [...host!.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
      b.textContent?.includes('figuresColValue'),
    )!;
    act(() => valueHeader.click());
    expect(bodyRows()[0].textContent).toContain('文章29');
    act(() => valueHeader.click());
    expect(bodyRows()[0].textContent).toContain('文章0');
    act(() => (bodyRows()[3].querySelector('td.cc-fig-text') as HTMLElement).click());
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ captureId: 'c3' }));
    const boxes = bodyRows().map((row) => row.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    act(() => boxes[0].click());
    act(() => boxes[1].click());
    const exportButton = [...host!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes('figuresExportSelected'),
    )!;
    act(() => exportButton.click());
    const [name, csv] = vi.mocked(downloadFile).mock.calls.at(-1)!;
    expect(name).toMatch(/^changcheng-reader-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    expect((csv as string).trim().split('\r\n')).toHaveLength(3);
    expect(csv as string).toContain('文章0,');
    expect(csv as string).toContain('文章1,');
  });

  it('shows a chart of one label over publication date, a point per article', () => {
    const { onOpen } = mount(library(12));
    const chartButton = [...host!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes('figuresChart'),
    )!;
    act(() => chartButton.click());
    const points = host!.querySelectorAll('svg circle.cc-chart-point');
    expect(points).toHaveLength(12);
    act(() => {
      points[5].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ captureId: 'c5' }));
  });

  it('keeps rows given in the table order as they are in that order, and sorts them for any other', () => {
    host = document.createElement('div');
    document.body.append(host);
    // The store's order (newest published first); a view that sorted would put 文章5 first.
    const rows = manyRows(6);
    const given = [...rows.slice(10), ...rows.slice(0, 10)];
    act(() => render(<FiguresView rows={given} inTableOrder onOpen={vi.fn()} initialHeight={720} />, host!));
    const titles = () => bodyRows().map((row) => row.querySelector('.cc-fig-title')?.textContent);
    expect(titles().slice(0, 11)).toEqual([...Array(10).fill('文章1'), '文章2']);
    const header = (name: string) =>
      [...host!.querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent?.includes(name))!;
    act(() => header('figuresColTitle').click());
    expect(titles()[0]).toBe('文章5');
    act(() => header('figuresColPublished').click());
    act(() => header('figuresColPublished').click());
    expect(titles()[0]).toBe('文章0');
    // Back to the first order (newest first): the rows as given, not sorted again.
    act(() => header('figuresColPublished').click());
    expect(titles().slice(0, 11)).toEqual([...Array(10).fill('文章1'), '文章2']);
  });

  it('says so when the library has no figures', () => {
    mount([]);
    expect(host!.textContent).toContain('figuresEmptyTitle');
  });
});

describe('chart data', () => {
  it('groups by label and unit, points in date order, most articles first', () => {
    const series = figureSeries(figureRows(library(5)));
    expect(series[0].points.map((p) => p.day)).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
      '2020-01-05',
    ]);
    expect(series.every((s) => s.articles === 5)).toBe(true);
    expect(series.find((s) => s.unit === '%')?.label).toBe('指标9');
  });

  it('makes round ticks', () => {
    expect(niceTicks(0, 8.2e9)).toEqual([0, 5e9, 1e10]);
    expect(niceTicks(-3, 12)).toEqual([-5, 0, 5, 10, 15]);
    expect(niceTicks(0, 7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

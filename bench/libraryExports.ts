/**
 * Library exports: `export_zip_1000` (1,000 captures of ~3,000 characters and 10 figures each to a zip of
 * Markdown files, in chunks as the library does) and `figures_table_first_screen` (100,000 figure rows: flatten,
 * filter, sort and draw the first screen of the windowed table, in jsdom — slower than Chromium, so an upper
 * bound). Node, no browser needed.
 */
import { JSDOM } from 'jsdom';
import type { Capture, Figure } from '../utils/types';
import { makeCapture } from '../utils/testing/articleFactory';
import { exportMarkdownZip } from '../utils/export/zip';
import { figureRows, filterFigureRows, sortFigureRows } from '../utils/export/figureRows';

const PARAGRAPH =
  '今年一季度，全县签约项目32个，总投资额达88.85亿元，同比增长12.3%。新建道路15公里，绿化面积超过1200亩，' +
  '培训3.6万人次，带动就业约5000人。';

function benchLibrary(count: number): Capture[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 40 }, (_, p) => `第${i}篇第${p}段。${PARAGRAPH}`);
    const text = paragraphs.join('\n\n');
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    const figures: Figure[] = Array.from({ length: 10 }, (_, j) => ({
      text: `${j + 1}亿元`,
      start: j * 100,
      end: j * 100 + 4,
      kind: j % 3 === 0 ? 'count' : 'money',
      value: (i + j) * 1e8,
      unit: j % 3 === 0 ? '' : 'CNY',
      measure: j % 3 === 0 ? '个' : undefined,
      qualifier: j % 4 === 0 ? 'approx' : 'exact',
      label: ['总投资', '签约项目', '绿化面积', '培训'][j % 4],
      sentence: PARAGRAPH,
      score: 1 - j / 10,
    }));
    const url = `http://lf.hebei.com.cn/system/${day.replace(/-/g, '/')}/${100000000 + i}.shtml`;
    return makeCapture({
      id: i.toString(16).padStart(16, '0'),
      url,
      canonicalUrl: url,
      title: `长城网测试文章第${i}篇：项目建设`,
      publishedAt: `${day}T09:00:00+08:00`,
      text,
      length: text.length,
      contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      figures,
      tags: i % 5 === 0 ? ['重点'] : [],
    });
  });
}

/** Milliseconds for the zip of 1,000 captures, and for the same export again (bodies' Markdown cached). */
export async function exportZip1000(): Promise<[number, number, number]> {
  const captures = benchLibrary(1000);
  await exportMarkdownZip(benchLibrary(20).map((capture) => ({ ...capture, id: `warm-${capture.id}` })));
  const started = performance.now();
  const { bytes } = await exportMarkdownZip(captures);
  const first = performance.now() - started;
  const again = performance.now();
  await exportMarkdownZip(captures);
  return [first, performance.now() - again, bytes.length];
}

async function exportLine(): Promise<string> {
  const [first, again, bytes] = await exportZip1000();
  const size = (bytes / 1024 / 1024).toFixed(1);
  return `export_zip_1000 ${first.toFixed(0)} ms (${size} MB zip)\nexport_zip_1000_again ${again.toFixed(0)} ms`;
}

async function figuresTableFirstScreen(): Promise<string> {
  const dom = new JSDOM('<!doctype html><div id="app"></div>', { pretendToBeVisual: true });
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event', 'requestAnimationFrame'])
    if (!(key in globals) || key === 'window' || key === 'document') globals[key] = (dom.window as never)[key];
  const { render, h } = await import('preact');
  const { FiguresTable } = await import('../components/library/FiguresTable');
  const captures = benchLibrary(10_000);
  const { FIGURES_FIRST_SCREEN } = await import('../components/library/FiguresTable');
  const draw = (label: string, from: readonly Capture[]) => drawTable(dom, h, render, FiguresTable, label, from);
  // The 数字 tab draws the newest captures' figures first, then every figure once the library is read.
  const first = draw('figures_table_first_screen', captures.slice(-FIGURES_FIRST_SCREEN));
  const all = draw('figures_table_all_rows', captures);
  return `${first}\n${all}`;
}

function drawTable(
  dom: JSDOM,
  h: typeof import('preact').h,
  render: typeof import('preact').render,
  FiguresTable: typeof import('../components/library/FiguresTable').FiguresTable,
  label: string,
  captures: readonly Capture[],
): string {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < 5; run++) {
    const host = dom.window.document.createElement('div');
    dom.window.document.body.append(host);
    const started = performance.now();
    const all = figureRows(captures);
    const shown = sortFigureRows(filterFigureRows(all, {}), 'publishedAt', 'desc');
    render(
      h(FiguresTable, {
        rows: shown,
        sort: { key: 'publishedAt', direction: 'desc' },
        onSort: () => {},
        selected: new Set<string>(),
        onToggle: () => {},
        onToggleAll: () => {},
        onOpen: () => {},
        initialHeight: 720,
      }),
      host,
    );
    times.push(performance.now() - started);
    rows = all.length;
    render(null, host);
    host.remove();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return `${label} ${median.toFixed(0)} ms (${rows} rows, jsdom, median of ${times.length})`;
}

export async function runLibraryExportsBench(): Promise<string> {
  return [await exportLine(), await figuresTableFirstScreen()].join('\n');
}

/**
 * Export of 1,000 captures to a Markdown zip in real Chromium, the way a user does it: the built library page
 * holding 1,000 captures (imported from a generated backup into a fresh profile), 导出… in the header (every
 * capture), 开始导出, until the browser is handed the download. Also the main thread's longest block and the
 * time it was blocked (long tasks over 50 ms) while the export ran: the page must stay responsive, its
 * progress bar moving. `extensionDir` lets a comparison run another build (before/after, interleaved).
 * Lines: library_export_zip_1000_chromium (click on 开始导出 to download), …_with_read_chromium (click on 导出…
 * to download), …_longest_block_chromium, …_blocked_chromium, and the zip's size.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, startFixtureServer } from '../scripts/browser';
import { createBackup } from '../utils/export/backup';
import type { Capture } from '../utils/types';
import { line, median } from './libraryTiming';

export interface ExportRun {
  /** 导出… to the panel's 开始导出 button. */
  panel: number;
  /** 开始导出 to the download. */
  export: number;
  /** 导出… to the download: what the user waits for, the captures' read included. */
  withRead: number;
  longestBlock: number;
  blocked: number;
  bytes: number;
  /** The downloaded zip (valid until the browser closes). */
  file: string;
}

/** Long tasks while the page runs, recorded by the page itself. */
const WATCH_LONG_TASKS = () => {
  const tasks: number[] = [];
  (window as { __longTasks?: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
};

/** Optional hooks around one export (a profiler started just before the click on 导出…). */
export interface ExportHooks {
  beforeOpen?: () => Promise<void>;
}

/**
 * One export as a user runs it, every clock on the bench's side: 导出… clicked, the panel's 开始导出 clicked as
 * soon as it is there, until the browser has the download. Long tasks are recorded over the whole of it (reading
 * the captures included, wherever a build does it: before the panel appears or after 开始导出).
 */
async function exportOnce(page: Page, hooks: ExportHooks = {}): Promise<ExportRun> {
  await page.reload();
  await page.locator('.cc-lib-item').first().waitFor();
  await page.evaluate(WATCH_LONG_TASKS);
  await hooks.beforeOpen?.();
  const opened = performance.now();
  await page.getByRole('button', { name: '导出…' }).click();
  const start = page.getByRole('button', { name: '开始导出' });
  await start.waitFor();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), start.click()]);
  const done = performance.now();
  const tasks = await page.evaluate(() => (window as { __longTasks?: number[] }).__longTasks ?? []);
  const file = await download.path();
  const bytes = file ? statSync(file).size : Number.NaN;
  await page
    .getByRole('button', { name: /关闭|Dismiss/ })
    .last()
    .click();
  return {
    panel: started - opened,
    export: done - started,
    withRead: done - opened,
    longestBlock: Math.max(0, ...tasks),
    blocked: tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0),
    bytes,
    file: file ?? '',
  };
}

/** A browser with the extension and `captures` imported; close() removes its profile. */
export async function exportBrowser(captures: readonly Capture[], extensionDir = EXTENSION_DIR) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-export-bench-'));
  const backup = path.join(dir, 'library.json');
  writeFileSync(backup, createBackup([...captures]));
  const { server, port } = await startFixtureServer();
  const browser = await launchWithExtension(port, extensionDir);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(300_000);
  const nameHelper = 'globalThis.__name = (fn) => fn;';
  await page.addInitScript({ content: nameHelper });
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.locator('.cc-lib-count').waitFor();
  await page.locator('input[type=file]').setInputFiles(backup);
  await page.getByText(/导入完成|Imported/).waitFor();
  await page.getByRole('button', { name: '关闭' }).or(page.locator('.cc-lib-report .cc-icon-btn')).first().click();
  return {
    page,
    run: (hooks?: ExportHooks) => exportOnce(page, hooks),
    close: async () => {
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The bench lines: three exports of the same 1,000 captures (the first without the bodies' Markdown cache). */
export async function exportZipChromium(captures: readonly Capture[]): Promise<void> {
  const browser = await exportBrowser(captures.slice(0, 1000));
  try {
    const runs: ExportRun[] = [];
    for (let i = 0; i < 3; i++) runs.push(await browser.run());
    const of = (key: Exclude<keyof ExportRun, 'file'>) => median(runs.map((run) => run[key]));
    line('library_export_panel_shown_chromium', of('panel'), 'ms');
    line('library_export_zip_1000_chromium', of('export'), 'ms');
    line('library_export_zip_1000_with_read_chromium', of('withRead'), 'ms');
    line('library_export_zip_1000_longest_block_chromium', of('longestBlock'), 'ms');
    line('library_export_zip_1000_blocked_chromium', of('blocked'), 'ms');
    line('library_export_zip_1000_size_chromium', of('bytes') / 1e6, 'MB');
  } finally {
    await browser.close();
  }
}

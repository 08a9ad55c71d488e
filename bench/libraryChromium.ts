/**
 * The library bench's real-Chromium part: the built library page imports the generated backups (or, with
 * LIBRARY_BENCH_PROFILE=DIR, reuses a profile that holds them already), then times the first screen, the tag
 * menu, a search typed as the menus appear, search as you type once every summary is read, a filter change, one
 * more save and the 数字 tab. LIBRARY_BENCH_CPUPROFILE=DIR writes a V8 CPU profile of each phase there (open it
 * in Chrome DevTools, or `npx tsx bench/cpuprofile.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, startFixtureServer } from '../scripts/browser';
import { figuresTab } from './libraryFigures';
import { line, median, percentile, timeChange } from './libraryTiming';

const PROFILE_DIR = process.env.LIBRARY_BENCH_CPUPROFILE;

/** Runs `work` under the V8 profiler when LIBRARY_BENCH_CPUPROFILE is set. */
async function profiled<T>(cdp: CDPSession, name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

/** Captures in the page's database (the header counts only the first screen until the rest is read). */
export const countStored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('changcheng-reader');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('captures')) return resolve(0);
          const count = db.transaction('captures').objectStore('captures').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );

export async function importAll(page: Page, files: readonly string[]): Promise<void> {
  for (const file of files) {
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/导入完成|Imported/).waitFor();
    await page.getByRole('button', { name: '关闭' }).or(page.locator('.cc-lib-report .cc-icon-btn')).first().click();
  }
}

/**
 * Milliseconds from a reload to the tag menu listing `tag` (polled: the extension's CSP refuses waitForFunction).
 * By the options' value property: Preact leaves out the value attribute where it equals the option's text, so an
 * `option[value=…]` selector never matches a tag menu (why this bench once waited 60 s for 待核实 in vain).
 */
async function tagMenuReady(page: Page, tag: string, timeout = 60_000): Promise<number> {
  const started = performance.now();
  await page.reload();
  const shown = () =>
    page.evaluate(
      (name) =>
        [...document.querySelectorAll('select option')].some((option) => (option as HTMLOptionElement).value === name),
      tag,
    );
  while (!(await shown())) {
    if (performance.now() - started > timeout) return Number.NaN;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}

/** The page's own marks (entrypoints/library/main.tsx, useLibrary.ts) and navigation timing, ms from its start. */
function firstScreenSteps(page: Page): Promise<Array<[string, number]>> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('cc-library:'));
    return [
      ['html', nav?.responseEnd ?? Number.NaN] as [string, number],
      ...marks.map((mark): [string, number] => [
        mark.name.slice('cc-library:'.length).replace(/-/g, '_'),
        mark.startTime,
      ]),
      ['dom_content_loaded', nav?.domContentLoadedEventEnd ?? Number.NaN] as [string, number],
    ];
  });
}

const firstRowAt = (page: Page) => page.evaluate(() => (window as { __firstRow?: number }).__firstRow ?? Number.NaN);

/** Waits until the library page has read every summary (its background read after the first screen), then a beat. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('cc-library:all-read').length > 0, null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(300);
}

export async function chromiumBench(
  count: number,
  backupFiles: string[],
  oneCaptureFiles: string[],
  queries: string[],
  rawBytes: number,
): Promise<void> {
  const { server, port } = await startFixtureServer();
  const keep = process.env.LIBRARY_BENCH_PROFILE;
  const browser = await launchWithExtension(port, process.env.LIBRARY_BENCH_EXT || undefined, keep);
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(600_000);
    const cdp = await browser.context.newCDPSession(page);
    // tsx names inner arrow functions with a __name helper the page does not have: give it one (reloads too).
    const nameHelper = 'globalThis.__name = (fn) => fn;';
    await page.addInitScript({ content: nameHelper });
    await page.evaluate(nameHelper);
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.locator('.cc-lib-count').waitFor();
    const before = keep ? await countStored(page) : 0;
    if (before < count) {
      const importStarted = performance.now();
      await importAll(page, backupFiles);
      line('library_import_all', (performance.now() - importStarted) / 1000, 's');
    } else console.log(`(library of ${before} captures reused from ${keep})`);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    line('library_storage_ratio_chromium', usage / rawBytes, 'x_raw_text');

    // The time the first list row is in the page, recorded by the page itself (not when the bench next runs:
    // the rest of the summaries load right after the first screen and would be counted otherwise).
    await browser.context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.cc-lib-item')) return;
        (window as { __firstRow?: number }).__firstRow = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const firstScreen: number[] = [];
    const newTab: number[] = [];
    const steps: Record<string, number[]> = {};
    await profiled(cdp, 'first-screen', async () => {
      for (let i = 0; i < 5; i++) {
        // Each load starts from a library at rest, as a person opens it: the previous load's background read of
        // every summary done (reloading in the middle of it times the old page's teardown, not this page).
        await settled(page);
        await page.reload();
        await page.locator('.cc-lib-item').first().waitFor();
        firstScreen.push(await firstRowAt(page));
        for (const [name, at] of await firstScreenSteps(page)) (steps[name] ??= []).push(at);
      }
      // The library opened in a new tab (打开文库 in the popup), this tab at rest beside it.
      for (let i = 0; i < 5; i++) {
        const tab = await browser.context.newPage();
        await tab.goto(page.url());
        await tab.locator('.cc-lib-item').first().waitFor();
        newTab.push(await firstRowAt(tab));
        await settled(tab);
        await tab.close();
      }
    });
    line('library_first_screen_chromium', median(firstScreen), 'ms');
    line('library_first_screen_new_tab_chromium', median(newTab), 'ms');
    // Where it goes (medians, ms since navigation start): the page's HTML, its script running, the summaries read.
    for (const [name, at] of Object.entries(steps)) line(`library_first_screen_at_${name}`, median(at), 'ms');
    const tagReady = await profiled(cdp, 'tag-menu', () => tagMenuReady(page, '待核实'));
    line('library_tag_menu_ready_chromium', tagReady, 'ms');

    // A search typed the moment the menus are there (the page still reading its 10,000 summaries): its own line,
    // with a word not among the timed queries (its texts would be read already).
    const opening = await timeChange(page, 'search', '河北省', '河北省|');
    await timeChange(page, 'search', '', '|');
    line('library_search_while_opening_chromium', opening, 'ms');
    // Then the searches typed in a library that has read its summaries (as a person starts typing, ~1 s on).
    await settled(page);
    const searches: number[] = [];
    await profiled(cdp, 'search', async () => {
      for (const query of queries) searches.push(await timeChange(page, 'search', query, `${query}|`));
    });
    await timeChange(page, 'search', '', '|');
    line('library_search_p50_chromium', median(searches), 'ms');
    line('library_search_p95_chromium', percentile(searches, 95), 'ms');
    line('library_search_max_chromium', Math.max(...searches), 'ms');
    // LIBRARY_BENCH_QUERIES=1: every query's (and filter change's) time, in the bench's order (what makes the tail).
    if (process.env.LIBRARY_BENCH_QUERIES === '1')
      console.log(`(search times: ${queries.map((query, i) => `${query} ${searches[i].toFixed(0)}`).join(', ')})`);

    const filters: number[] = [];
    await profiled(cdp, 'filter', async () => {
      for (const tag of Number.isNaN(tagReady) ? [] : ['待核实', '', '报告', '', '投资', '']) {
        const state = `|{"sort":"capturedAt","from":"","to":"","channel":"","tag":"${tag}"`;
        filters.push(await timeChange(page, '标签', tag, state));
      }
    });
    if (Number.isNaN(tagReady)) console.log('(the tag menu never listed 待核实: filter change not measured)');
    line('library_filter_change_p95_chromium', filters.length ? percentile(filters, 95) : Number.NaN, 'ms');
    if (process.env.LIBRARY_BENCH_QUERIES === '1')
      console.log(`(filter times: ${filters.map((t) => t.toFixed(0)).join(', ')})`);

    // One more capture into the 10,000 (through import: the same index writes as a save).
    const saves: number[] = [];
    for (const file of oneCaptureFiles) {
      const started = performance.now();
      await importAll(page, [file]);
      saves.push(performance.now() - started);
    }
    line('library_save_one_chromium', median(saves), 'ms');

    const figures: number[] = [];
    const all: number[] = [];
    let rows = 0;
    await profiled(cdp, 'figures', async () => {
      for (let i = 0; i < 3; i++) {
        await page.reload();
        await page.locator('.cc-lib-item').first().waitFor();
        const [first, whole, total] = await figuresTab(page);
        figures.push(first);
        all.push(whole);
        rows = total;
        // Where each run's time went (the tab's marks, ms after the click): one slow run says at which step.
        const marks = await page.evaluate(() => {
          const click = performance.getEntriesByName('cc-figures:click').at(-1)?.startTime ?? 0;
          const steps = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('cc-figures:'));
          return steps.map((mark) => `${mark.name.slice(11)} ${(mark.startTime - click).toFixed(0)}`).join(', ');
        });
        console.log(`(数字 run ${i + 1}: first ${first.toFixed(0)} ms, all ${whole.toFixed(0)} ms; ${marks})`);
        await page.evaluate(() => {
          location.hash = '';
        });
      }
    });
    line('library_figures_rows', rows, 'rows');
    line('library_figures_first_screen_chromium', median(figures), 'ms');
    line('library_figures_all_rows_chromium', median(all), 'ms');
    line('library_figures_all_rows_max_chromium', Math.max(...all), 'ms');
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The library at 10,000 captures (about 3,000 characters and 10 figures each), in real Chromium: the
 * built library page imports a generated backup, then the bench measures the first screen, search as
 * you type (p95 over many queries), a filter change, and the storage used against the raw text.
 * The same library in fake-indexeddb (Node) gives the store's own search time and logical sizes beside.
 * One line per figure: `name value unit`. Needs `npm run build` and Debian's chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import 'fake-indexeddb/auto'; // IDBKeyRange for the store's range reads in Node
import { IDBFactory } from 'fake-indexeddb';
import { createCaptureStore } from '../utils/store/captureStore';
import { createBackup } from '../utils/export/backup';
import type { Capture } from '../utils/types';
import { seededRandom } from '../utils/testing/seededRandom';
import { COUNT, generateLibrary } from './libraryData';
import { exportZip1000 } from './libraryExports';
import { exportZipChromium } from './libraryExportChromium';
import { chromiumBench } from './libraryChromium';
import { line, percentile } from './libraryTiming';

const QUERIES = 60;

/** Two- to four-character substrings of random bodies: words people search for. */
export function queriesFrom(captures: readonly Capture[], seed = 11): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: QUERIES }, () => {
    const text = captures[Math.floor(next() * captures.length)].text.replace(/[^\u4e00-\u9fff]/g, '');
    const length = 2 + Math.floor(next() * 3);
    const at = Math.floor(next() * (text.length - length));
    return text.slice(at, at + length);
  });
}

async function nodeBench(captures: Capture[], queries: string[], rawBytes: number): Promise<void> {
  const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'bench' });
  for (let i = 0; i < captures.length; i += 1000) await store.importCaptures(captures.slice(i, i + 1000));
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await store.search(query, { limit: 200 });
    times.push(performance.now() - started);
  }
  line('library_search_p95_fake_indexeddb', percentile(times, 95), 'ms');
  const started = performance.now();
  await store.listSummaries({ limit: 60 });
  line('library_first_page_fake_indexeddb', performance.now() - started, 'ms');
  // Logical sizes: what the stores hold, serialised (the browser adds its own overhead or compression).
  const summaries = await store.listSummaries();
  const summaryBytes = Buffer.byteLength(JSON.stringify(summaries));
  const captureBytes = Buffer.byteLength(JSON.stringify(captures));
  line('library_capture_records_ratio', captureBytes / rawBytes, 'x_raw_text');
  line('library_summaries_ratio', summaryBytes / rawBytes, 'x_raw_text');
  store.close();
}

export async function runLibraryBench(): Promise<void> {
  line('load_average_1min_start', loadavg()[0], 'load');
  const all = generateLibrary(COUNT + 3);
  const captures = all.slice(0, COUNT);
  const rawBytes = captures.reduce((sum, capture) => sum + Buffer.byteLength(capture.text), 0);
  line('library_captures', captures.length, 'captures');
  line('library_raw_text', rawBytes / 1e6, 'MB');
  const queries = queriesFrom(captures);
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-bench-'));
  // Backups of 1,000 captures each, imported one after another (as a user would bring in several files).
  const files: string[] = [];
  for (let i = 0; i < captures.length; i += 1000) {
    files.push(path.join(dir, `library-${i}.json`));
    writeFileSync(files[files.length - 1], createBackup(captures.slice(i, i + 1000)));
  }
  const singles = all.slice(COUNT).map((capture, i) => {
    const file = path.join(dir, `one-${i}.json`);
    writeFileSync(file, createBackup([capture]));
    return file;
  });
  try {
    await chromiumBench(captures.length, files, singles, queries, rawBytes);
    if (process.env.BENCH_LIBRARY_NODE !== '0') await nodeBench(captures, queries, rawBytes);
    // The export of 1,000 captures to a zip (Node; the library page runs the same code), twice: the second
    // finds the bodies' Markdown in the cache.
    const [first, again] = await exportZip1000();
    line('library_export_zip_1000_node', first, 'ms');
    line('library_export_zip_1000_again_node', again, 'ms');
    // The same export in the library page (Chromium), as a user runs it: 导出…, 开始导出, until the download.
    if (process.env.BENCH_LIBRARY_EXPORT_CHROMIUM !== '0') await exportZipChromium(captures);
    line('load_average_1min_end', loadavg()[0], 'load');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runLibraryBench();

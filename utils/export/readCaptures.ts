/**
 * The captures of an export read in the page, a batch per transaction, with progress and cancel between batches
 * (the combined report, and the zip where no worker can run): the panel is up before anything is read, and no
 * single read holds the page for long.
 */
import type { Capture } from '../types';
import { abortError, nextTask, type ExportProgress } from './chunks';
import { capturesByIds, openForExport } from '../store/exportReads';

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Captures per read (default 50). */
  batch?: number;
  factory?: IDBFactory;
  dbName?: string;
}

/** The captures of `ids` in that order; ones deleted since are left out. */
export async function readCaptures(ids: readonly string[], options: ReadOptions = {}): Promise<Capture[]> {
  const db = await openForExport(options.factory, options.dbName);
  try {
    const size = Math.max(1, options.batch ?? 50);
    const out: Capture[] = [];
    options.onProgress?.({ done: 0, total: ids.length });
    for (let i = 0; i < ids.length; i += size) {
      if (options.signal?.aborted) throw abortError();
      for (const capture of await capturesByIds(db, ids.slice(i, i + size))) if (capture) out.push(capture);
      options.onProgress?.({ done: Math.min(ids.length, i + size), total: ids.length });
      await nextTask();
    }
    if (options.signal?.aborted) throw abortError();
    return out;
  } finally {
    db.close();
  }
}

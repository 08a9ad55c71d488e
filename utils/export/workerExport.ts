/**
 * The zip export in workers (the library page): the captures' ids are split into contiguous shares, one per
 * worker; each worker reads, converts and compresses its share (exportSlice.ts) and hands the parts back; this
 * thread only counts progress and strings the parts together in export order under their final names
 * (collisions numbered over the whole export, as exportMarkdownZip does). Same entries, in the same order, with
 * the same bytes as the export in one thread. Cancel: every worker is stopped.
 */
import { abortError, type ExportProgress, nextTask } from './chunks';
import type { SliceCapture, SliceReply, SliceRequest } from './exportSlice';
import { uniqueFileNames } from './fileNames';
import type { MarkdownOptions } from './markdown';
import { Zip } from 'fflate';
import { addPart } from './zipParts';

/** What the export needs of a Worker (a test hands in an in-process one). */
export interface SliceWorkerLike {
  postMessage(message: SliceRequest): void;
  onmessage: ((event: { data: SliceReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface WorkerExportOptions extends MarkdownOptions {
  /** The captures, in export order. */
  ids: readonly string[];
  /** Starts one worker. */
  spawn: () => SliceWorkerLike;
  /** Workers to run (default: one per core, at most 4, none idle for want of captures). */
  workers?: number;
  pictures?: boolean;
  dbName?: string;
  mtime?: Date;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

/** Contiguous shares of about equal size (the first ones one longer). */
export function shares<T>(items: readonly T[], count: number): T[][] {
  const n = Math.max(1, Math.min(count, items.length));
  const base = Math.floor(items.length / n);
  const extra = items.length % n;
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = start + base + (i < extra ? 1 : 0);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

export function defaultWorkers(captures: number): number {
  const cores = typeof navigator === 'object' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores, Math.ceil(captures / 100)));
}

export async function exportZipInWorkers(options: WorkerExportOptions): Promise<WorkerZipResult> {
  const { ids, signal } = options;
  if (signal?.aborted) throw abortError();
  const results: Array<SliceCapture | undefined> = new Array(ids.length);
  const running: SliceWorkerLike[] = [];
  let handled = 0;
  options.onProgress?.({ done: 0, total: ids.length });
  const stopAll = () => {
    for (const worker of running) worker.terminate();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        stopAll();
        reject(error);
      };
      signal?.addEventListener('abort', () => fail(abortError()), { once: true });
      let first = 0;
      let left = 0;
      for (const share of shares(ids, options.workers ?? defaultWorkers(ids.length))) {
        const worker = options.spawn();
        running.push(worker);
        left++;
        worker.onmessage = ({ data }) => {
          if (data.type === 'error') return fail(new Error(`export worker: ${data.message}`));
          if (data.type === 'done') {
            if (--left === 0) resolve();
            return;
          }
          for (const capture of data.captures) results[capture.index] = capture;
          handled += data.handled;
          options.onProgress?.({ done: handled, total: ids.length });
        };
        worker.onerror = (event) => fail(new Error(`export worker: ${event?.message || 'failed'}`));
        worker.postMessage({
          type: 'slice',
          ids: share,
          first,
          options: { maxFigures: options.maxFigures, frontMatterStyle: options.frontMatterStyle },
          pictures: options.pictures ?? false,
          dbName: options.dbName,
        });
        first += share.length;
      }
      if (left === 0) resolve();
    });
  } finally {
    stopAll();
  }
  return assemble(results, options.mtime ?? new Date());
}

export interface WorkerZipResult {
  /** The zip (application/zip). */
  blob: Blob;
  files: number;
  pictures: number;
}

/** Bytes per Blob piece of the zip: each piece is one copy of a millisecond or two, one task at a time. */
const PIECE_BYTES = 1024 * 1024;

/**
 * The zip of the converted captures in export order (missing ones left out, as a read that finds none), built a
 * few files per task, and its bytes copied into Blob pieces of about 1 MB a task at a time (one Blob of the whole
 * zip at the end held the page for 160-440 ms): the page never waits long for its progress bar and input.
 */
async function assemble(results: ReadonlyArray<SliceCapture | undefined>, mtime: Date): Promise<WorkerZipResult> {
  const present = results.filter((capture): capture is SliceCapture => !!capture);
  const names = uniqueFileNames(present.map((capture) => capture.fileName));
  const pieces: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      pending.push(chunk as Uint8Array<ArrayBuffer>);
      pendingBytes += chunk.length;
    }
  });
  let pictures = 0;
  let started = performance.now();
  for (const [k, capture] of present.entries()) {
    for (const picture of capture.pictures) addPart(zip, picture.name, picture.part, mtime);
    pictures += capture.pictures.length;
    addPart(zip, names[k], capture.markdown, mtime);
    if (pendingBytes >= PIECE_BYTES) {
      pieces.push(new Blob(pending));
      pending = [];
      pendingBytes = 0;
    }
    if (performance.now() - started > 20) {
      await nextTask();
      started = performance.now();
    }
  }
  zip.end();
  if (failure) throw failure;
  pieces.push(new Blob(pending));
  return { blob: new Blob(pieces, { type: 'application/zip' }), files: present.length, pictures };
}

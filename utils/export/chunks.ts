/** Long exports in chunks: progress after each chunk and a pause that lets the page paint and take input. */

export interface ExportProgress {
  done: number;
  total: number;
  /** Still reading the captures (the bar says 正在读取). */
  reading?: boolean;
}

export interface ChunkOptions {
  /** Items handled between two pauses (default 25). */
  chunkSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  /** Stops between chunks with an AbortError. */
  signal?: AbortSignal;
  /** The pause between chunks (default: a macrotask, so the browser can paint the progress bar). */
  pause?: () => Promise<void>;
  /**
   * A chunk also ends once it has run this long (ms): the page never waits longer for its progress bar and
   * input. Default 40 when chunkSize is not given (then only the time says where chunks end, up to 25 items).
   */
  budgetMs?: number;
}

export const DEFAULT_CHUNK_SIZE = 25;

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function abortError(): Error {
  const error = new Error('导出已取消 (export cancelled)');
  error.name = 'AbortError';
  return error;
}

/** Runs `work` on every item in order, `chunkSize` at a time, reporting progress and pausing between chunks. */
export async function forEachChunk<T>(
  items: readonly T[],
  options: ChunkOptions,
  work: (item: T, index: number) => void | Promise<void>,
): Promise<void> {
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const budget = options.budgetMs ?? (options.chunkSize === undefined ? 40 : Infinity);
  const pause = options.pause ?? nextTask;
  options.onProgress?.({ done: 0, total: items.length });
  let index = 0;
  while (index < items.length) {
    if (options.signal?.aborted) throw abortError();
    const end = Math.min(items.length, index + size);
    const started = performance.now();
    do await work(items[index], index);
    while (++index < end && performance.now() - started < budget);
    options.onProgress?.({ done: index, total: items.length });
    if (index < items.length) await pause();
  }
}

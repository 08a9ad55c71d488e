/** Long exports in chunks: progress after each chunk and a pause that lets the page paint and take input. */

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ChunkOptions {
  /** Items handled between two pauses (default 25). */
  chunkSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  /** Stops between chunks with an AbortError. */
  signal?: AbortSignal;
  /** The pause between chunks (default: a macrotask, so the browser can paint the progress bar). */
  pause?: () => Promise<void>;
}

export const DEFAULT_CHUNK_SIZE = 25;

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
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
  const pause = options.pause ?? nextTask;
  options.onProgress?.({ done: 0, total: items.length });
  for (let start = 0; start < items.length; start += size) {
    if (options.signal?.aborted) throw abortError();
    const end = Math.min(items.length, start + size);
    for (let index = start; index < end; index++) await work(items[index], index);
    options.onProgress?.({ done: end, total: items.length });
    if (end < items.length) await pause();
  }
}

/**
 * What 开始导出 runs (ExportPanel.tsx). The zip: in workers (exportWorker.ts, utils/export/workerExport.ts) that
 * read, convert and compress the captures off the page's main thread, in parallel on several cores; where no
 * worker can run (or one fails) the same export runs in the page, reading in batches. The combined report
 * reads its captures in the page, in batches, then builds the report in chunks. Both report progress and stop
 * when cancelled.
 */
import type { Capture } from '@/utils/types';
import type { ExportProgress } from '@/utils/export/chunks';
import type { FrontMatterStyle } from '@/utils/export/obsidian';
import { readCaptures } from '@/utils/export/readCaptures';
import { exportZipInWorkers, type SliceWorkerLike } from '@/utils/export/workerExport';
import { captureIdsInOrder, openForExport } from '@/utils/store/exportReads';
import { getPictureStore } from '@/utils/store/pictureStore';
import { zipPicturesOf } from './useOfflinePictures';

export interface RunOptions {
  frontMatterStyle: FrontMatterStyle;
  zipPictures: boolean;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
}

/** The ids to export: the selection as it is, or every capture, oldest capture first (as exportAll). */
export async function exportIds(ids: readonly string[] | null): Promise<string[]> {
  if (ids) return [...ids];
  const db = await openForExport();
  try {
    return await captureIdsInOrder(db);
  } finally {
    db.close();
  }
}

function spawn(): SliceWorkerLike {
  return new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' }) as unknown as SliceWorkerLike;
}

const reading = (report: RunOptions['onProgress']) => (progress: ExportProgress) =>
  report({ ...progress, reading: true });

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

export interface ZipDone {
  /** The zip: a Blob of its chunks when the workers made it (no copy into one array first). */
  data: Blob | Uint8Array;
  files: number;
  pictures: number;
}

export async function zipExport(ids: readonly string[], options: RunOptions): Promise<ZipDone> {
  const { signal, onProgress, frontMatterStyle } = options;
  if (typeof Worker === 'function') {
    try {
      const result = await exportZipInWorkers({
        ids,
        spawn,
        pictures: options.zipPictures,
        frontMatterStyle,
        signal,
        onProgress,
      });
      return { data: result.blob, files: result.files, pictures: result.pictures };
    } catch (error) {
      if (isAbort(error)) throw error;
      console.warn('导出：后台线程失败，改在本页导出 (export worker failed, exporting in the page)', error);
    }
  }
  const captures = await readCaptures(ids, { signal, onProgress: reading(onProgress) });
  // Only the captures that have offline pictures are asked for them (one read of the picture keys).
  const owners = options.zipPictures ? await getPictureStore().capturesWithPictures() : null;
  const { exportMarkdownZip } = await import('@/utils/export/zip'); // the page's own export, rarely needed
  const result = await exportMarkdownZip(captures, {
    signal,
    onProgress,
    frontMatterStyle,
    pictures: owners
      ? (capture) => (owners.has((capture as Capture).id) ? zipPicturesOf(capture as Capture) : [])
      : undefined,
  });
  return { data: result.bytes, files: result.files, pictures: result.pictures };
}

export async function reportExport(ids: readonly string[], options: RunOptions): Promise<string> {
  const { signal, onProgress, frontMatterStyle } = options;
  const captures = await readCaptures(ids, { signal, onProgress: reading(onProgress) });
  const { combinedReport } = await import('@/utils/export/report'); // loaded when asked for: the panel opens sooner
  return combinedReport(captures, { signal, onProgress, frontMatterStyle });
}

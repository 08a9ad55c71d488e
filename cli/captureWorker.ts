/**
 * A worker thread of `capture --jobs N`: captures the files it is sent, one at a time, and posts each outcome
 * back with its index (the main thread prints them in input order).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EXIT, formatError } from './errors';
import { limits } from './limits';
import { type CaptureFileOptions, captureFile, type FileOutcome } from './pipeline';

export interface CaptureJob {
  index: number;
  file: string;
  options: CaptureFileOptions;
}

export interface CaptureJobResult {
  index: number;
  outcome: FileOutcome;
}

if (parentPort) {
  const port = parentPort;
  Object.assign(limits, (workerData as { limits?: Partial<typeof limits> } | undefined)?.limits ?? {});
  port.on('message', async ({ index, file, options }: CaptureJob) => {
    let outcome: FileOutcome;
    try {
      outcome = await captureFile(file, options);
    } catch (err) {
      outcome = { ok: false, file, error: 'failed', message: formatError(err), exitStatus: EXIT.failure };
    }
    port.postMessage({ index, outcome } satisfies CaptureJobResult);
  });
}

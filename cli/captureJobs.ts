/**
 * `capture --jobs N`: files spread over N worker threads (each with its own jsdom), outcomes yielded in input
 * order as soon as the next one in order is ready. Standard input ('-') is read by the main thread: a worker
 * has no stdin of its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaptureJob, CaptureJobResult } from './captureWorker';
import { EXIT, formatError } from './errors';
import { isStdin } from './io';
import { limits } from './limits';
import { type CaptureFileOptions, captureFile, type FileOutcome } from './pipeline';

/**
 * The worker's entry: the prebuilt one beside this module when running from dist/, otherwise a bootstrap that
 * registers tsx first (TypeScript sources in development).
 */
function workerEntry(): URL {
  const prebuilt = new URL('./captureWorker.mjs', import.meta.url);
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(prebuilt))) return prebuilt;
  return new URL('../bin/capture-worker.mjs', import.meta.url);
}

export async function* captureInWorkers(
  files: readonly string[],
  options: CaptureFileOptions,
  jobs: number,
): AsyncGenerator<FileOutcome> {
  const done = new Map<number, FileOutcome>();
  let wake: (() => void) | null = null;
  const settle = (index: number, outcome: FileOutcome) => {
    done.set(index, outcome);
    wake?.();
  };
  const failed = (file: string, err: unknown): FileOutcome => ({
    ok: false,
    file,
    error: 'failed',
    message: `extraction failed: ${formatError(err)}`,
    exitStatus: EXIT.failure,
  });

  const queue = files.map((file, index) => ({ index, file })).filter(({ file }) => !isStdin(file));
  const workers = new Set<Worker>();
  const start = () => {
    const worker = new Worker(workerEntry(), { workerData: { limits: { ...limits } } });
    workers.add(worker);
    let current: { index: number; file: string } | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage({ ...current, options } satisfies CaptureJob);
      else void worker.terminate();
    };
    worker.on('message', ({ index, outcome }: CaptureJobResult) => {
      settle(index, outcome);
      next();
    });
    // A worker that dies (out of memory on one page) fails that file only; a fresh one takes the rest.
    worker.on('error', (err) => {
      workers.delete(worker);
      if (current) settle(current.index, failed(current.file, err));
      current = undefined;
      if (queue.length) start();
    });
    next();
  };
  for (let w = 0; w < Math.min(Math.max(1, jobs), queue.length); w++) start();
  // Standard input, if named, is read here, alongside the workers.
  files.forEach((file, index) => {
    if (isStdin(file))
      captureFile(file, options).then(
        (outcome) => settle(index, outcome),
        (err) => settle(index, failed(file, err)),
      );
  });

  try {
    for (let index = 0; index < files.length; index++) {
      while (!done.has(index)) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = done.get(index)!;
      done.delete(index);
      yield outcome;
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

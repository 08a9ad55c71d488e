import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hostileCaptures } from '../testing/hostileCaptures';
import { makeCapture } from '../testing/articleFactory';
import type { Article, Capture } from '../types';
import { exportMarkdownZip } from './zip';
import { serveZip, workerZip, type ZipReply, type ZipRequest, type ZipWorkerLike } from './zipSink';

const MTIME = new Date(2024, 5, 1, 12, 0);
const noPause = () => Promise.resolve();

/** A worker in this thread: messages are cloned and delivered later, as postMessage does. */
function inProcessWorker(): ZipWorkerLike & { terminated: boolean; requests: string[] } {
  const worker = {
    onmessage: null as ((event: { data: ZipReply }) => void) | null,
    onerror: null as ((event: { message?: string }) => void) | null,
    terminated: false,
    requests: [] as string[],
    postMessage(message: ZipRequest) {
      worker.requests.push(message.type);
      const copy = structuredClone(message);
      setTimeout(() => !worker.terminated && serve(copy), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const serve = serveZip((reply) => setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) }), 0));
  return worker;
}

describe('the zip export through a worker', () => {
  it('gives the same zip, byte for byte, as the export in this thread (hostile names, pictures)', async () => {
    const captures = [...hostileCaptures(), makeCapture({ id: 'with-pictures' })];
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const pictures = (capture: Article | Capture) =>
      'id' in capture && capture.id === 'with-pictures'
        ? [{ src: captures.at(-1)!.images[0].src, type: 'image/jpeg', bytes: jpeg }]
        : [];
    const options = { mtime: MTIME, pause: noPause, chunkSize: 2, pictures };
    const direct = await exportMarkdownZip(captures, options);
    const worker = inProcessWorker();
    const viaWorker = await exportMarkdownZip(captures, { ...options, sink: (mtime) => workerZip(mtime, worker) });
    expect(viaWorker.files).toBe(direct.files);
    expect(viaWorker.pictures).toBe(1);
    expect([...viaWorker.bytes]).toEqual([...direct.bytes]);
    // The same files, and the caller's picture bytes are still there (copied to the worker, not handed over).
    const a = unzipSync(direct.bytes);
    const b = unzipSync(viaWorker.bytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(strFromU8(b[name])).toBe(strFromU8(a[name]));
    expect([...jpeg]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(worker.requests[0]).toBe('start');
    expect(worker.requests.at(-1)).toBe('end');
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when the export is cancelled, and reports a worker that fails', async () => {
    const controller = new AbortController();
    const worker = inProcessWorker();
    const captures = Array.from({ length: 5 }, (_, i) => makeCapture({ id: `c${i}`, title: `第${i}篇` }));
    const cancelled = exportMarkdownZip(captures, {
      chunkSize: 2,
      signal: controller.signal,
      pause: async () => controller.abort(),
      sink: (mtime) => workerZip(mtime, worker),
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);

    const broken = inProcessWorker();
    const failing = exportMarkdownZip(captures, {
      pause: noPause,
      sink: (mtime) => {
        const sink = workerZip(mtime, broken);
        setTimeout(() => broken.onerror?.({ message: 'out of memory' }), 0);
        return sink;
      },
    });
    await expect(failing).rejects.toThrow('zip worker: out of memory');
  });

  it('answers a request out of order with an error, not a crash', () => {
    const replies: ZipReply[] = [];
    const serve = serveZip((reply) => replies.push(reply));
    serve({ type: 'add', entry: { name: 'a.md', data: 'x', deflate: true } });
    expect(replies).toEqual([{ type: 'error', message: 'zip worker: no zip started' }]);
  });
});

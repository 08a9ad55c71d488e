import { strFromU8, unzipSync } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createCaptureStore } from '../store/captureStore';
import { captureIdsInOrder, openForExport } from '../store/exportReads';
import { createPictureStore } from '../store/pictureStore';
import { makeCapture } from '../testing/articleFactory';
import { hostileCaptures } from '../testing/hostileCaptures';
import type { Capture } from '../types';
import { dominoBody } from './bodyParser';
import { exportSlice, type SliceReply, type SliceRequest } from './exportSlice';
import { setBodyParser } from './markdown';
import { readCaptures } from './readCaptures';
import { exportZipInWorkers, shares, type SliceWorkerLike } from './workerExport';
import { exportMarkdownZip } from './zip';

const MTIME = new Date(2024, 5, 1, 12, 0);
const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n + 1, n + 2]);
const DB = 'export-test';

/** A worker in this thread, as exportWorker.ts runs one: messages cloned (bytes handed over) and delivered later. */
function inProcessWorker(factory: IDBFactory, log: string[]): SliceWorkerLike & { terminated: boolean } {
  const worker = {
    onmessage: null as ((event: { data: SliceReply }) => void) | null,
    onerror: null as ((event: { message?: string }) => void) | null,
    terminated: false,
    postMessage(message: SliceRequest) {
      log.push(`${message.first}+${message.ids.length}`);
      const request = structuredClone(message);
      setTimeout(() => {
        if (worker.terminated) return;
        const reply = (data: SliceReply, transfer?: Transferable[]) => {
          const copy = structuredClone(data, { transfer: transfer as Transferable[] });
          setTimeout(() => !worker.terminated && worker.onmessage?.({ data: copy }), 0);
        };
        exportSlice(request, reply, factory as unknown as globalThis.IDBFactory).catch((error) =>
          reply({ type: 'error', message: String(error?.message ?? error) }),
        );
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

/** A library of the hostile captures, ordinary ones and one with offline pictures (two, one of them twice). */
async function library(count = 30) {
  const factory = new IDBFactory();
  const store = createCaptureStore({ indexedDB: factory, dbName: DB, channel: `export-${Math.random()}` });
  const ordinary = Array.from({ length: count }, (_, i) =>
    makeCapture({
      id: `c${String(i).padStart(3, '0')}`,
      url: `http://lf.hebei.com.cn/system/2024/02/01/2000${i}.shtml`,
      canonicalUrl: `http://lf.hebei.com.cn/system/2024/02/01/2000${i}.shtml`,
      title: i % 7 === 0 ? '同名文章' : `第${i}篇`,
      capturedAt: new Date(Date.UTC(2024, 1, 1, 0, i)).toISOString(),
    }),
  );
  await store.importCaptures([...hostileCaptures(), ...ordinary]);
  const pictures = createPictureStore({ indexedDB: factory as unknown as globalThis.IDBFactory, dbName: DB });
  const stored = await store.exportAll(); // the import gives each capture its id (from its address)
  const idOf = (i: number) => stored.find((capture) => capture.canonicalUrl === ordinary[i].canonicalUrl)!.id;
  const owner = { ...ordinary[3], id: idOf(3) };
  await pictures.keepPictures(owner.id, [
    { src: owner.images[0].src, type: 'image/jpeg', bytes: jpeg(1) },
    { src: 'http://lf.hebei.com.cn/b.svg', type: 'image/svg+xml', bytes: jpeg(2) },
  ]);
  const db = await openForExport(factory as unknown as globalThis.IDBFactory, DB);
  const ids = await captureIdsInOrder(db);
  db.close();
  const inPage = async () => {
    const captures = await readCaptures(ids, { factory: factory as unknown as globalThis.IDBFactory, dbName: DB });
    return exportMarkdownZip(captures, {
      mtime: MTIME,
      pause: () => Promise.resolve(),
      pictures: async (capture) =>
        (await pictures.picturesOf((capture as Capture).id)).map((record) => ({
          src: record.src,
          type: record.type,
          bytes: new Uint8Array(record.bytes),
        })),
    });
  };
  return { factory, store, ids, inPage, idOf };
}

describe('the zip export in workers', () => {
  it('gives the zip of the export in the page, byte for byte, whatever the number of workers', async () => {
    setBodyParser(dominoBody); // as exportWorker.ts does
    const lib = await library();
    const expected = await lib.inPage();
    expect(expected.pictures).toBe(2);
    for (const workers of [1, 3, 50]) {
      const log: string[] = [];
      const progress: number[] = [];
      const result = await exportZipInWorkers({
        ids: lib.ids,
        spawn: () => inProcessWorker(lib.factory, log),
        workers,
        pictures: true,
        dbName: DB,
        mtime: MTIME,
        onProgress: ({ done }) => progress.push(done),
      });
      expect(log.length).toBe(Math.min(workers, lib.ids.length));
      expect(result.files).toBe(expected.files);
      expect(result.pictures).toBe(2);
      const bytes = new Uint8Array(await result.blob.arrayBuffer());
      const a = unzipSync(expected.bytes);
      const b = unzipSync(bytes);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const name of Object.keys(a)) expect([name, strFromU8(b[name])]).toEqual([name, strFromU8(a[name])]);
      expect([...bytes]).toEqual([...expected.bytes]);
      expect(result.blob.type).toBe('application/zip');
      expect(progress.at(-1)).toBe(lib.ids.length);
    }
    const entries = unzipSync(expected.bytes);
    const names = Object.keys(entries);
    expect(names.filter((name) => name.startsWith('images/'))).toHaveLength(2);
    expect(names.filter((name) => name.includes('同名文章'))).toHaveLength(5); // collisions numbered across shares
    const third = strFromU8(entries[names.find((name) => name.endsWith('-第3篇.md'))!]);
    expect(third).toContain(`](images/${lib.idOf(3)}-2.jpg)`); // the store orders them by address
  });

  it('leaves out a capture deleted after the export began, as a read that finds none', async () => {
    const lib = await library(6);
    await lib.store.deleteCapture(lib.idOf(2));
    const result = await exportZipInWorkers({
      ids: lib.ids,
      spawn: () => inProcessWorker(lib.factory, []),
      workers: 2,
      dbName: DB,
      mtime: MTIME,
    });
    expect(result.files).toBe(lib.ids.length - 1);
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    expect(Object.keys(unzipSync(bytes)).some((name) => name.endsWith('-第2篇.md'))).toBe(false);
  });

  it('stops every worker when cancelled, and reports a worker that fails', async () => {
    const lib = await library(10);
    const controller = new AbortController();
    const started: Array<{ terminated: boolean }> = [];
    const cancelled = exportZipInWorkers({
      ids: lib.ids,
      spawn: () => {
        const worker = inProcessWorker(lib.factory, []);
        started.push(worker);
        return worker;
      },
      workers: 2,
      dbName: DB,
      onProgress: ({ done }) => done > 0 && controller.abort(),
      signal: controller.signal,
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.map((worker) => worker.terminated)).toEqual([true, true]);

    const failing = exportZipInWorkers({
      ids: lib.ids,
      spawn: () => {
        const worker = inProcessWorker(lib.factory, []);
        setTimeout(() => worker.onerror?.({ message: 'out of memory' }), 0);
        return worker;
      },
      dbName: DB,
    });
    await expect(failing).rejects.toThrow('export worker: out of memory');
    const missing = exportZipInWorkers({ ids: ['x'], spawn: () => inProcessWorker(lib.factory, []), dbName: 'none' });
    await expect(missing).rejects.toThrow(/export worker: .*(no captures store|cannot open|abort)/i);
  });

  it('splits the ids into contiguous shares of about equal size', () => {
    expect(shares([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(shares([1, 2], 4)).toEqual([[1], [2]]);
    expect(shares([], 3)).toEqual([[]]);
  });
});

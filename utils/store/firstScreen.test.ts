import { IDBFactory, IDBIndex as FakeIndex } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { makeUniqueArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import {
  EARLY_FIRST_SCREEN,
  newestSummaries,
  readFirstScreen,
  takeEarlyFirstScreen,
  whenFirstScreen,
} from './firstScreen';
import { CURRENT_SCHEMA_VERSION } from './records';
import { DB_NAME, SUMMARIES } from './schema';

const article = (i: number) => ({
  ...makeUniqueArticle({ title: `第${i}篇`, text: `正文${i}` }),
  // Few distinct times: ties at the boundary, broken by id.
  capturedAt: `2024-01-0${1 + (i % 4)}T00:00:00.000Z`,
});

async function library(count: number) {
  const factory = new IDBFactory();
  const store = createCaptureStore({ indexedDB: factory, channel: `first-${count}` });
  await store.importCaptures(Array.from({ length: count }, (_, i) => article(i)));
  return { factory: factory as unknown as globalThis.IDBFactory, store };
}

/** Without getAllRecords (older browsers, Firefox): the key-cursor path. */
function withoutGetAllRecords<T>(work: () => Promise<T>): Promise<T> {
  const proto = FakeIndex.prototype as unknown as Record<string, unknown>;
  const saved = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  delete proto.getAllRecords;
  expect(proto.getAllRecords).toBeUndefined();
  return work().finally(() => {
    if (saved) Object.defineProperty(proto, 'getAllRecords', saved);
  });
}

describe('the first screen read with bare IndexedDB (library-early.js)', () => {
  it('gives the store’s own first page: same summaries, same order, ties included', async () => {
    const { factory, store } = await library(23);
    for (const limit of [1, 5, 6, 22, 23, 60]) {
      const expected = await store.listSummaries({ sort: 'capturedAt', direction: 'desc', limit });
      expect(await readFirstScreen(factory, DB_NAME, limit)).toEqual(expected);
      expect(await withoutGetAllRecords(() => readFirstScreen(factory, DB_NAME, limit))).toEqual(expected);
    }
    store.close();
  });

  it('an empty library gives an empty screen; the connection it opened does not block a later upgrade', async () => {
    const { factory, store } = await library(0);
    expect(await readFirstScreen(factory)).toEqual([]);
    store.close();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME, CURRENT_SCHEMA_VERSION + 1);
      request.onupgradeneeded = () => undefined;
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onblocked = () => reject(new Error('blocked by the early connection'));
      request.onerror = () => reject(request.error);
    });
  });

  it('never creates or upgrades the library: no database, an older or a newer one give null', async () => {
    const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
    expect(await readFirstScreen(factory)).toBeNull();
    // Nothing was created: the store's own open then makes the database with every step.
    expect((await factory.databases()).map((db) => db.name)).not.toContain(DB_NAME);
    const store = createCaptureStore({ indexedDB: factory as never, channel: 'first-none' });
    await store.saveArticle(makeUniqueArticle({ title: '保存后' }));
    expect((await readFirstScreen(factory))?.map((s) => s.title)).toEqual(['保存后']);
    store.close();

    const older = new IDBFactory() as unknown as globalThis.IDBFactory;
    await new Promise<void>((resolve) => {
      const request = older.open(DB_NAME, 3);
      request.onupgradeneeded = () => request.result.createObjectStore('captures', { keyPath: 'id' });
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await readFirstScreen(older)).toBeNull();
    expect((await older.databases()).find((db) => db.name === DB_NAME)?.version).toBe(3);
    expect(await readFirstScreen(older, DB_NAME, 60, 2)).toBeNull();
  });

  it('the page script takes the early read once', async () => {
    const { factory, store } = await library(3);
    (globalThis as Record<string, unknown>)[EARLY_FIRST_SCREEN] = readFirstScreen(factory);
    expect(await takeEarlyFirstScreen()).toHaveLength(3);
    expect(takeEarlyFirstScreen()).toBeNull();
    store.close();
  });

  it('the page starts once: with the early read when it comes in time, else without it', async () => {
    vi.useFakeTimers();
    try {
      const calls: unknown[] = [];
      whenFirstScreen(null, 200, (summaries) => calls.push(summaries));
      expect(calls).toEqual([null]);
      let resolve!: (value: []) => void;
      whenFirstScreen(new Promise((r) => (resolve = r)), 200, (summaries) => calls.push(summaries));
      resolve([]);
      await vi.advanceTimersByTimeAsync(500);
      expect(calls).toEqual([null, []]);
      whenFirstScreen(new Promise(() => undefined), 200, (summaries) => calls.push(summaries));
      await vi.advanceTimersByTimeAsync(199);
      expect(calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toEqual([null, [], null]);
      let late!: (value: []) => void;
      whenFirstScreen(new Promise((r) => (late = r)), 200, (summaries) => calls.push(summaries));
      await vi.advanceTimersByTimeAsync(300);
      late([]);
      await vi.advanceTimersByTimeAsync(10);
      expect(calls).toEqual([null, [], null, null]);
      whenFirstScreen(Promise.reject(new Error('x')), 200, (summaries) => calls.push(summaries));
      await vi.advanceTimersByTimeAsync(10);
      expect(calls).toHaveLength(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('newestSummaries reads in index order when the store holds more than the limit', async () => {
    const { factory, store } = await library(9);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    const index = db.transaction(SUMMARIES).objectStore(SUMMARIES).index('capturedAt');
    const got = await newestSummaries(index, 4);
    expect(got.map((s) => s.capturedAt)).toEqual([...got.map((s) => s.capturedAt)].sort().reverse());
    expect(await newestSummaries(index, 0)).toEqual([]);
    db.close();
    store.close();
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeUniqueArticle } from '../testing/articleFactory';
import { createSummaryReader, newestCaptureFirst } from './allSummaries';
import { createCaptureStore } from './captureStore';
import { DB_NAME, openCaptureDb, WRITE_STORES } from './schema';
import type { AnyTx } from './storeReads';

const article = (i: number) => ({
  ...makeUniqueArticle({ title: `第${i}篇`, text: `正文${i}` }),
  // Few distinct times: ties, broken by id.
  capturedAt: `2024-01-0${1 + (i % 4)}T00:00:00.000Z`,
});

describe('every summary, read in pages and shared by the list and the search', () => {
  it('pages cover every summary once, newest capture first; a write in between is seen whole', async () => {
    const factory = new IDBFactory();
    const store = createCaptureStore({ indexedDB: factory, channel: 'all-1' });
    await store.importCaptures(Array.from({ length: 23 }, (_, i) => article(i)));
    const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
    let reads = 0;
    let writeDuring = false;
    const read = async <T>(work: (tx: AnyTx) => Promise<T>): Promise<T> => {
      reads++;
      // A save from another tab between two pages: the reader must start again, not mix two libraries.
      if (writeDuring && reads === 3) await store.saveArticle(makeUniqueArticle({ title: '中途保存的' }));
      return work(db.transaction([...WRITE_STORES], 'readonly') as unknown as AnyTx);
    };
    const reader = createSummaryReader(read, 4);
    const first = await reader.readAll();
    const everything = (await store.listSummaries({ sort: 'capturedAt', direction: 'desc', limit: 1000 })).map(
      (s) => s.id,
    );
    expect(first.list.map((s) => s.id)).toEqual(everything);
    expect(new Set(first.list.map((s) => s.id)).size).toBe(23);
    expect([...first.byDoc.values()].map((s) => s.id).sort()).toEqual([...everything].sort());
    // Read once per generation: asking again reads nothing but the generation.
    const before = reads;
    expect(await reader.readAll()).toBe(first);
    expect(reads).toBe(before + 1);

    await store.deleteCapture(first.list[0].id);
    writeDuring = true;
    reads = 0;
    const second = await reader.readAll();
    const now = await store.listSummaries({ sort: 'capturedAt', direction: 'desc', limit: 1000 });
    expect(second.list.map((s) => s.id)).toEqual(now.map((s) => s.id));
    expect(second.list.some((s) => s.title === '中途保存的')).toBe(true);
    expect(second.list.some((s) => s.id === first.list[0].id)).toBe(false);
    expect([...second.list].sort(newestCaptureFirst)).toEqual(second.list);
    db.close();
    store.close();
  });

  it('a search holds the page reads back until it is done (and a moment after); peek gives the last read', async () => {
    const factory = new IDBFactory();
    const store = createCaptureStore({ indexedDB: factory, channel: 'all-hold' });
    await store.importCaptures(Array.from({ length: 23 }, (_, i) => article(i)));
    const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
    let pages = 0;
    const read = async <T>(work: (tx: AnyTx) => Promise<T>): Promise<T> => {
      const tx = db.transaction([...WRITE_STORES], 'readonly') as unknown as AnyTx;
      const getAll = tx.objectStore('summaries').getAll.bind(tx.objectStore('summaries'));
      tx.objectStore('summaries').getAll = ((...args: Parameters<typeof getAll>) => {
        pages++;
        return getAll(...args);
      }) as typeof getAll;
      return work(tx);
    };
    const reader = createSummaryReader(read, 4, 30);
    let finish = () => {};
    const search = reader.before(() => new Promise<void>((resolve) => (finish = resolve)));
    const all = reader.readAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pages).toBe(0);
    expect(reader.peek()).toBeNull();
    finish();
    await search;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pages).toBe(0); // still held, a moment after the search
    const got = await all;
    expect(pages).toBe(6); // 23 summaries, 4 a page
    expect(got.list).toHaveLength(23);
    expect(reader.peek()).toBe(got);
    db.close();
    store.close();
  });

  it('two tabs: one tab sees the other tab’s save and delete in its list and its search', async () => {
    const factory = new IDBFactory();
    const tabA = createCaptureStore({ indexedDB: factory, channel: 'all-2' });
    const tabB = createCaptureStore({ indexedDB: factory, channel: 'all-2' });
    await tabA.importCaptures(Array.from({ length: 60 }, (_, i) => article(i)));
    expect(await tabA.listSummaries()).toHaveLength(60);
    expect((await tabA.search('正文1', { limit: Infinity })).hits.length).toBe(11); // 正文1, 正文10..19
    const { capture } = await tabB.saveArticle(makeUniqueArticle({ title: '乙页保存', text: '独有的词语' }));
    // In the list's order, before tab A reads its summaries again: its last read is of the generation before.
    const early = await tabA.search('独有的词语', { sort: 'capturedAt' });
    expect(early.hits.map((hit) => hit.summary.id)).toEqual([capture.id]);
    const deleted = (await tabA.listSummaries()).at(-1)!;
    await tabB.deleteCapture(deleted.id);
    const list = await tabA.listSummaries();
    expect(list).toHaveLength(60);
    expect(list.some((s) => s.id === capture.id)).toBe(true);
    expect(list.some((s) => s.id === deleted.id)).toBe(false);
    expect((await tabA.search('独有的词语')).hits.map((hit) => hit.summary.id)).toEqual([capture.id]);
    expect((await tabA.search(deleted.title)).hits.map((hit) => hit.summary.id)).not.toContain(deleted.id);
    tabA.close();
    tabB.close();
  });
});

describe('the 数字 tab holds the read of every summary', () => {
  it('reads no page while held, and every page once released', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'hold-1' });
    await store.importCaptures(Array.from({ length: 5 }, (_, i) => article(i)));
    const release = store.holdSummaryReads();
    let done = false;
    const all = store.listSummaries().then((list) => {
      done = true;
      return list;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(false);
    release();
    expect(await all).toHaveLength(5);
    store.close();
  });
});

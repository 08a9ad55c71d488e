/**
 * Schema v3 -> current: a database exactly as the v3 build wrote it (captures with their v2 indexes, the
 * pictures store) opens with every field of every capture and every picture kept, and the v4 summaries and
 * search index built from them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { createPictureStore } from './pictureStore';
import { CAPTURES, DB_NAME, GRAMS, META, PICTURES, SUMMARIES } from './schema';

/** Stores and indexes spelled out as the v3 build made them (not reused from schema.ts, which may change). */
async function createVersion3Database(factory: IDBFactory, captures: object[], pictures: object[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(DB_NAME, 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = db.createObjectStore(CAPTURES, { keyPath: 'id' });
      store.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
      store.createIndex('capturedAt', 'capturedAt');
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('publishedAt', 'publishedAt');
      store.createIndex('site', 'site');
      store.createIndex('channel', 'channel', { multiEntry: true });
      store.createIndex('tags', 'tags', { multiEntry: true });
      const pictureStore = db.createObjectStore(PICTURES, { keyPath: ['captureId', 'src'] });
      pictureStore.createIndex('captureId', 'captureId');
      for (const record of captures) store.put(record);
      for (const record of pictures) pictureStore.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function storeNames(factory: IDBFactory): Promise<{ version: number; names: string[] }> {
  return new Promise((resolve) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => {
      resolve({ version: request.result.version, names: [...request.result.objectStoreNames] });
      request.result.close();
    };
  });
}

describe('schema 3 -> current', () => {
  it('keeps every field of every capture and picture, and builds the summaries and the search index', async () => {
    const factory = new IDBFactory();
    const full = {
      ...makeCapture({
        ...makeUniqueArticle({ text: '滹沱河生态区新增绿地1200亩，总投资3.5亿元。' }),
        id: 'v3-full',
        tags: ['生态', '待核实'],
        note: '核对绿地面积',
        figureEdits: [
          { key: '0:4', pinned: true },
          { key: '12:18', corrected: { value: 3.6e8, unit: 'CNY', label: '总投资' } },
        ],
        updatedAt: '2024-06-01T00:00:00.000Z',
      }),
      schemaVersion: 3,
      laterField: ['kept'],
    };
    const undated = {
      ...makeCapture({ ...makeUniqueArticle({ publishedAt: null, authors: [] }), id: 'v3-undated' }),
      schemaVersion: 3,
    };
    const unreadable = { id: 'v3-odd', canonicalUrl: 'http://example.com/odd', capturedAt: '2020-01-01T00:00:00Z' };
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer;
    const pictures = [
      {
        captureId: 'v3-full',
        src: 'http://sjz.hebei.com.cn/img/a.jpg',
        type: 'image/jpeg',
        bytes,
        size: 7,
        savedAt: '2024-06-01T00:00:01.000Z',
      },
      {
        captureId: 'v3-gone', // a capture deleted before the upgrade: its picture stays until pruned
        src: 'http://sjz.hebei.com.cn/img/b.png',
        type: 'image/png',
        bytes: new Uint8Array([0x89, 0x50]).buffer,
        size: 2,
        savedAt: '2024-06-02T00:00:00.000Z',
      },
    ];
    await createVersion3Database(factory, [full, undated, unreadable], pictures);

    const store = createCaptureStore({ indexedDB: factory, channel: 'v3' });
    expect(await store.getCapture(full.id)).toEqual(full);
    expect(await store.getCapture(undated.id)).toEqual(undated);
    expect(await store.getCapture(unreadable.id)).toEqual(unreadable);
    expect(await store.countCaptures()).toBe(3);

    const summaries = await store.listSummaries();
    expect(summaries.map((summary) => summary.id).sort()).toEqual([full.id, undated.id, unreadable.id].sort());
    expect(new Set(summaries.map((summary) => summary.docNo)).size).toBe(3);
    expect(summaries.find((summary) => summary.id === full.id)).toMatchObject({
      title: full.title,
      tags: ['生态', '待核实'],
      hasNote: true,
      notePreview: '核对绿地面积',
      publishedAt: full.publishedAt,
      channel: full.channel,
    });
    expect(summaries.find((summary) => summary.id === undated.id)).not.toHaveProperty('publishedTime');
    const found = async (query: string) => (await store.search(query)).hits.map((hit) => hit.summary.id).sort();
    expect(await found('滹沱河')).toEqual([full.id]);
    expect(await found('待核实')).toEqual([full.id]);
    expect(await found('核对绿地')).toEqual([full.id]);
    expect(await found(undated.title)).toEqual([undated.id]);

    const pictureStore = createPictureStore({ indexedDB: factory });
    const kept = await pictureStore.picturesOf(full.id);
    expect(kept).toHaveLength(1);
    expect({ ...kept[0], bytes: [...new Uint8Array(kept[0].bytes)] }).toEqual({
      ...pictures[0],
      bytes: [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3],
    });
    expect(await pictureStore.usage()).toEqual({ bytes: 9, pictures: 2, articles: 2 });

    // Writes after the upgrade keep the index in step, and new document numbers follow the rebuilt ones.
    const saved = await store.saveArticle(makeUniqueArticle({ title: '升级后保存的文章' }));
    expect(await found('升级后保存')).toEqual([saved.capture.id]);
    const docNos = (await store.listSummaries()).map((summary) => summary.docNo);
    expect(new Set(docNos).size).toBe(4);
    await store.updateCapture(full.id, { removeTags: ['待核实'] });
    expect(await found('待核实')).toEqual([]);
    store.close();
    pictureStore.close();

    const { names } = await storeNames(factory);
    expect(names).toEqual(expect.arrayContaining([CAPTURES, PICTURES, SUMMARIES, GRAMS, META]));
  });
});

/** Schema v3 (offline pictures) opened over a database written by the shipped v2 schema. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeCapture } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { createPictureStore } from './pictureStore';
import { CAPTURES, DB_NAME, PICTURES, UPGRADE_STEPS } from './schema';

/** A v2 database as the v2 build wrote it: its own two steps, then records with v2 fields. */
async function createVersion2Database(factory: IDBFactory, records: object[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      const captures = db.createObjectStore(CAPTURES, { keyPath: 'id' });
      captures.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
      captures.createIndex('capturedAt', 'capturedAt');
      captures.createIndex('updatedAt', 'updatedAt');
      captures.createIndex('publishedAt', 'publishedAt');
      captures.createIndex('site', 'site');
      captures.createIndex('channel', 'channel', { multiEntry: true });
      captures.createIndex('tags', 'tags', { multiEntry: true });
      for (const record of records) captures.put(record);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('schema v3: offline pictures', () => {
  it('is one more step after v2', () => {
    expect(UPGRADE_STEPS.length).toBeGreaterThanOrEqual(3);
  });

  it('opens a v2 database with every record and field kept, and a working pictures store', async () => {
    const factory = new IDBFactory();
    const records = [
      {
        ...makeCapture({ id: 'a1', tags: ['廊坊'], note: '笔记', figureEdits: [{ key: '1:2', pinned: true }] }),
        schemaVersion: 2,
      },
      {
        ...makeCapture({
          id: 'b2',
          canonicalUrl: 'http://lf.hebei.com.cn/b.shtml',
          url: 'http://lf.hebei.com.cn/b.shtml',
          updatedAt: '2024-05-01T00:00:00.000Z',
        }),
        schemaVersion: 2,
        extraField: { kept: true },
      },
    ];
    await createVersion2Database(factory, records);

    const captures = createCaptureStore({ indexedDB: factory });
    for (const record of records) expect(await captures.getCapture(record.id)).toEqual(record);
    expect((await captures.listCaptures({ tag: '廊坊' })).map((c) => c.id)).toEqual(['a1']);

    const pictures = createPictureStore({ indexedDB: factory });
    await pictures.keepPictures('a1', [
      { src: 'http://x.cn/a.jpg', type: 'image/jpeg', bytes: new Uint8Array([1, 2]) },
    ]);
    expect((await pictures.picturesOf('a1')).length).toBe(1);
    captures.close();
    pictures.close();

    const names = await new Promise<string[]>((resolve) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => {
        resolve([...request.result.objectStoreNames]);
        request.result.close();
      };
    });
    expect(names).toEqual(expect.arrayContaining([CAPTURES, PICTURES]));
  });
});

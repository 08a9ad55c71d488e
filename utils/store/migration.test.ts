import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { CURRENT_SCHEMA_VERSION } from './records';
import { CAPTURES, DB_NAME, UPGRADE_STEPS } from './schema';

/** Opens `name` at `version` with the raw API, as an older build (or another tab) would. */
function openRaw(factory: IDBFactory, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A schema-1 database as the first release wrote it: no tags, note, figureEdits, updatedAt or schemaVersion. */
async function createVersion1Database(factory: IDBFactory, records: object[]): Promise<void> {
  const db = await openRaw(factory, 1, (raw) => {
    const captures = raw.createObjectStore(CAPTURES, { keyPath: 'id' });
    captures.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    captures.createIndex('capturedAt', 'capturedAt');
    for (const record of records) captures.put(record);
  });
  db.close();
}

function oldRecord(id: string, overrides: object = {}) {
  const { figures: _figures, ...article } = makeUniqueArticle();
  return { ...article, figures: [], id, capturedAt: '2020-01-02T03:04:05.000Z', ...overrides };
}

describe('schema upgrades', () => {
  it('has one upgrade step per schema version', () => {
    expect(UPGRADE_STEPS).toHaveLength(CURRENT_SCHEMA_VERSION);
  });

  it('opens a version 1 database with old-shaped records migrated and nothing lost', async () => {
    const factory = new IDBFactory();
    const legacy = oldRecord('legacy-1', { tags: undefined, legacyField: 'kept' });
    const tagged = oldRecord('legacy-2', { capturedAt: '2020-02-02T00:00:00.000Z', tags: ['旧标签'] });
    const broken = { id: 'legacy-3', canonicalUrl: 'http://example.com/x', capturedAt: '2020-03-03T00:00:00.000Z' };
    await createVersion1Database(factory, [legacy, tagged, broken]);

    const store = createCaptureStore({ indexedDB: factory });
    expect(await store.countCaptures()).toBe(3);
    const migrated = await store.getCapture('legacy-1');
    expect(migrated).toMatchObject({
      id: 'legacy-1',
      title: legacy.title,
      text: legacy.text,
      canonicalUrl: legacy.canonicalUrl,
      tags: [],
      note: '',
      figureEdits: [],
      schemaVersion: CURRENT_SCHEMA_VERSION,
      capturedAt: legacy.capturedAt,
      updatedAt: legacy.capturedAt,
      legacyField: 'kept',
    });
    // The new indexes work on migrated records.
    expect((await store.listCaptures({ tag: '旧标签' })).map((c) => c.id)).toEqual(['legacy-2']);
    expect((await store.listCaptures({ sort: 'updatedAt', limit: 1 })).map((c) => c.id)).toEqual(['legacy-2']);
    // A record this version cannot read is kept as it was rather than dropped.
    expect(await store.getCapture('legacy-3')).toEqual(broken);
    // Re-capturing a migrated page updates it in place under its old id.
    const again = await store.saveArticle({ ...makeArticle(), canonicalUrl: legacy.canonicalUrl, url: legacy.url });
    expect(again).toMatchObject({ created: false, capture: { id: 'legacy-1', capturedAt: legacy.capturedAt } });
    // Upgraded through every step: the search index covers the migrated records.
    expect((await store.search('旧标签')).hits.map((hit) => hit.summary.id)).toEqual(['legacy-2']);
    store.close();
  });
});

/** A schema-2 database exactly as the second release wrote it (stores and indexes spelled out, not reused). */
async function createVersion2Database(factory: IDBFactory, records: object[]): Promise<void> {
  const db = await openRaw(factory, 2, (raw) => {
    const captures = raw.createObjectStore(CAPTURES, { keyPath: 'id' });
    captures.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    captures.createIndex('capturedAt', 'capturedAt');
    captures.createIndex('updatedAt', 'updatedAt');
    captures.createIndex('publishedAt', 'publishedAt');
    captures.createIndex('site', 'site');
    captures.createIndex('channel', 'channel', { multiEntry: true });
    captures.createIndex('tags', 'tags', { multiEntry: true });
    for (const record of records) captures.put(record);
  });
  db.close();
}

describe('schema 2 -> current', () => {
  it('keeps every field of every record, and builds the summaries and the search index', async () => {
    const factory = new IDBFactory();
    const full = {
      ...makeCapture({ ...makeUniqueArticle(), id: 'full', tags: ['京津冀', '待核实'], note: '笔记：核对数字' }),
      figureEdits: [
        { key: '1:5', pinned: true },
        { key: '9:12', hidden: true, corrected: { value: 5, unit: 'CNY', label: '总投资' } },
      ],
      schemaVersion: 2,
      updatedAt: '2021-01-01T00:00:00.000Z',
      futureField: { kept: [1, 2] },
    };
    const undated = { ...makeCapture({ ...makeUniqueArticle(), id: 'undated', publishedAt: null }), schemaVersion: 2 };
    const broken = { id: 'broken', canonicalUrl: 'http://example.com/broken', capturedAt: '2020-03-03T00:00:00.000Z' };
    await createVersion2Database(factory, [full, undated, broken]);

    const store = createCaptureStore({ indexedDB: factory, channel: 'v2' });
    expect(await store.getCapture(full.id)).toEqual(full);
    expect(await store.getCapture(undated.id)).toEqual(undated);
    expect(await store.getCapture('broken')).toEqual(broken);
    const summaries = await store.listSummaries();
    expect(summaries.map((summary) => summary.id).sort()).toEqual([full.id, undated.id, 'broken'].sort());
    expect(summaries.find((summary) => summary.id === full.id)).toMatchObject({
      title: full.title,
      tags: ['京津冀', '待核实'],
      hasNote: true,
      channel: full.channel,
      publishedAt: full.publishedAt,
    });
    const found = async (query: string) => (await store.search(query)).hits.map((hit) => hit.summary.id);
    expect(await found('核对数字')).toEqual([full.id]);
    expect(await found('京津冀')).toEqual([full.id]);
    expect(await found(full.title)).toEqual([full.id]);
    // Writes after the upgrade keep the index in step.
    await store.deleteCapture(full.id);
    expect(await found('京津冀')).toEqual([]);
    store.close();
  });
});

describe('connections across tabs', () => {
  it('a database from a newer build gives StoreError "version"', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, CURRENT_SCHEMA_VERSION + 5)).close();
    await expect(createCaptureStore({ indexedDB: factory }).countCaptures()).rejects.toMatchObject({
      name: 'StoreError',
      code: 'version',
    });
  });

  it('an old connection that will not close gives "blocked", and the store recovers once it closes', async () => {
    const factory = new IDBFactory();
    const oldTab = await openRaw(factory, 1, (raw) => UPGRADE_STEPS[0](raw as never, undefined as never));
    const store = createCaptureStore({ indexedDB: factory });
    await expect(store.countCaptures()).rejects.toMatchObject({ code: 'blocked' });
    oldTab.close();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the abandoned open completes and is closed
    expect(await store.countCaptures()).toBe(0);
  });

  it('closes its connection when another tab upgrades, so that upgrade is not blocked', async () => {
    const factory = new IDBFactory();
    const store = createCaptureStore({ indexedDB: factory });
    await store.saveArticle(makeArticle());
    const newerTab = await openRaw(factory, CURRENT_SCHEMA_VERSION + 1);
    expect(newerTab.version).toBe(CURRENT_SCHEMA_VERSION + 1);
    newerTab.close();
    // This build can no longer open the newer database: it says so instead of failing obscurely.
    await expect(store.countCaptures()).rejects.toMatchObject({ code: 'version' });
  });
});

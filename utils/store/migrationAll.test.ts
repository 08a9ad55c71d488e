/**
 * Every shipped schema version -> current (v7): a database exactly as each build wrote it opens with every
 * field of every capture (and picture) kept, a summary and a figure-rows record per capture that equal the
 * ones a fresh save would write, a search index that finds them, and the search's light texts and order keys
 * (v6) equal to what the captures and summaries give. The stores are spelled out per version (not reused from
 * schema.ts, which moves on); v4 is v3 opened by the shipped v4 step, v5 v3 opened by the shipped v4 and v5 steps
 * (with a capture saved by the v5 build still unmerged in `pending`), v6 the same through the v6 step. v7 groups
 * the figure rows into buckets: listFigureRows reads them, and must equal a fresh save's per capture.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyFigureEdits } from '../display/figureEdits';
import { figureRows as panelRows } from '../display/figureRows';
import { makeCapture, makeSeedFigures, makeUniqueArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { figureRowsRecord } from './figureRowRecords';
import { createPictureStore } from './pictureStore';
import { CURRENT_SCHEMA_VERSION, migrateCaptureRecord } from './records';
import { DB_NAME, openCaptureDb } from './schema';
import { summarize } from './summary';
import { searchStoresView } from '../testing/searchStores';
import { writeCaptures } from './indexWrites';

type Version = 1 | 2 | 3 | 4 | 5 | 6;

function writeRaw(factory: IDBFactory, version: number, build: (db: IDBDatabase) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => build(request.result);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

async function writeDatabase(factory: IDBFactory, version: Version, captures: object[], pictures: object[]) {
  await writeRaw(factory, Math.min(version, 3), (db) => {
    const store = db.createObjectStore('captures', { keyPath: 'id' });
    store.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    store.createIndex('capturedAt', 'capturedAt');
    if (version >= 2) {
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('publishedAt', 'publishedAt');
      store.createIndex('site', 'site');
      store.createIndex('channel', 'channel', { multiEntry: true });
      store.createIndex('tags', 'tags', { multiEntry: true });
    }
    for (const record of captures) store.put(record);
    if (version >= 3) {
      const pictureStore = db.createObjectStore('pictures', { keyPath: ['captureId', 'src'] });
      pictureStore.createIndex('captureId', 'captureId');
      for (const record of pictures) pictureStore.put(record);
    }
  });
  if (version === 4) {
    // The v4 build's own upgrade wrote the summaries and grams; its summaries counted every shown figure.
    const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME, {}, 4);
    const tx = db.transaction('summaries', 'readwrite');
    for (const summary of await tx.store.getAll()) await tx.store.put({ ...summary, figureCount: 99 });
    await tx.done;
    db.close();
  }
  if (version >= 5) {
    // The v5 (v6) build's upgrade, then one save of its own: a document in `pending`, not yet in the posting
    // lists, and its per-capture figure rows (those builds' writes put them in `figrows`; this one's do not).
    (await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME, {}, version)).close();
    const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME, {}, version);
    const stores = ['captures', 'summaries', 'grams', 'meta', 'pending', 'figrows'];
    const tx = db.transaction([...stores, ...(version === 6 ? ['texts', 'docorder'] : [])] as never, 'readwrite');
    const saved = makeCapture({
      ...makeUniqueArticle({ title: `第${version}版保存的`, text: '第五版独有的正文' }),
      id: `v${version}-saved`,
    });
    await writeCaptures(tx as never, [{ after: saved }]);
    await tx.objectStore('figrows' as never).put(figureRowsRecord(saved) as never);
    await tx.done;
    db.close();
  }
}

const keyOf = (index: number) => `${makeSeedFigures()[index].start}:${makeSeedFigures()[index].end}`;

/** A record as build `version` stored it: v1 had no tags, note, edits, updatedAt or schemaVersion. */
function recordFor(version: Version, id: string, overrides: object = {}) {
  const capture = makeCapture({
    ...makeUniqueArticle({ title: `第${version}版的文章${id}` }),
    id,
    tags: ['京津冀', '待核实'],
    note: '核对：总投资',
    figures: [...makeSeedFigures(), { ...makeSeedFigures()[0], start: 200, end: 205, score: 0.1 }],
    figureEdits: [
      { key: keyOf(0), pinned: true },
      { key: keyOf(2), hidden: true },
      { key: keyOf(1), corrected: { value: 21, label: '项目' } },
    ],
    updatedAt: '2024-06-01T00:00:00.000Z',
    ...overrides,
  });
  const record: Record<string, unknown> = { ...capture, schemaVersion: version, futureField: { kept: [1, 2] } };
  if (version === 1)
    for (const field of ['tags', 'note', 'figureEdits', 'updatedAt', 'schemaVersion']) delete record[field];
  return record;
}

const picture = (captureId: string) => ({
  captureId,
  src: 'http://lf.hebei.com.cn/img/a.jpg',
  type: 'image/jpeg',
  bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).buffer,
  size: 7,
  savedAt: '2024-06-01T00:00:01.000Z',
});

describe.each([1, 2, 3, 4, 5, 6] as const)('schema %i -> current', (version) => {
  it('keeps every field, and writes summaries, figure rows and an index equal to a fresh save', async () => {
    const factory = new IDBFactory();
    const full = recordFor(version, `v${version}-full`);
    const undated = recordFor(version, `v${version}-undated`, { publishedAt: null, channel: [] });
    const unreadable = {
      id: `v${version}-odd`,
      canonicalUrl: 'http://example.com/odd',
      capturedAt: '2020-01-01T00:00:00Z',
    };
    await writeDatabase(
      factory,
      version,
      [full, undated, unreadable],
      version >= 3 ? [picture(full.id as string)] : [],
    );

    const store = createCaptureStore({ indexedDB: factory, channel: `all-v${version}` });
    // v1 records were migrated by the v2 step (defaults added); later ones are kept exactly as written.
    const expected = (raw: Record<string, unknown>) => {
      if (version > 1) return raw;
      const outcome = migrateCaptureRecord(raw);
      if ('error' in outcome) throw new Error(outcome.error);
      return outcome.capture;
    };
    for (const raw of [full, undated]) expect(await store.getCapture(raw.id as string)).toEqual(expected(raw));
    expect(await store.getCapture(unreadable.id)).toEqual(unreadable);
    if (version === 1) expect((await store.getCapture(full.id as string))?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);

    const view = await searchStoresView(factory);
    expect(view.actual).toEqual(view.expected);
    const extra = version >= 5 ? 1 : 0;
    const summaries = await store.listSummaries();
    const rows = await store.listFigureRows();
    expect(summaries).toHaveLength(3 + extra);
    expect(rows).toHaveLength(3 + extra);
    expect(new Set(summaries.map((summary) => summary.docNo)).size).toBe(3 + extra);
    for (const summary of summaries) {
      const capture = (await store.getCapture(summary.id))!;
      expect(summary).toEqual(summarize(capture, summary.docNo));
      expect(rows.find((record) => record.captureId === summary.id)).toEqual(figureRowsRecord(capture));
    }
    const fullSummary = summaries.find((summary) => summary.id === full.id)!;
    // Pinned 50亿元 and its repeat are one row; the hidden 3.6万人次 is out; the corrected label is shown.
    // (v1 records had no edits: the three figures, the repeat of 50亿元 still merged.)
    expect(fullSummary.figureCount).toBe(version === 1 ? 3 : 2);
    const fullRows = rows.find((record) => record.captureId === full.id)!.rows;
    if (version > 1) {
      expect(fullSummary).toMatchObject({ tags: ['京津冀', '待核实'], hasNote: true });
      expect(fullRows.map((row) => [row.figure.text, row.corrected])).toEqual([
        ['50亿元', false],
        ['20个', true],
      ]);
      // The labels are the panel's (the popup's figures panel computes the same rows).
      const capture = (await store.getCapture(full.id as string))!;
      const panel = panelRows(applyFigureEdits(capture.figures, capture.figureEdits), capture.text);
      expect(fullRows.map((row) => row.label)).toEqual(panel.map((row) => row.label));
    }

    const found = async (query: string) => (await store.search(query)).hits.map((hit) => hit.summary.id).sort();
    expect(await found(`第${version}版的文章v${version}-full`)).toEqual([full.id]);
    expect(await found('大学新校区')).toEqual([full.id, undated.id].sort());
    if (version > 1) expect(await found('核对')).toEqual([full.id, undated.id].sort());

    if (version >= 3) {
      const pictures = createPictureStore({ indexedDB: factory as unknown as globalThis.IDBFactory });
      const [kept] = await pictures.picturesOf(full.id as string);
      expect([...new Uint8Array(kept.bytes)]).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
      pictures.close();
    }

    // Writes after the upgrade: new numbers, rows kept in step, the pending texts merge into the index.
    const saved = await store.saveArticle(makeUniqueArticle({ title: '升级后保存的文章' }));
    await store.updateCapture(full.id as string, { addTags: ['升级后'] });
    expect(await found('升级后')).toEqual([full.id, saved.capture.id].sort());
    expect(await store.mergeIndex()).toBe(2 + extra);
    expect(await found('升级后')).toEqual([full.id, saved.capture.id].sort());
    const after = await store.listFigureRows();
    expect(after.find((record) => record.captureId === full.id)?.tags).toContain('升级后');
    expect(new Set((await store.listSummaries()).map((summary) => summary.docNo)).size).toBe(4 + extra);
    if (version >= 5) expect(await found(`第${version}版保存的`)).toHaveLength(1);
    const written = await searchStoresView(factory);
    expect(written.actual).toEqual(written.expected);
    store.close();
  });
});

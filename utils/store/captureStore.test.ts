import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  makeArticle,
  makeCapture,
  makeUniqueArticle,
  makeUniqueArticle as makeUniqueArticleBase,
} from '../testing/articleFactory';
import { createCaptureStore, type CaptureStoreOptions } from './captureStore';
import { captureIdFor, CURRENT_SCHEMA_VERSION } from './records';

/** A fresh database per store, and a clock that ticks one minute per call. */
function freshStore(options: CaptureStoreOptions = {}) {
  let minute = 0;
  const now = () => new Date(Date.UTC(2024, 2, 1, 8, minute++));
  return createCaptureStore({ indexedDB: new IDBFactory(), now, ...options });
}

describe('saveArticle', () => {
  it('creates one record per canonical URL with a derived id and the current schema version', async () => {
    const store = freshStore();
    const article = makeArticle();
    const { capture, created } = await store.saveArticle(article, { tags: ['廊坊'], note: '待核实' });
    expect(created).toBe(true);
    expect(capture.id).toBe(captureIdFor(article.canonicalUrl));
    expect(capture.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(capture.tags).toEqual(['廊坊']);
    expect(await store.getCapture(capture.id)).toEqual(capture);
    expect(await store.getByCanonicalUrl(article.canonicalUrl)).toEqual(capture);
  });

  it('updates in place on a second save: keeps capturedAt, tags, note and figure edits; bumps updatedAt', async () => {
    const store = freshStore();
    const first = await store.saveArticle(makeArticle(), {
      tags: ['廊坊'],
      note: '第一次',
      figureEdits: [{ key: '1:5', pinned: true }],
    });
    const second = await store.saveArticle(makeArticle({ title: '新标题' }), {
      tags: ['副中心'],
      figureEdits: [{ key: '9:12', hidden: true }],
    });
    expect(second.created).toBe(false);
    expect(second.capture.id).toBe(first.capture.id);
    expect(second.capture.title).toBe('新标题');
    expect(second.capture.capturedAt).toBe(first.capture.capturedAt);
    expect(second.capture.updatedAt > first.capture.updatedAt).toBe(true);
    expect(second.capture.tags).toEqual(['廊坊', '副中心']);
    expect(second.capture.note).toBe('第一次');
    expect(second.capture.figureEdits).toEqual([
      { key: '1:5', pinned: true },
      { key: '9:12', hidden: true },
    ]);
    expect(await store.countCaptures()).toBe(1);
  });

  it('saving a Capture object again does not overwrite the stored user fields with stale ones', async () => {
    const store = freshStore();
    const { capture } = await store.saveArticle(makeArticle());
    await store.updateCapture(capture.id, { tags: ['新标签'] });
    const again = await store.saveArticle(capture); // stale copy with tags: []
    expect(again.capture.tags).toEqual(['新标签']);
  });

  it('two saves of the same page at once still give one record', async () => {
    const store = freshStore();
    const results = await Promise.all([
      store.saveArticle(makeArticle(), { tags: ['a'] }),
      store.saveArticle(makeArticle(), { tags: ['b'] }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await store.countCaptures()).toBe(1);
    expect((await store.exportAll())[0].tags).toEqual(['a', 'b']);
  });

  it('rejects an article without a canonical URL', async () => {
    await expect(freshStore().saveArticle(makeArticle({ canonicalUrl: '' }))).rejects.toMatchObject({
      name: 'StoreError',
    });
  });
});

describe('updateCapture / deleteCapture / restoreCapture', () => {
  it('patches tags, note, title and figure edits', async () => {
    const store = freshStore();
    const { capture } = await store.saveArticle(makeArticle());
    const updated = await store.updateCapture(capture.id, {
      tags: [' 京津冀 ', '京津冀', ''],
      note: '笔记',
      title: '  短标题 ',
      figureEdits: [{ key: '3:7', corrected: { value: 5 } }],
    });
    expect(updated).toMatchObject({
      tags: ['京津冀'],
      note: '笔记',
      title: '短标题',
      figureEdits: [{ key: '3:7', corrected: { value: 5 } }],
    });
    expect(updated.updatedAt > capture.updatedAt).toBe(true);
    expect(await store.getCapture(capture.id)).toEqual(updated);
  });

  it('reports a missing record as not-found', async () => {
    await expect(freshStore().updateCapture('nope', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delete returns the record and restore brings it back unchanged', async () => {
    const store = freshStore();
    const { capture } = await store.saveArticle(makeArticle(), { tags: ['x'], note: 'n' });
    const deleted = await store.deleteCapture(capture.id);
    expect(deleted).toEqual(capture);
    expect(await store.countCaptures()).toBe(0);
    expect(await store.deleteCapture(capture.id)).toBeUndefined();
    await store.restoreCapture(deleted!);
    expect(await store.getCapture(capture.id)).toEqual(capture);
  });
});

describe('listCaptures', () => {
  async function seeded() {
    const store = freshStore();
    const a = await store.saveArticle(
      makeUniqueArticle({ publishedAt: '2019-05-24T11:34:00+08:00', site: 'changcheng' }),
      { tags: ['t'] },
    );
    const b = await store.saveArticle(makeUniqueArticle({ publishedAt: null, site: 'generic', channel: [] }));
    const c = await store.saveArticle(makeUniqueArticle({ publishedAt: '2019-05-24T04:00:00Z', site: 'changcheng' }), {
      tags: ['t'],
    });
    return { store, a: a.capture, b: b.capture, c: c.capture };
  }

  it('lists newest captured first by default, with a limit', async () => {
    const { store, a, b, c } = await seeded();
    expect((await store.listCaptures()).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await store.listCaptures({ direction: 'asc', limit: 2 })).map((x) => x.id)).toEqual([a.id, b.id]);
  });

  it('sorts by publication time across time zones, undated last', async () => {
    const { store, a, b, c } = await seeded();
    // 04:00Z is 12:00 in Beijing: later than 11:34+08:00 although it sorts earlier as a string.
    expect((await store.listCaptures({ sort: 'publishedAt' })).map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect((await store.listCaptures({ sort: 'publishedAt', direction: 'asc' })).map((x) => x.id)).toEqual([
      a.id,
      c.id,
      b.id,
    ]);
  });

  it('filters by tag, channel and site', async () => {
    const { store, a, b, c } = await seeded();
    await store.updateCapture(a.id, { note: 'touch' }); // a becomes most recently updated
    expect((await store.listCaptures({ tag: 't', sort: 'updatedAt' })).map((x) => x.id)).toEqual([a.id, c.id]);
    expect((await store.listCaptures({ channel: '廊坊频道' })).map((x) => x.id)).toEqual([c.id, a.id]);
    expect((await store.listCaptures({ site: 'generic' })).map((x) => x.id)).toEqual([b.id]);
    expect(await store.listCaptures({ site: 'generic', tag: 't' })).toEqual([]);
  });
});

describe('importCaptures / exportAll', () => {
  it('merge adds new pages, updates older records, skips stale and invalid ones', async () => {
    const store = freshStore();
    const { capture: existing } = await store.saveArticle(makeArticle(), { note: 'mine' });
    const newer = { ...existing, note: 'from backup', updatedAt: '2024-03-02T00:00:00.000Z' };
    const stale = { ...existing, note: 'old', updatedAt: '2000-01-01T00:00:00.000Z' };
    const other = makeCapture({ ...makeUniqueArticle(), id: 'other' });
    const result = await store.importCaptures([newer, other, { title: 'no url' }]);
    expect(result).toMatchObject({ added: 1, updated: 1, skipped: 0, refused: 1 });
    expect(result.problems).toEqual(['#3: canonicalUrl is not an http(s) address']);
    expect((await store.getCapture(existing.id))?.note).toBe('from backup');
    expect(await store.importCaptures([stale])).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    expect(await store.countCaptures()).toBe(2);
  });

  it('replace makes the library exactly the import', async () => {
    const store = freshStore();
    await store.saveArticle(makeUniqueArticle());
    await store.saveArticle(makeUniqueArticle());
    const incoming = makeCapture({ ...makeUniqueArticle(), id: 'only' });
    expect(await store.importCaptures([incoming], { mode: 'replace' })).toMatchObject({
      added: 1,
      updated: 0,
      skipped: 0,
    });
    // A foreign id is re-keyed to the one its canonical URL gives.
    expect((await store.exportAll()).map((c) => c.id)).toEqual([captureIdFor(incoming.canonicalUrl)]);
  });

  it('round-trips: export of one library imports into another unchanged', async () => {
    const source = freshStore();
    await source.saveArticle(makeUniqueArticle(), { tags: ['a'] });
    await source.saveArticle(makeUniqueArticle(), { note: 'b' });
    const exported = await source.exportAll();
    const target = freshStore();
    expect(await target.importCaptures(exported)).toMatchObject({ added: 2, updated: 0, skipped: 0, refused: 0 });
    expect(await target.exportAll()).toEqual(exported);
  });
});

describe('searchCaptures', () => {
  async function library() {
    const store = freshStore();
    // No keywords/figure labels from the factory: each page matches only through the field under test.
    const makeUniqueArticle = (overrides: Parameters<typeof makeArticle>[0]) =>
      makeUniqueArticleBase({ keywords: [], figures: [], ...overrides });
    const body = await store.saveArticle(
      makeUniqueArticle({ title: '河北新闻', text: '大厂回族自治县推进副中心建设' }),
    );
    const title = await store.saveArticle(makeUniqueArticle({ title: '打造北京城市副中心后花园', text: '正文' }));
    const tagged = await store.saveArticle(makeUniqueArticle({ title: '其他', text: '无关' }), { tags: ['GDP统计'] });
    return { store, body: body.capture, title: title.capture, tagged: tagged.capture };
  }

  it('finds Chinese substrings without segmentation, title hits first', async () => {
    const { store, body, title } = await library();
    expect((await store.searchCaptures('副中心')).map((c) => c.id)).toEqual([title.id, body.id]);
  });

  it('requires every term to match somewhere', async () => {
    const { store, body } = await library();
    expect((await store.searchCaptures('大厂  副中心')).map((c) => c.id)).toEqual([body.id]);
    expect(await store.searchCaptures('大厂 上海')).toEqual([]);
  });

  it('matches tags case-insensitively, including full-width Latin', async () => {
    const { store, tagged } = await library();
    expect((await store.searchCaptures('gdp')).map((c) => c.id)).toEqual([tagged.id]);
    expect((await store.searchCaptures('ＧＤＰ')).map((c) => c.id)).toEqual([tagged.id]);
  });

  it('an empty query lists everything', async () => {
    const { store } = await library();
    expect(await store.searchCaptures('  ')).toHaveLength(3);
  });
});

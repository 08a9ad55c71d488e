import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../testing/articleFactory';
import { createCaptureStore } from './captureStore';
import { createPictureStore, pictureKey } from './pictureStore';

const bytes = (size: number, fill = 1) => new Uint8Array(size).fill(fill);

function stores(caps = {}) {
  const factory = new IDBFactory();
  return {
    captures: createCaptureStore({ indexedDB: factory }),
    pictures: createPictureStore({ indexedDB: factory, caps }),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('picture store', () => {
  it('keeps an article’s pictures and gives them back by capture', async () => {
    const { pictures } = stores();
    const result = await pictures.keepPictures('c1', [
      { src: 'http://lf.hebei.com.cn/a.jpg', type: 'image/jpeg', bytes: bytes(10) },
      { src: 'http://lf.hebei.com.cn/b.png', type: 'image/png', bytes: bytes(20, 2) },
      { src: 'http://lf.hebei.com.cn/a.jpg', type: 'image/jpeg', bytes: bytes(10) },
    ]);
    expect(result).toEqual({ kept: 2, bytes: 30, skipped: 0 });
    const kept = await pictures.picturesOf('c1');
    expect(kept.map((p) => [p.src, p.type, p.size])).toEqual([
      ['http://lf.hebei.com.cn/a.jpg', 'image/jpeg', 10],
      ['http://lf.hebei.com.cn/b.png', 'image/png', 20],
    ]);
    expect([...new Uint8Array(kept[1].bytes)]).toEqual([...bytes(20, 2)]);
    expect(await pictures.picturesOf('other')).toEqual([]);
    expect(await pictures.usage()).toEqual({ bytes: 30, pictures: 2, articles: 1 });
    await pictures.keepPictures('c2', [{ src: 'http://x.cn/c.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    expect([...(await pictures.capturesWithPictures())].sort()).toEqual(['c1', 'c2']);
    await pictures.deletePicturesOf('c1');
    expect([...(await pictures.capturesWithPictures())]).toEqual(['c2']);
  });

  it('saving again replaces the article’s pictures', async () => {
    const { pictures } = stores();
    await pictures.keepPictures('c1', [{ src: 'http://x.cn/a.jpg', type: 'image/jpeg', bytes: bytes(5) }]);
    await pictures.keepPictures('c1', [{ src: 'http://x.cn/b.jpg', type: 'image/jpeg', bytes: bytes(6) }]);
    expect((await pictures.picturesOf('c1')).map((p) => p.src)).toEqual(['http://x.cn/b.jpg']);
  });

  it('applies the caps per picture, per article and in total', async () => {
    const { pictures } = stores({ perPicture: 50, perArticle: 80, total: 120 });
    const pic = (name: string, size: number) => ({
      src: `http://x.cn/${name}.jpg`,
      type: 'image/jpeg',
      bytes: bytes(size),
    });
    expect(await pictures.keepPictures('a', [pic('big', 60), pic('a1', 40), pic('a2', 30), pic('a3', 30)])).toEqual({
      kept: 2,
      bytes: 70,
      skipped: 2,
    });
    // 70 used; 50 of room left in total.
    expect(await pictures.keepPictures('b', [pic('b1', 40), pic('b2', 20)])).toEqual({
      kept: 1,
      bytes: 40,
      skipped: 1,
    });
    expect((await pictures.usage()).bytes).toBe(110);
    // Re-saving 'a' does not count its own old pictures against the total.
    expect((await pictures.keepPictures('a', [pic('a1', 40), pic('a2', 30)])).kept).toBe(2);
  });

  it('quota exceeded during the copy: a quota error, and the previous copies stay as they were', async () => {
    const { pictures } = stores();
    await pictures.keepPictures('c1', [{ src: 'http://x.cn/old.jpg', type: 'image/jpeg', bytes: bytes(5) }]);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    });
    await expect(
      pictures.keepPictures('c1', [
        { src: 'http://x.cn/n1.jpg', type: 'image/jpeg', bytes: bytes(5) },
        { src: 'http://x.cn/n2.jpg', type: 'image/jpeg', bytes: bytes(5) },
      ]),
    ).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    vi.restoreAllMocks();
    expect((await pictures.picturesOf('c1')).map((p) => p.src)).toEqual(['http://x.cn/old.jpg']);
  });

  it('prunes pictures of deleted captures only', async () => {
    const { captures, pictures } = stores();
    const { capture } = await captures.saveArticle(makeArticle());
    await pictures.keepPictures(capture.id, [{ src: 'http://x.cn/a.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    await pictures.keepPictures('gone', [{ src: 'http://x.cn/b.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    expect(await pictures.pruneOrphans()).toBe(1);
    expect(await pictures.usage()).toEqual({ bytes: 3, pictures: 1, articles: 1 });
    await pictures.deletePicturesOf(capture.id);
    expect((await pictures.usage()).pictures).toBe(0);
  });

  it('prunes a deletion’s pictures once its undo has passed: only those captures, only if still deleted', async () => {
    const { captures, pictures } = stores();
    const a = (await captures.saveArticle(makeArticle({ canonicalUrl: 'http://lf.hebei.com.cn/a.shtml' }))).capture;
    const b = (await captures.saveArticle(makeArticle({ canonicalUrl: 'http://lf.hebei.com.cn/b.shtml' }))).capture;
    const pic = (name: string) => [{ src: `http://x.cn/${name}.jpg`, type: 'image/jpeg', bytes: bytes(4) }];
    await pictures.keepPictures(a.id, [...pic('a1'), ...pic('a2')]);
    await pictures.keepPictures(b.id, pic('b1'));
    await pictures.keepPictures('other-tab-undo', pic('o1'));
    const deleted = await captures.deleteCaptures([a.id, b.id]);
    // b is restored (undo) or saved again elsewhere: its pictures stay; a's go; another deletion's stay too.
    await captures.restoreCapture(deleted.find((capture) => capture.id === b.id) as (typeof deleted)[number]);
    expect(await pictures.pruneOrphans([a.id, b.id, a.id])).toBe(2);
    expect([...(await pictures.capturesWithPictures())].sort()).toEqual([b.id, 'other-tab-undo'].sort());
    expect(await pictures.pruneOrphans([a.id])).toBe(0);
  });

  it('清空文库 clears the pictures with the captures (nothing left counting against the cap)', async () => {
    const { captures, pictures } = stores();
    const { capture } = await captures.saveArticle(makeArticle());
    await pictures.keepPictures(capture.id, [{ src: 'http://x.cn/a.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    await pictures.keepPictures('orphan', [{ src: 'http://x.cn/b.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    await captures.clearAll();
    expect(await pictures.usage()).toEqual({ bytes: 0, pictures: 0, articles: 0 });
  });

  it('an import that replaces the library replaces its pictures too', async () => {
    const { captures, pictures } = stores();
    const { capture } = await captures.saveArticle(makeArticle());
    await pictures.keepPictures(capture.id, [{ src: 'http://x.cn/old.jpg', type: 'image/jpeg', bytes: bytes(3) }]);
    const incoming = makeArticle({
      canonicalUrl: 'http://lf.hebei.com.cn/other.shtml',
      url: 'http://lf.hebei.com.cn/other.shtml',
    });
    const { capture: other } = await stores().captures.saveArticle(incoming);
    await captures.importCaptures([other], { mode: 'replace' });
    expect(await pictures.usage()).toEqual({ bytes: 0, pictures: 0, articles: 0 });
  });

  it('keys pictures by their resolved address', () => {
    expect(pictureKey('http://LF.hebei.com.cn/a b.jpg')).toBe('http://lf.hebei.com.cn/a%20b.jpg');
    expect(pictureKey('not a url')).toBe('not a url');
  });
});

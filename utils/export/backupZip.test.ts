/**
 * The backup with pictures: backup -> clear -> import gives back the same captures, pictures and settings;
 * older JSON backups still import; a wrong, damaged or hostile file is refused whole, and a bad picture entry
 * is a warning, never a write.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCaptureStore } from '../store/captureStore';
import { createPictureStore } from '../store/pictureStore';
import { captureIdFor } from '../store/records';
import { makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { thrownBy } from '../testing/thrown';
import { BACKUP_FORMAT, BackupError, createBackup } from './backup';
import { createBackupZip, parseBackupFile } from './backupZip';

const NOW = new Date('2024-04-01T00:00:00.000Z');
const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n + 1, n + 2]);
const settings = { readerSettings: { fontSize: 'large', paper: 'sky', scheme: 'dark' } };

async function library(channel: string, factory = new IDBFactory()) {
  const store = createCaptureStore({ indexedDB: factory, channel });
  const pictures = createPictureStore({ indexedDB: factory as unknown as globalThis.IDBFactory });
  return { store, pictures, factory };
}

/** Pictures with their bytes as plain arrays, sorted, so two libraries compare with toEqual. */
async function picturesOf(pictures: ReturnType<typeof createPictureStore>) {
  const all = await pictures.allPictures();
  return all
    .map((picture) => ({ ...picture, bytes: [...new Uint8Array(picture.bytes)] }))
    .sort((a, b) => (a.captureId + a.src < b.captureId + b.src ? -1 : 1));
}

const zipOf = (json: unknown, files: Record<string, Uint8Array> = {}) =>
  zipSync({ 'backup.json': strToU8(typeof json === 'string' ? json : JSON.stringify(json)), ...files });

async function filledLibrary(channel: string) {
  const lib = await library(channel);
  const images = [
    { src: 'http://lf.hebei.com.cn/a.jpg', caption: '图一', alt: null },
    { src: 'http://lf.hebei.com.cn/b.png', caption: null, alt: '图二' },
    { src: 'http://lf.hebei.com.cn/c.png', caption: null },
  ];
  const a = await lib.store.saveArticle(makeUniqueArticle({ images } as never), { tags: ['甲'], note: '笔记' });
  const b = await lib.store.saveArticle(makeUniqueArticle({ publishedAt: null }));
  await lib.pictures.keepPictures(a.capture.id, [
    { src: 'http://lf.hebei.com.cn/a.jpg', type: 'image/jpeg', bytes: jpeg(1) },
    { src: 'http://lf.hebei.com.cn/b.png', type: 'image/png', bytes: jpeg(2) },
  ]);
  await lib.pictures.keepPictures(b.capture.id, [
    { src: 'http://lf.hebei.com.cn/c.jpg', type: 'image/jpeg', bytes: jpeg(3) },
  ]);
  return lib;
}

describe('backup zip with pictures', () => {
  it('backup -> clear -> import gives back identical captures, pictures and settings', async () => {
    const lib = await filledLibrary('zip-1');
    const captures = await lib.store.exportAll();
    const pictures = await picturesOf(lib.pictures);
    const zip = createBackupZip(captures, await lib.pictures.allPictures(), NOW, { settings });
    const parsed = parseBackupFile(zip);
    expect(parsed).toMatchObject({ settings, problems: [], warnings: [], total: 2 });
    expect(parsed.pictures).toHaveLength(3);

    // Into the same library after clearing it (orphaned copies included), and into a new one.
    await lib.store.clearAll();
    await lib.pictures.pruneOrphans();
    expect(await lib.pictures.allPictures()).toEqual([]);
    const result = await lib.store.importCaptures(parsed.captures, { pictures: parsed.pictures });
    expect(result).toMatchObject({ added: 2, pictures: 3, picturesSkipped: 0 });
    expect(await lib.store.exportAll()).toEqual(captures);
    expect(await picturesOf(lib.pictures)).toEqual(pictures);

    const other = await library('zip-1b');
    await other.store.importCaptures(parseBackupFile(zip).captures, { pictures: parsed.pictures });
    expect(await other.store.exportAll()).toEqual(captures);
    expect(await picturesOf(other.pictures)).toEqual(pictures);
    expect((await other.store.search('笔记')).hits).toHaveLength(1);
  });

  it('older JSON backups (versions 1, 2 and 3) still import, without pictures', () => {
    const capture = makeCapture({ ...makeUniqueArticle(), id: undefined as never });
    const fixed = { ...capture, id: captureIdFor(capture.canonicalUrl) };
    for (const version of [1, 2, 3]) {
      const json = JSON.stringify({ format: BACKUP_FORMAT, version, exportedAt: NOW.toISOString(), captures: [fixed] });
      expect(parseBackupFile(strToU8(json), NOW)).toMatchObject({ captures: [fixed], pictures: [], problems: [] });
    }
    expect(parseBackupFile(strToU8(`\uFEFF${createBackup([fixed])}`), NOW).captures).toEqual([fixed]);
  });

  it('a wrong, damaged or hostile file is refused whole, saying why', async () => {
    const lib = await filledLibrary('zip-2');
    const zip = createBackupZip(await lib.store.exportAll(), await lib.pictures.allPictures(), NOW);
    const good = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), captures: [] };
    expect(thrownBy(BackupError, () => parseBackupFile(zip.slice(0, zip.length - 40), NOW)).code).toBe('damaged');
    expect(thrownBy(BackupError, () => parseBackupFile(zip.slice(0, 10), NOW)).code).toBe('damaged');
    expect(thrownBy(BackupError, () => parseBackupFile(zipOf({ ...good, version: 99 }), NOW)).code).toBe(
      'future-version',
    );
    expect(thrownBy(BackupError, () => parseBackupFile(zipOf({ ...good, version: '3' }), NOW)).code).toBe(
      'wrong-format',
    );
    expect(thrownBy(BackupError, () => parseBackupFile(zipOf({ format: BACKUP_FORMAT, version: 3 }), NOW)).code).toBe(
      'wrong-format',
    );
    expect(thrownBy(BackupError, () => parseBackupFile(zipSync({ 'other.json': strToU8('{}') }), NOW)).code).toBe(
      'wrong-format',
    );
    const proto = `{"format":"${BACKUP_FORMAT}","version":3,"captures":[],"pictures":[{"__proto__":{"x":1}}]}`;
    expect(thrownBy(BackupError, () => parseBackupFile(zipOf(proto), NOW)).code).toBe('hostile');
    expect(
      thrownBy(BackupError, () => parseBackupFile(zipOf('{"format": "changcheng-reader-backup", "vers'), NOW)).code,
    ).toBe('not-json');
    expect(thrownBy(BackupError, () => parseBackupFile(new Uint8Array(50 * 1024 * 1024).fill(0x20), NOW)).code).toBe(
      'not-json',
    );
    // Nothing was written by any of them.
    expect(await lib.store.countCaptures()).toBe(2);
  });

  it('bad picture entries are warnings and are not imported: missing fields, 50 MB, wrong size or type', () => {
    const capture = makeCapture({ ...makeUniqueArticle() });
    const page = { ...capture, id: captureIdFor(capture.canonicalUrl) };
    const entry = { url: page.canonicalUrl, src: 'http://lf.hebei.com.cn/a.jpg', type: 'image/jpeg', size: 7 };
    const good = { ...entry, file: 'pictures/000001.jpg', savedAt: NOW.toISOString() };
    const pictures = [
      good,
      { ...entry, file: 'pictures/000002.jpg' }, // 50 MB: over the per-picture cap, never unpacked
      { ...entry, file: 'pictures/000003.jpg', type: 'text/html' },
      { ...entry, file: 'pictures/000001.jpg', size: 8 },
      { ...entry, file: '../../etc/passwd' },
      { ...entry, file: 'pictures/000001.jpg', src: 'javascript:alert(1)' },
      { ...entry, file: 'pictures/000001.jpg', url: 'http://example.com/not-in-file' },
      { src: entry.src },
      'not an object',
    ];
    const zip = zipOf(
      { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), captures: [page], pictures },
      {
        'pictures/000001.jpg': jpeg(1),
        'pictures/000002.jpg': new Uint8Array(50 * 1024 * 1024),
        'pictures/000003.jpg': jpeg(3),
      },
    );
    const parsed = parseBackupFile(zip, NOW);
    expect(parsed.captures).toEqual([page]);
    expect(parsed.pictures.map((picture) => [picture.src, [...new Uint8Array(picture.bytes)]])).toEqual([
      ['http://lf.hebei.com.cn/a.jpg', [...jpeg(1)]],
    ]);
    expect(parsed.warnings).toHaveLength(pictures.length - 1);
  });
});

describe('quota exceeded on the pictures of an import', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes neither the captures nor the pictures', async () => {
    const source = await filledLibrary('zip-3');
    const zip = createBackupZip(await source.store.exportAll(), await source.pictures.allPictures(), NOW);
    const parsed = parseBackupFile(zip);
    expect(parsed.pictures).toHaveLength(3);
    const target = await library('zip-3b');
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'pictures') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as never);
    });
    await expect(target.store.importCaptures(parsed.captures, { pictures: parsed.pictures })).rejects.toMatchObject({
      code: 'quota',
    });
    vi.restoreAllMocks();
    expect(await target.store.countCaptures()).toBe(0);
    expect(await target.pictures.allPictures()).toEqual([]);
  });
});

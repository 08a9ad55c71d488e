/**
 * Offline copies of articles' pictures in IndexedDB (object store `pictures`, schema v3), with a cap per
 * article and in total. Saving an article's pictures is one transaction: all of them or none (a quota failure
 * leaves the previous copies as they were). Pictures of deleted captures stay until pruned, so undo keeps them:
 * the library prunes a deletion's when its undo is dismissed or replaced, the background all orphans at start-up,
 * and 清空文库 clears them with the captures.
 */
import { StoreError, toStoreError } from './errors';
import { DEFAULT_PICTURE_CAPS, type PictureCaps } from './pictureCaps';
import { CAPTURES, DB_NAME, PICTURES, openCaptureDb, type CaptureDb, type PictureRecord } from './schema';

export { DEFAULT_PICTURE_CAPS, type PictureCaps } from './pictureCaps';

export interface PictureInput {
  src: string;
  type: string;
  bytes: ArrayBuffer | Uint8Array;
}

export interface KeepResult {
  kept: number;
  bytes: number;
  /** Pictures left out by a cap (their web address stays in the article). */
  skipped: number;
}

export interface PictureUsage {
  bytes: number;
  pictures: number;
  articles: number;
}

export interface PictureStore {
  /** Replaces the capture's offline pictures with these (within the caps), in one transaction. */
  keepPictures(captureId: string, pictures: readonly PictureInput[]): Promise<KeepResult>;
  picturesOf(captureId: string): Promise<PictureRecord[]>;
  /** The captures that have offline pictures, from the keys alone (an export asks only those for theirs). */
  capturesWithPictures(): Promise<Set<string>>;
  /** Every picture of the library (for a backup). */
  allPictures(): Promise<PictureRecord[]>;
  deletePicturesOf(captureId: string): Promise<void>;
  usage(): Promise<PictureUsage>;
  /**
   * Drops the pictures whose capture is gone (of these captures only, when given: a deletion whose undo has
   * passed); returns how many.
   */
  pruneOrphans(ids?: readonly string[]): Promise<number>;
  readonly caps: PictureCaps;
  close(): void;
}

export interface PictureStoreOptions {
  dbName?: string;
  indexedDB?: IDBFactory;
  caps?: Partial<PictureCaps>;
  now?: () => Date;
}

/** The address as the Markdown converter and the reader resolve it. */
export function pictureKey(src: string): string {
  try {
    return new URL(src).href;
  } catch {
    return src;
  }
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function createPictureStore(options: PictureStoreOptions = {}): PictureStore {
  const caps: PictureCaps = { ...DEFAULT_PICTURE_CAPS, ...options.caps };
  const clock = options.now ?? (() => new Date());
  let connection: Promise<CaptureDb> | null = null;

  function open(): Promise<CaptureDb> {
    if (connection) return connection;
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new StoreError('unknown', { detail: 'IndexedDB is not available' }));
    const opening = openCaptureDb(factory, options.dbName ?? DB_NAME, {
      onClose: () => {
        if (connection === opening) connection = null;
      },
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
    return opening;
  }

  async function totalBytes(db: CaptureDb, exceptCaptureId?: string): Promise<number> {
    let sum = 0;
    let cursor = await db.transaction(PICTURES).store.openCursor();
    while (cursor) {
      if (cursor.value.captureId !== exceptCaptureId) sum += cursor.value.size;
      cursor = await cursor.continue();
    }
    return sum;
  }

  return {
    caps,

    async keepPictures(captureId, pictures) {
      const db = await open();
      const room = caps.total - (await totalBytes(db, captureId));
      const chosen: PictureRecord[] = [];
      const seen = new Set<string>();
      let bytes = 0;
      let skipped = 0;
      const savedAt = clock().toISOString();
      for (const picture of pictures) {
        const src = pictureKey(picture.src);
        const size = picture.bytes.byteLength;
        if (seen.has(src)) continue;
        seen.add(src);
        if (size === 0 || size > caps.perPicture || bytes + size > caps.perArticle || bytes + size > room) {
          skipped++;
          continue;
        }
        chosen.push({ captureId, src, type: picture.type, bytes: toArrayBuffer(picture.bytes), size, savedAt });
        bytes += size;
      }
      const tx = db.transaction(PICTURES, 'readwrite');
      tx.done.catch(() => {
        /* observed below; avoids an unhandled rejection when a write fails first */
      });
      try {
        const index = tx.store.index('captureId');
        for (const key of await index.getAllKeys(captureId)) await tx.store.delete(key);
        for (const record of chosen) await tx.store.put(record);
        await tx.done;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        throw toStoreError(error, tx);
      }
      return { kept: chosen.length, bytes, skipped };
    },

    async picturesOf(captureId) {
      const db = await open();
      return db.getAllFromIndex(PICTURES, 'captureId', captureId);
    },

    async capturesWithPictures() {
      const db = await open();
      return new Set((await db.getAllKeys(PICTURES)).map(([captureId]) => captureId));
    },

    async allPictures() {
      const db = await open();
      return db.getAll(PICTURES);
    },

    async deletePicturesOf(captureId) {
      const db = await open();
      const tx = db.transaction(PICTURES, 'readwrite');
      for (const key of await tx.store.index('captureId').getAllKeys(captureId)) await tx.store.delete(key);
      await tx.done;
    },

    async usage() {
      const db = await open();
      const articles = new Set<string>();
      let bytes = 0;
      let count = 0;
      let cursor = await db.transaction(PICTURES).store.openCursor();
      while (cursor) {
        bytes += cursor.value.size;
        count++;
        articles.add(cursor.value.captureId);
        cursor = await cursor.continue();
      }
      return { bytes, pictures: count, articles: articles.size };
    },

    async pruneOrphans(ids) {
      const db = await open();
      const tx = db.transaction([PICTURES, CAPTURES], 'readwrite');
      const pictures = tx.objectStore(PICTURES);
      const byCapture = pictures.index('captureId');
      // Without ids, the captures that have pictures, from the index's keys alone: no picture's bytes are read.
      const candidates = new Set(ids);
      if (!ids) {
        for (let cursor = await byCapture.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue())
          candidates.add(cursor.key);
      }
      let removed = 0;
      for (const id of candidates) {
        if ((await tx.objectStore(CAPTURES).getKey(id)) !== undefined) continue;
        for (const key of await byCapture.getAllKeys(id)) {
          await pictures.delete(key);
          removed++;
        }
      }
      await tx.done;
      return removed;
    },

    close() {
      const current = connection;
      connection = null;
      void current?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}

let defaultPictureStore: PictureStore | null = null;

/** The extension's one picture store, created on first use. */
export function getPictureStore(): PictureStore {
  defaultPictureStore ??= createPictureStore();
  return defaultPictureStore;
}

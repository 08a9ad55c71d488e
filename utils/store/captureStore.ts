/**
 * The capture library over IndexedDB. Built with its dependencies passed in (factory, db name, clock)
 * so tests get a fresh database each; every write is one transaction, so nothing is half-written.
 */
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { Article, Capture, FigureEdit } from '../types';
import { StoreError, toStoreError } from './errors';
import { CAPTURES, DB_NAME, openCaptureDb, type CaptureDb, type CaptureDbSchema } from './schema';
import {
  buildCapture,
  captureIdFor,
  migrateCaptureRecord,
  normalizeFigureEdits,
  normalizeTags,
  RECORD_LIMITS,
  type CaptureExtras,
} from './records';
import { parseSearchQuery, scoreCapture } from './search';

export interface CaptureStoreOptions {
  dbName?: string;
  /** Defaults to globalThis.indexedDB at first use. */
  indexedDB?: IDBFactory;
  /** Clock for capturedAt/updatedAt (tests pin it). */
  now?: () => Date;
}

export type CaptureSort = 'capturedAt' | 'publishedAt' | 'updatedAt';

export interface ListCapturesOptions {
  sort?: CaptureSort;
  /** 'desc' (newest first) by default. */
  direction?: 'asc' | 'desc';
  site?: string;
  /** Any crumb of the breadcrumb, e.g. 廊坊频道. */
  channel?: string;
  tag?: string;
  limit?: number;
}

export interface CapturePatch {
  tags?: string[];
  note?: string;
  figureEdits?: FigureEdit[];
  title?: string;
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

export interface CaptureStore {
  saveArticle(article: Article, extras?: CaptureExtras): Promise<{ capture: Capture; created: boolean }>;
  getCapture(id: string): Promise<Capture | undefined>;
  getByCanonicalUrl(canonicalUrl: string): Promise<Capture | undefined>;
  listCaptures(options?: ListCapturesOptions): Promise<Capture[]>;
  updateCapture(id: string, patch: CapturePatch): Promise<Capture>;
  /** Returns the deleted record (for undo), or undefined when there was none. */
  deleteCapture(id: string): Promise<Capture | undefined>;
  /** Undo of deleteCapture: puts the record back as it was. */
  restoreCapture(capture: Capture): Promise<Capture>;
  countCaptures(): Promise<number>;
  /** merge: new pages added, newer versions (updatedAt) replace older; replace: the library becomes the import. */
  importCaptures(captures: readonly unknown[], options?: { mode?: 'merge' | 'replace' }): Promise<ImportResult>;
  /** Every capture, oldest capture first. */
  exportAll(): Promise<Capture[]>;
  /** Substring search (see search.ts); an empty query lists everything newest first. */
  searchCaptures(query: string, options?: { limit?: number }): Promise<Capture[]>;
  /** Closes the connection; the next call reopens it. */
  close(): void;
}

type Store<Mode extends IDBTransactionMode> = IDBPObjectStore<CaptureDbSchema, ['captures'], 'captures', Mode>;

export function createCaptureStore(options: CaptureStoreOptions = {}): CaptureStore {
  const dbName = options.dbName ?? DB_NAME;
  const clock = options.now ?? (() => new Date());
  let connection: Promise<CaptureDb> | null = null;

  function open(): Promise<CaptureDb> {
    if (connection) return connection;
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new StoreError('unknown', { detail: 'IndexedDB is not available' }));
    const opening = openCaptureDb(factory, dbName, {
      onClose: () => {
        if (connection === opening) connection = null;
      },
    });
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null; // let the next call try again
    });
    return opening;
  }

  /** One transaction around `work`; any failure aborts it and surfaces as a StoreError. */
  async function run<T, Mode extends IDBTransactionMode>(
    mode: Mode,
    work: (store: Store<Mode>) => Promise<T>,
    retry = true,
  ): Promise<T> {
    const db = await open();
    let tx: IDBPTransaction<CaptureDbSchema, ['captures'], Mode>;
    try {
      tx = db.transaction(CAPTURES, mode);
    } catch (error) {
      // The connection closed under us (another tab upgraded): reopen once.
      connection = null;
      if (retry) return run(mode, work, false);
      throw toStoreError(error);
    }
    const done = tx.done;
    done.catch(() => {
      /* observed below; avoids an unhandled rejection when work fails first */
    });
    try {
      const result = await work(tx.objectStore(CAPTURES) as unknown as Store<Mode>);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      throw toStoreError(error, tx);
    }
  }

  const nowIso = () => clock().toISOString();

  async function listCaptures(list: ListCapturesOptions = {}): Promise<Capture[]> {
    const sort = list.sort ?? 'capturedAt';
    const direction = list.direction ?? 'desc';
    const limit = list.limit ?? Infinity;
    return run('readonly', async (store) => {
      const filtered = list.tag !== undefined || list.channel !== undefined || list.site !== undefined;
      if (!filtered && sort !== 'publishedAt') {
        // capturedAt/updatedAt are stored as UTC ISO strings, so index order is time order.
        const found: Capture[] = [];
        let cursor = await store.index(sort).openCursor(null, direction === 'desc' ? 'prev' : 'next');
        while (cursor && found.length < limit) {
          found.push(cursor.value);
          cursor = await cursor.continue();
        }
        return found;
      }
      let candidates: Capture[];
      if (list.tag !== undefined) candidates = await store.index('tags').getAll(list.tag);
      else if (list.channel !== undefined) candidates = await store.index('channel').getAll(list.channel);
      else if (list.site !== undefined) candidates = await store.index('site').getAll(list.site);
      else candidates = await store.getAll();
      return candidates
        .filter(
          (capture) =>
            (list.tag === undefined || capture.tags.includes(list.tag)) &&
            (list.channel === undefined || capture.channel.includes(list.channel)) &&
            (list.site === undefined || capture.site === list.site),
        )
        .sort(compareBy(sort, direction))
        .slice(0, limit);
    });
  }

  return {
    async saveArticle(article, extras = {}) {
      if (typeof article?.canonicalUrl !== 'string' || !article.canonicalUrl) {
        throw new StoreError('unknown', { detail: 'article has no canonicalUrl' });
      }
      const now = nowIso();
      // get-then-put in one readwrite transaction: concurrent saves of one page are serialised by IndexedDB.
      return run('readwrite', async (store) => {
        const existing = await store.index('canonicalUrl').get(article.canonicalUrl);
        const capture = buildCapture(article, now, extras, existing);
        // add() for a new record: an id clash with another page fails loudly instead of overwriting it.
        if (existing) await store.put(capture);
        else await store.add(capture);
        return { capture, created: !existing };
      });
    },

    getCapture: (id) => run('readonly', (store) => store.get(id)),

    getByCanonicalUrl: (canonicalUrl) => run('readonly', (store) => store.index('canonicalUrl').get(canonicalUrl)),

    listCaptures,

    updateCapture(id, patch) {
      const now = nowIso();
      return run('readwrite', async (store) => {
        const current = await store.get(id);
        if (!current) throw new StoreError('not-found', { detail: id });
        const title = patch.title?.trim();
        const updated: Capture = {
          ...current,
          ...(title ? { title } : {}),
          ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
          ...(patch.note !== undefined ? { note: patch.note.slice(0, RECORD_LIMITS.noteLength) } : {}),
          ...(patch.figureEdits !== undefined ? { figureEdits: normalizeFigureEdits(patch.figureEdits) } : {}),
          updatedAt: now,
        };
        await store.put(updated);
        return updated;
      });
    },

    deleteCapture: (id) =>
      run('readwrite', async (store) => {
        const current = await store.get(id);
        if (current) await store.delete(id);
        return current;
      }),

    restoreCapture(capture) {
      const outcome = migrateCaptureRecord(capture, nowIso());
      if ('error' in outcome)
        return Promise.reject(new StoreError('unknown', { detail: `cannot restore: ${outcome.error}` }));
      const restored = outcome.capture;
      return run('readwrite', async (store) => {
        // The page may have been captured again since the delete: the restored record takes its place.
        const sameUrl = await store.index('canonicalUrl').get(restored.canonicalUrl);
        if (sameUrl && sameUrl.id !== restored.id) await store.delete(sameUrl.id);
        await store.put(restored);
        return restored;
      });
    },

    countCaptures: () => run('readonly', (store) => store.count()),

    importCaptures(captures, importOptions = {}) {
      const mode = importOptions.mode ?? 'merge';
      const now = nowIso();
      let skipped = 0;
      // Newest record per canonical URL wins within the import itself.
      const incoming = new Map<string, Capture>();
      for (const raw of captures) {
        const outcome = migrateCaptureRecord(raw, now);
        if ('error' in outcome) {
          skipped++;
          continue;
        }
        const previous = incoming.get(outcome.capture.canonicalUrl);
        if (previous) skipped++;
        if (!previous || outcome.capture.updatedAt > previous.updatedAt)
          incoming.set(outcome.capture.canonicalUrl, outcome.capture);
      }
      return run('readwrite', async (store) => {
        let added = 0;
        let updated = 0;
        if (mode === 'replace') await store.clear();
        for (const capture of incoming.values()) {
          const existing = await store.index('canonicalUrl').get(capture.canonicalUrl);
          if (!existing) {
            // A backup id already taken by another page (foreign or hand-edited file): fall back to the derived id.
            const idTaken = await store.getKey(capture.id);
            await store.add(idTaken ? { ...capture, id: captureIdFor(capture.canonicalUrl) } : capture);
            added++;
          } else if (capture.updatedAt > existing.updatedAt) {
            const capturedAt = existing.capturedAt < capture.capturedAt ? existing.capturedAt : capture.capturedAt;
            await store.put({ ...capture, id: existing.id, capturedAt });
            updated++;
          } else {
            skipped++;
          }
        }
        return { added, updated, skipped };
      });
    },

    exportAll: () => run('readonly', (store) => store.index('capturedAt').getAll()),

    async searchCaptures(query, searchOptions = {}) {
      const terms = parseSearchQuery(query);
      if (terms.length === 0) return listCaptures({ limit: searchOptions.limit });
      const hits = await run('readonly', async (store) => {
        const found: { capture: Capture; score: number }[] = [];
        let cursor = await store.openCursor();
        while (cursor) {
          const score = scoreCapture(cursor.value, terms);
          if (score > 0) found.push({ capture: cursor.value, score });
          cursor = await cursor.continue();
        }
        return found;
      });
      return hits
        .sort((a, b) => b.score - a.score || compareBy('capturedAt', 'desc')(a.capture, b.capture))
        .slice(0, searchOptions.limit ?? Infinity)
        .map((hit) => hit.capture);
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

/** Newest first for 'desc'; captures without a publication date go last either way; ties by id. */
function compareBy(sort: CaptureSort, direction: 'asc' | 'desc'): (a: Capture, b: Capture) => number {
  const sign = direction === 'desc' ? -1 : 1;
  const time = (capture: Capture): number => {
    const value = capture[sort];
    const parsed = value ? Date.parse(value) : NaN;
    return Number.isNaN(parsed) ? NaN : parsed;
  };
  return (a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    if (!Number.isNaN(ta) && ta !== tb) return sign * (ta - tb);
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

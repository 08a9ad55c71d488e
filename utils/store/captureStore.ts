/**
 * The capture library over IndexedDB. Built with its dependencies passed in (factory, db name, clock)
 * so tests get a fresh database each; every write is one transaction over the captures, their
 * summaries and the search index, so nothing is half-written and the index never drifts.
 */
import type { Article, Capture, FigureEdit } from '../types';
import { createChangeHub, type ChangeListener, type LibraryChange } from './changes';
import { StoreError, toStoreError } from './errors';
import { importInto, prepareImport, type ImportResult } from './importer';
import type { ImportedPicture } from './importPictures';
import { bumpGeneration, clearIndex, mergePending, PENDING_LIMIT, writeCaptures, type WriteTx } from './indexWrites';
import { createSummaryReader, readAllForList, searchShared } from './allSummaries';
import { figureTableReads, type FigureTableReads } from './figureBuckets';
import { CAPTURES, DB_NAME, PENDING, PICTURES, WRITE_STORES } from './names';
import type { SearchOptions, SearchResult } from './query';
import { buildCapture, migrateCaptureRecord } from './records';
import { openCaptureDb, type CaptureDb } from './schema';
import type { CaptureSummary } from './summary';
import { applyPatch, listFromStore, type CapturePatch, type ListCapturesOptions } from './storeHelpers';
import * as reads from './storeReads';
import type { AnyTx, SummaryListOptions } from './storeReads';
export type { SummaryListOptions } from './storeReads';

export type { CapturePatch, CaptureSort, ListCapturesOptions } from './storeHelpers';
export type { ImportResult } from './importer';
export type { ImportedPicture } from './importPictures';
export type { FigureRowsRecord } from './figureRowRecords';

export interface CaptureStoreOptions {
  dbName?: string;
  /** Defaults to globalThis.indexedDB at first use. */
  indexedDB?: IDBFactory;
  /** Clock for capturedAt/updatedAt (tests pin it). */
  now?: () => Date;
  /** BroadcastChannel name for change notices (tests isolate theirs). */
  channel?: string;
  /** Unmerged captures that trigger a merge into the posting lists, and dead numbers that trigger a rebuild. */
  pendingLimit?: number;
  rebuildDead?: number;
}

export interface CaptureStore extends FigureTableReads {
  saveArticle(article: Article, extras?: CaptureExtrasArg): Promise<{ capture: Capture; created: boolean }>;
  getCapture(id: string): Promise<Capture | undefined>;
  getByCanonicalUrl(canonicalUrl: string): Promise<Capture | undefined>;
  listCaptures(options?: ListCapturesOptions): Promise<Capture[]>;
  /** The list's light records, newest first by default, without any article body. */
  listSummaries(options?: SummaryListOptions): Promise<CaptureSummary[]>;
  /** Merges the captures saved since the last merge into the posting lists (done by itself after saves). */
  mergeIndex(): Promise<number>;
  updateCapture(id: string, patch: CapturePatch): Promise<Capture>;
  /** Returns the deleted record (for undo), or undefined when there was none. */
  deleteCapture(id: string): Promise<Capture | undefined>;
  /** Deletes several in one transaction; returns those that existed. */
  deleteCaptures(ids: readonly string[]): Promise<Capture[]>;
  /** Undo of deleteCapture: puts the record back as it was. */
  restoreCapture(capture: Capture): Promise<Capture>;
  countCaptures(): Promise<number>;
  /** merge: by canonical URL, newer content wins, edits kept; replace: the library becomes the import. */
  importCaptures(
    captures: readonly unknown[],
    options?: { mode?: 'merge' | 'replace'; pictures?: readonly ImportedPicture[] },
  ): Promise<ImportResult>;
  /** Every capture, oldest capture first. */
  exportAll(): Promise<Capture[]>;
  /** Removes every capture (and its summary and postings). */
  clearAll(): Promise<void>;
  /** Indexed search (see query.ts): ranked summaries with snippets. */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Full captures of a search; an empty query lists everything newest first. */
  searchCaptures(query: string, options?: { limit?: number }): Promise<Capture[]>;
  /** Changes made by this page or any other extension page. */
  subscribe(listener: ChangeListener): () => void;
  /** Closes the connection; the next call reopens it. */
  close(): void;
}

type CaptureExtrasArg = { tags?: string[]; note?: string; figureEdits?: FigureEdit[] };

export function createCaptureStore(options: CaptureStoreOptions = {}): CaptureStore {
  const dbName = options.dbName ?? DB_NAME;
  const clock = options.now ?? (() => new Date());
  const hub = createChangeHub(options.channel);
  let connection: Promise<CaptureDb> | null = null;
  const cache = reads.createReadCache();
  const pendingLimit = options.pendingLimit ?? PENDING_LIMIT;
  let merging: Promise<number> | null = null;

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
  async function run<T>(mode: IDBTransactionMode, work: (tx: AnyTx) => Promise<T>, retry = true): Promise<T> {
    const db = await open();
    let tx: AnyTx;
    try {
      tx = db.transaction(mode === 'readwrite' ? [...WRITE_STORES, PICTURES] : [...WRITE_STORES], mode) as AnyTx;
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
      const result = await work(tx);
      // A readonly transaction has nothing to commit: its answers are final once read (waiting for its complete
      // event would cost every read, a search's included, one more round trip to the database).
      if (mode === 'readwrite') await done;
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

  /** A write transaction, then the notice to every page once it has committed. */
  async function write<T>(work: (tx: WriteTx) => Promise<T>, change: (result: T) => LibraryChange): Promise<T> {
    let waiting = 0;
    const result = await run('readwrite', async (tx) => {
      const value = await work(tx as WriteTx);
      waiting = await tx.objectStore(PENDING).count();
      return value;
    });
    hub.announce(change(result));
    if (waiting >= pendingLimit) void mergeIndex().catch(() => undefined); // next time, then
    return result;
  }

  /** One merge at a time per page; another page's merge in between leaves nothing to do. */
  function mergeIndex(): Promise<number> {
    merging ??= run('readwrite', (tx) => mergePending(tx as WriteTx, options.rebuildDead)).finally(() => {
      merging = null;
    });
    return merging;
  }

  const nowIso = () => clock().toISOString();
  const read = <T>(work: (tx: AnyTx) => Promise<T>) => run('readonly', work);
  const summaries = createSummaryReader(read);
  const search = (query: string, searchOptions: SearchOptions = {}): Promise<SearchResult> =>
    searchShared(summaries, read, cache, query, searchOptions);

  async function deleteMany(ids: readonly string[]): Promise<Capture[]> {
    return write(
      async (tx) => {
        const found = (await Promise.all(ids.map((id) => tx.objectStore(CAPTURES).get(id)))).filter(
          (capture): capture is Capture => !!capture,
        );
        await writeCaptures(
          tx,
          found.map((before) => ({ before })),
        );
        return found;
      },
      (found) => ({ ids: found.map((capture) => capture.id), kind: 'delete' }),
    );
  }

  return {
    async saveArticle(article, extras = {}) {
      if (typeof article?.canonicalUrl !== 'string' || !article.canonicalUrl) {
        throw new StoreError('unknown', { detail: 'article has no canonicalUrl' });
      }
      const now = nowIso();
      // get-then-put in one readwrite transaction: concurrent saves of one page are serialised by IndexedDB.
      return write(
        async (tx) => {
          const existing = await tx.objectStore(CAPTURES).index('canonicalUrl').get(article.canonicalUrl);
          const capture = buildCapture(article, now, extras, existing);
          await writeCaptures(tx, [{ before: existing, after: capture, add: !existing }]);
          return { capture, created: !existing };
        },
        ({ capture, created }) => ({ ids: [capture.id], kind: created ? 'save' : 'update' }),
      );
    },

    getCapture: (id) => run('readonly', (tx) => tx.objectStore(CAPTURES).get(id)),
    getByCanonicalUrl: (url) => run('readonly', (tx) => tx.objectStore(CAPTURES).index('canonicalUrl').get(url)),

    listCaptures: (list = {}) => run('readonly', (tx) => listFromStore(tx.objectStore(CAPTURES) as never, list)),
    async listSummaries(list = {}) {
      if (list.limit !== undefined || (list.sort ?? 'capturedAt') !== 'capturedAt')
        return run('readonly', (tx) => reads.listSummariesIn(tx, list));
      const all = (await readAllForList(summaries, read, cache)).list;
      return list.direction === 'asc' ? [...all].reverse() : [...all];
    },

    ...figureTableReads(read as never, summaries),

    mergeIndex,

    updateCapture(id, patch) {
      const now = nowIso();
      return write(
        async (tx) => {
          const current = await tx.objectStore(CAPTURES).get(id);
          if (!current) throw new StoreError('not-found', { detail: id });
          const updated = applyPatch(current, patch, now);
          await writeCaptures(tx, [{ before: current, after: updated }]);
          return updated;
        },
        (updated) => ({ ids: [updated.id], kind: 'update' }),
      );
    },

    deleteCapture: async (id) => (await deleteMany([id]))[0],

    deleteCaptures: deleteMany,

    restoreCapture(capture) {
      const outcome = migrateCaptureRecord(capture, nowIso());
      if ('error' in outcome)
        return Promise.reject(new StoreError('unknown', { detail: `cannot restore: ${outcome.error}` }));
      const restored = outcome.capture;
      return write(
        async (tx) => {
          const captures = tx.objectStore(CAPTURES);
          // The page may have been captured again since the delete: the restored record takes its place.
          const sameUrl = await captures.index('canonicalUrl').get(restored.canonicalUrl);
          const sameId = await captures.get(restored.id);
          const writes = [];
          if (sameUrl && sameUrl.id !== restored.id) writes.push({ before: sameUrl });
          writes.push({ before: sameId, after: restored });
          await writeCaptures(tx, writes);
          return restored;
        },
        (restored) => ({ ids: [restored.id], kind: 'save' }),
      );
    },

    countCaptures: () => run('readonly', (tx) => tx.objectStore(CAPTURES).count()),

    importCaptures(captures, importOptions = {}) {
      const prepared = prepareImport(captures, nowIso());
      return write(
        (tx) => importInto(tx, prepared, importOptions.mode ?? 'merge', importOptions.pictures),
        () => ({ ids: [], kind: 'import' }),
      );
    },

    exportAll: () => run('readonly', (tx) => tx.objectStore(CAPTURES).index('capturedAt').getAll()),

    clearAll: () =>
      write(
        async (tx) => {
          await tx.objectStore(CAPTURES).clear();
          await tx.objectStore(PICTURES).clear();
          await clearIndex(tx);
          await bumpGeneration(tx);
        },
        () => ({ ids: [], kind: 'clear' }),
      ),

    search,
    async searchCaptures(query, searchOptions = {}) {
      const result = await search(query, { limit: searchOptions.limit ?? Infinity });
      if (result.terms.length === 0) return this.listCaptures({ limit: searchOptions.limit });
      const ids = result.hits.map((hit) => hit.summary.id);
      const captures = await run('readonly', (tx) => Promise.all(ids.map((id) => tx.objectStore(CAPTURES).get(id))));
      return captures.filter((capture): capture is Capture => !!capture);
    },

    subscribe: (listener) => hub.subscribe(listener),

    close() {
      const current = connection;
      connection = null;
      hub.close();
      void current?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}

/**
 * The library's first screen read with bare IndexedDB (no idb wrapper, no store): the newest captures'
 * summaries. The library page runs it from a classic script in its <head> (entrypoints/library-early.ts), so
 * the database opens and the read runs while the page's module script is still being fetched and compiled;
 * useLibrary picks the result up (takeEarlyFirstScreen). A few hundred bytes of code.
 *
 * It never upgrades: a database older than this code (or none yet) makes it give up (null) and the store's
 * own open runs the upgrade steps. Its connection closes as soon as the read is done, or when another page
 * asks to upgrade.
 */
import { DB_NAME, SUMMARIES } from './names';
import { CURRENT_SCHEMA_VERSION } from './records';
import type { CaptureSummary } from './summary';

/** Summaries on the first screen (newest capture first); the rest are read after it is painted. */
export const FIRST_SCREEN = 60;

/** Where library-early.js leaves its read for the page's main script. */
export const EARLY_FIRST_SCREEN = '__changchengReaderEarlyLibrary';

interface RecordsIndex {
  getAllRecords(options: { count: number; direction: IDBCursorDirection }): IDBRequest<Array<{ value: unknown }>>;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * The `limit` summaries with the highest capturedAt (ties: highest id first, as the index read backwards gives
 * them). One request where the browser has getAllRecords (Chromium 141+), else three (storeReads.highestByIndex).
 */
export async function newestSummaries(index: IDBIndex, limit: number): Promise<CaptureSummary[]> {
  if (limit <= 0) return [];
  if (typeof (index as unknown as Partial<RecordsIndex>).getAllRecords === 'function') {
    const records = await done((index as unknown as RecordsIndex).getAllRecords({ count: limit, direction: 'prev' }));
    return records.map((record) => record.value as CaptureSummary);
  }
  const request = index.openKeyCursor(null, 'prev');
  let cursor = await done(request);
  if (cursor && limit > 1) {
    const advanced = done(request); // advance() fires the same request again
    cursor.advance(limit - 1);
    cursor = await advanced;
  }
  const range = cursor ? IDBKeyRange.lowerBound(cursor.key) : null;
  const found = (await done(index.getAll(range))) as CaptureSummary[];
  return found.reverse().slice(0, limit);
}

/** Opens the library at this code's version without upgrading it: null when it is missing, older or newer. */
function openExisting(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort(); // the store's open upgrades it, with its steps
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** The first screen's summaries, newest capture first; null when the store has to open the library itself. */
export async function readFirstScreen(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name = DB_NAME,
  limit = FIRST_SCREEN,
  version = CURRENT_SCHEMA_VERSION,
): Promise<CaptureSummary[] | null> {
  if (!factory) return null;
  const db = await openExisting(factory, name, version);
  if (!db) return null;
  try {
    const tx = db.transaction(SUMMARIES, 'readonly');
    return await newestSummaries(tx.objectStore(SUMMARIES).index('capturedAt'), limit);
  } catch {
    return null;
  } finally {
    db.close(); // closes once the transaction is done; the store keeps its own connection
  }
}

/** The early read, once (a later load reads through the store, which sees the writes made since). */
export function takeEarlyFirstScreen(): Promise<CaptureSummary[] | null> | null {
  const holder = globalThis as Record<string, unknown>;
  const early = holder[EARLY_FIRST_SCREEN] as Promise<CaptureSummary[] | null> | undefined;
  delete holder[EARLY_FIRST_SCREEN];
  return early ? early.catch(() => null) : null;
}

/**
 * Calls `start` once with the early read's summaries as soon as they are there, or with null after `wait` ms
 * (then the page starts without them and `early` still brings them): the first render shows the list itself,
 * instead of an empty page rendered once and again a moment later.
 */
export function whenFirstScreen(
  early: Promise<CaptureSummary[] | null> | null,
  wait: number,
  start: (summaries: CaptureSummary[] | null) => void,
): void {
  if (!early) {
    start(null);
    return;
  }
  let started = false;
  const go = (summaries: CaptureSummary[] | null) => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    start(summaries);
  };
  const timer = setTimeout(() => go(null), wait);
  void early.then(go, () => go(null));
}

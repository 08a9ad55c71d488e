/**
 * The reads of an export, in plain IndexedDB so they run in the export worker as well as in the page: the
 * captures' ids in capturedAt order (exportAll's order), captures by id a batch per transaction, the ids that
 * have offline pictures and a capture's pictures. Opening never creates or upgrades the database: a reader
 * that finds none (or an older one) fails instead, and it lets go when another page upgrades it.
 */
import type { Capture } from '../types';
import type { PictureRecord } from './dbSchema';
import { CAPTURES, DB_NAME, PICTURES } from './names';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function openForExport(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort(); // no library here: nothing is created
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      if (db.objectStoreNames.contains(CAPTURES)) resolve(db);
      else {
        db.close();
        reject(new Error('export: the library has no captures store'));
      }
    };
    request.onerror = () => reject(request.error ?? new Error('export: cannot open the library'));
    request.onblocked = () => reject(new Error('export: the library is being upgraded'));
  });
}

/** Every capture's id, oldest capture first (the order of exportAll). */
export function captureIdsInOrder(db: IDBDatabase): Promise<string[]> {
  const index = db.transaction(CAPTURES).objectStore(CAPTURES).index('capturedAt');
  return done(index.getAllKeys()) as Promise<string[]>;
}

/** The captures of `ids`, in that order (undefined where one is gone), read in one transaction. */
export function capturesByIds(db: IDBDatabase, ids: readonly string[]): Promise<Array<Capture | undefined>> {
  const store = db.transaction(CAPTURES).objectStore(CAPTURES);
  return Promise.all(ids.map((id) => done(store.get(id) as IDBRequest<Capture | undefined>)));
}

/** Ids of the captures that have offline pictures (one read of the picture keys). */
export async function pictureOwners(db: IDBDatabase): Promise<Set<string>> {
  if (!db.objectStoreNames.contains(PICTURES)) return new Set();
  const keys = await done(db.transaction(PICTURES).objectStore(PICTURES).getAllKeys());
  return new Set(keys.map((key) => (key as [string, string])[0]));
}

/** A capture's offline pictures, in the picture store's order (as pictureStore.picturesOf reads them). */
export function picturesOfCapture(db: IDBDatabase, captureId: string): Promise<PictureRecord[]> {
  const index = db.transaction(PICTURES).objectStore(PICTURES).index('captureId');
  return done(index.getAll(captureId)) as Promise<PictureRecord[]>;
}

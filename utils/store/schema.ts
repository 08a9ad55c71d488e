/**
 * The IndexedDB schema and its upgrade path. Database version == CURRENT_SCHEMA_VERSION; each
 * version N has one step in UPGRADE_STEPS[N - 1] that takes a version N-1 database to version N.
 * To change the schema: bump CURRENT_SCHEMA_VERSION and append a step; never edit a shipped step.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CaptureDbSchema } from './dbSchema';
import { CURRENT_SCHEMA_VERSION, migrateCaptureRecord } from './records';
import { StoreError, toStoreError } from './errors';
import { addFigureRows, buildDocStores, groupFigureRows, rebuildIndex } from './indexWrites';
import { CAPTURES, DOCORDER, FIGBUCKETS, FIGROWS, GRAMS, META, PENDING, PICTURES, SUMMARIES, TEXTS } from './names';

export {
  DB_NAME,
  CAPTURES,
  SUMMARIES,
  GRAMS,
  META,
  PENDING,
  FIGROWS,
  TEXTS,
  DOCORDER,
  FIGBUCKETS,
  PICTURES,
  WRITE_STORES,
} from './names';

export type { PictureRecord } from './dbSchema';

export type { CaptureDbSchema } from './dbSchema';

export type CaptureDb = IDBPDatabase<CaptureDbSchema>;
type UpgradeTransaction = IDBPTransaction<
  CaptureDbSchema,
  (
    | 'captures'
    | 'pictures'
    | 'summaries'
    | 'grams'
    | 'meta'
    | 'pending'
    | 'figrows'
    | 'texts'
    | 'docorder'
    | 'figbuckets'
  )[],
  'versionchange'
>;
export type UpgradeStep = (db: CaptureDb, tx: UpgradeTransaction) => void | Promise<void>;

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  // v1: the first shape: records keyed by id, one per canonical URL.
  (db) => {
    const captures = db.createObjectStore(CAPTURES, { keyPath: 'id' });
    captures.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    captures.createIndex('capturedAt', 'capturedAt');
  },
  // v2: indexes for the library's sorts and filters; records gain tags, note, figureEdits, schemaVersion.
  async (_db, tx) => {
    const captures = tx.objectStore(CAPTURES);
    captures.createIndex('updatedAt', 'updatedAt');
    captures.createIndex('publishedAt', 'publishedAt');
    captures.createIndex('site', 'site');
    captures.createIndex('channel', 'channel', { multiEntry: true });
    captures.createIndex('tags', 'tags', { multiEntry: true });
    await migrateAllRecords(tx);
  },
  // v3: offline pictures, keyed by [captureId, src]; captures are untouched.
  (db) => {
    const pictures = db.createObjectStore(PICTURES, { keyPath: ['captureId', 'src'] });
    pictures.createIndex('captureId', 'captureId');
  },
  // v4: summaries (the list's light records) and the bigram search index, built from every capture.
  async (db, tx) => {
    const summaries = db.createObjectStore(SUMMARIES, { keyPath: 'id' });
    summaries.createIndex('docNo', 'docNo', { unique: true });
    summaries.createIndex('capturedAt', 'capturedAt');
    summaries.createIndex('updatedAt', 'updatedAt');
    summaries.createIndex('publishedTime', 'publishedTime');
    db.createObjectStore(GRAMS);
    db.createObjectStore(META);
    await rebuildIndex(tx as never);
  },
  // v5: cheap saves and a light 数字 tab: unmerged captures' texts (`pending`) beside the posting lists, and
  // every capture's figure rows (`figrows`); summaries written again (figureCount = the panel's rows).
  async (db, tx) => {
    db.createObjectStore(PENDING);
    const rows = db.createObjectStore(FIGROWS, { keyPath: 'captureId' });
    rows.createIndex('capturedAt', 'capturedAt');
    await addFigureRows(tx as never);
  },
  // v6: fast search: each live document's searchable fields and body as written (`texts`, the reads that check a
  // term and cut a snippet) and its order keys (`docorder`, the first search before the summaries are read).
  async (db, tx) => {
    db.createObjectStore(TEXTS);
    db.createObjectStore(DOCORDER);
    await buildDocStores(tx as never);
  },
  // v7: the 数字 tab's rows grouped, about 100 captures a record in the table's first order (figureBuckets.ts):
  // IndexedDB's cost is per record, so the whole table reads in 100 records instead of 10,000, and its first
  // screen in one. v5's per-capture `figrows` goes.
  async (db, tx) => {
    db.createObjectStore(FIGBUCKETS);
    await groupFigureRows(tx as never);
    db.deleteObjectStore(FIGROWS);
  },
];

/** Rewrites every record in the current shape; a record that cannot be read is kept as it was. */
async function migrateAllRecords(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore(CAPTURES).openCursor();
  while (cursor) {
    const outcome = migrateCaptureRecord(cursor.value);
    // Same key: the migrated record keeps its id so links to it stay valid.
    if ('capture' in outcome) await cursor.update({ ...outcome.capture, id: cursor.primaryKey });
    cursor = await cursor.continue();
  }
}

export async function runUpgradeSteps(
  db: CaptureDb,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADE_STEPS[version - 1];
    if (!step) throw new Error(`no upgrade step for version ${version}`);
    await step(db, tx);
  }
}

export interface OpenHooks {
  /** The connection closed itself (another tab wants to upgrade, or the browser closed it). */
  onClose?: () => void;
}

/**
 * idb's openDB with an injectable IDBFactory (tests hand in a fresh fake-indexeddb factory).
 * Blocked by an old connection elsewhere -> rejects with StoreError('blocked') instead of hanging;
 * asked to make way for an upgrade -> closes itself so the other tab's upgrade proceeds.
 */
export function openCaptureDb(
  factory: IDBFactory,
  name: string,
  hooks: OpenHooks = {},
  version = CURRENT_SCHEMA_VERSION,
): Promise<CaptureDb> {
  return new Promise<CaptureDb>((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown = null;
    const request = factory.open(name, version);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as CaptureDb;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      runUpgradeSteps(db, tx, event.oldVersion, event.newVersion ?? version).catch((error) => {
        upgradeError = error;
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
      });
    });
    request.addEventListener('blocked', () => {
      if (settled) return;
      settled = true;
      reject(new StoreError('blocked'));
    });
    (wrap(request) as unknown as Promise<CaptureDb>).then(
      (db) => {
        if (settled) {
          db.close(); // opened after we gave up on it: nobody holds this connection
          return;
        }
        settled = true;
        db.addEventListener('versionchange', () => {
          db.close();
          hooks.onClose?.();
        });
        db.addEventListener('close', () => hooks.onClose?.());
        resolve(db);
      },
      (error) => {
        if (settled) return;
        settled = true;
        reject(toStoreError(upgradeError ?? error, request.transaction));
      },
    );
  });
}

/**
 * The 数字 tab's rows grouped (store `figbuckets`, v7): the captures' figure-row records (figureRowRecords.ts) in
 * the table's first order — publication date, newest first; undated last; ties newest capture first — cut into
 * buckets of about FIGURE_BUCKET.size captures. A bucket is keyed by its fence, the sort key of the lowest capture
 * it may hold (the first bucket's fence, LOWEST, is below every key), and holds every capture from its fence up to
 * the next fence, in ascending key order.
 *
 * Why: IndexedDB pays per record read (10,000 one-capture records took 3.3 s to read in Chromium, idle; the same
 * rows in 100 records about a third of that). And in this order the table's first screen is the last bucket, one
 * read, and the whole table arrives sorted. Writes keep it exact in the capture's own transaction
 * (indexWrites.ts): a bucket is read, changed and put again; one grown past twice the size is split, one
 * shrunk below a quarter joins the bucket before it.
 */
import type { Capture } from '../types';
import { packBucket, unpackBucket, type FigureBucket } from './figureBucketCodec';
import type { FigureRowsRecord } from './figureRowRecords';
import { FIGBUCKETS } from './names';

export type { FigureBucket } from './figureBucketCodec';

/** [1, publishedTime, capturedAt, captureId] for a dated capture, [0, 0, capturedAt, captureId] for the rest. */
export type TableKey = [number, number, string, string];
export type Fence = TableKey | [-1];
export const LOWEST: Fence = [-1];

/** Captures per bucket (a bucket holds between a quarter and twice as many); tests make it small. */
export const FIGURE_BUCKET = { size: 100 };

/** What a bucket store must do (idb's object store in a transaction; kept small so a test can read it). */
interface BucketStore {
  get(key: IDBValidKey): Promise<FigureBucket | undefined>;
  getAll(query?: IDBKeyRange | null, count?: number): Promise<FigureBucket[]>;
  getAllKeys(query?: IDBKeyRange | null, count?: number): Promise<IDBValidKey[]>;
  put(value: FigureBucket, key: IDBValidKey): Promise<unknown>;
  delete(key: IDBValidKey): Promise<unknown>;
}

type KeyFields = Pick<FigureRowsRecord, 'captureId' | 'capturedAt' | 'publishedAt'>;

export function tableKey({ captureId, capturedAt, publishedAt }: KeyFields): TableKey {
  const time = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isFinite(time) ? [1, time, capturedAt, captureId] : [0, 0, capturedAt, captureId];
}

/** The key fields of a stored capture, as figureRowsRecord writes them. */
export function keyFieldsOf(capture: Capture): KeyFields {
  return {
    captureId: capture.id,
    capturedAt: typeof capture.capturedAt === 'string' ? capture.capturedAt : '',
    publishedAt: capture.publishedAt ?? null,
  };
}

/** indexedDB.cmp for the keys above (numbers before strings never meet: each position holds one type). */
export function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** Index of the last fence at or below `key` (fences ascending, fences[0] = LOWEST). */
function bucketOf(fences: readonly Fence[], key: TableKey): number {
  let low = 0;
  let high = fences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (compareKeys(fences[middle], key) <= 0) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface BucketWriter {
  /** Takes out the stored capture's rows (found by the key its stored fields give, else by a scan). */
  remove(fields: KeyFields): Promise<void>;
  /** Puts in a capture's rows (replacing any of the same capture in their bucket). */
  add(record: FigureRowsRecord): Promise<void>;
  /** Writes every bucket changed, split or joined; call once, after the last change. */
  flush(): Promise<void>;
}

export function createBucketWriter(store: BucketStore): BucketWriter {
  let fences: Fence[] | null = null;
  const loaded = new Map<number, FigureRowsRecord[]>();
  const touched = new Set<number>();

  const allFences = async () => {
    if (!fences) {
      const stored = (await store.getAllKeys()) as Fence[];
      fences = stored.length && compareKeys(stored[0], LOWEST) === 0 ? stored : [LOWEST, ...stored];
    }
    return fences;
  };
  const entries = async (index: number) => {
    let list = loaded.get(index);
    if (!list) {
      const stored = await store.get(fences![index]);
      list = stored ? unpackBucket(stored) : [];
      loaded.set(index, list);
    }
    return list;
  };
  const take = (list: FigureRowsRecord[], id: string, index: number) => {
    const at = list.findIndex((entry) => entry.captureId === id);
    if (at < 0) return false;
    list.splice(at, 1);
    touched.add(index);
    return true;
  };

  return {
    async remove(fields) {
      const all = await allFences();
      const index = bucketOf(all, tableKey(fields));
      if (take(await entries(index), fields.captureId, index)) return;
      // Not where its stored fields put it (never, while every write comes through here): look everywhere.
      for (let i = 0; i < all.length; i++) if (take(await entries(i), fields.captureId, i)) return;
    },
    async add(record) {
      const key = tableKey(record);
      const index = bucketOf(await allFences(), key);
      const list = await entries(index);
      take(list, record.captureId, index);
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compareKeys(tableKey(list[middle]), key) < 0) low = middle + 1;
        else high = middle;
      }
      list.splice(low, 0, record);
      touched.add(index);
    },
    async flush() {
      if (!fences || touched.size === 0) return;
      const size = FIGURE_BUCKET.size;
      const writes: Promise<unknown>[] = [];
      // Highest first, so a small bucket joins the one before it before that one is written.
      for (let index = Math.max(...touched); index >= 0; index--) {
        if (!touched.has(index)) continue;
        const list = loaded.get(index)!;
        const fence = fences[index];
        if (index > 0 && list.length < size / 4) {
          const before = await entries(index - 1);
          if (before.length + list.length <= 2 * size) {
            before.push(...list);
            touched.add(index - 1);
            writes.push(store.delete(fence));
            continue;
          }
        }
        if (list.length === 0) {
          writes.push(store.delete(fence));
          continue;
        }
        const pieces = list.length > 2 * size ? Math.ceil(list.length / size) : 1;
        for (let piece = 0; piece < pieces; piece++) {
          const from = Math.floor((piece * list.length) / pieces);
          const part = list.slice(from, Math.floor(((piece + 1) * list.length) / pieces));
          writes.push(store.put(packBucket(part), piece === 0 ? fence : tableKey(part[0])));
        }
      }
      touched.clear();
      loaded.clear();
      fences = null;
      await Promise.all(writes);
    },
  };
}

/** Buckets from records in any order (an upgrade, a test): sorted, cut into buckets of FIGURE_BUCKET.size. */
export function bucketsOf(records: readonly FigureRowsRecord[]): Array<[Fence, FigureBucket]> {
  const sorted = records
    .map((record) => ({ record, key: tableKey(record) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((entry) => entry.record);
  const buckets: Array<[Fence, FigureBucket]> = [];
  for (let i = 0; i < sorted.length; i += FIGURE_BUCKET.size) {
    const part = sorted.slice(i, i + FIGURE_BUCKET.size);
    buckets.push([i === 0 ? LOWEST : tableKey(part[0]), packBucket(part)]);
  }
  return buckets;
}

/** Every record in the table's first order, read `page` buckets a transaction (no one request holds the others). */
export async function figureRowsInOrder(
  read: <T>(work: (tx: { objectStore(name: typeof FIGBUCKETS): BucketStore }) => Promise<T>) => Promise<T>,
  page = 20,
): Promise<FigureRowsRecord[]> {
  const buckets: FigureBucket[] = [];
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const [keys, chunk] = await read((tx) => {
      const store = tx.objectStore(FIGBUCKETS);
      return Promise.all([store.getAllKeys(range, page), store.getAll(range, page)]);
    });
    buckets.push(...chunk);
    if (chunk.length < page) break;
    after = keys[keys.length - 1];
  }
  const all: FigureRowsRecord[] = [];
  for (let b = buckets.length - 1; b >= 0; b--) {
    const entries = unpackBucket(buckets[b]);
    for (let i = entries.length - 1; i >= 0; i--) all.push(entries[i]);
  }
  return all;
}

interface BucketCursor {
  value: FigureBucket;
  continue(): Promise<BucketCursor | null>;
}

/**
 * The table's first rows: the records of the last buckets, in the table's order, until `captures` are in (or
 * every bucket was read: `complete`, the whole table).
 */
export async function firstFigureRowsIn(
  store: { openCursor(query: null, direction: 'prev'): Promise<BucketCursor | null> },
  captures: number,
): Promise<{ records: FigureRowsRecord[]; complete: boolean }> {
  const records: FigureRowsRecord[] = [];
  let cursor = await store.openCursor(null, 'prev');
  while (cursor) {
    const entries = unpackBucket(cursor.value);
    for (let i = entries.length - 1; i >= 0; i--) records.push(entries[i]);
    if (records.length >= captures) break;
    cursor = await cursor.continue();
  }
  return { records, complete: !cursor };
}

type Read = <T>(work: (tx: { objectStore(name: typeof FIGBUCKETS): never }) => Promise<T>) => Promise<T>;

/** The capture store's reads of the 数字 tab's rows (CaptureStore extends these). */
export interface FigureTableReads {
  /**
   * The 数字 tab's rows, per capture, in the table's first order (published newest first, undated last, ties
   * newest capture first), without any article body.
   */
  listFigureRows(): Promise<FigureRowsRecord[]>;
  /**
   * The 数字 table's first screen: the first records of listFigureRows, at least `captures` of them where there
   * are (one or two reads); `complete` when they are the whole table.
   */
  firstFigureRows(captures: number): Promise<{ records: FigureRowsRecord[]; complete: boolean }>;
  /**
   * Holds the page's read of every summary (the list's, after its first screen) between its pages until the
   * function returned is called, or 10 s pass: the 数字 tab's rows are read and drawn first.
   */
  holdSummaryReads(): () => void;
}

/** `read` runs its work in a readonly transaction over the stores; `summaries` is the page's summary reader. */
export function figureTableReads(
  read: Read,
  summaries: { before<T>(work: () => Promise<T>): Promise<T> },
): FigureTableReads {
  return {
    listFigureRows: () => figureRowsInOrder(read),
    firstFigureRows: (captures) => read((tx) => firstFigureRowsIn(tx.objectStore(FIGBUCKETS), captures)),
    holdSummaryReads() {
      let end = () => {};
      const held = new Promise<void>((resolve) => (end = resolve));
      const timer = setTimeout(end, 10_000);
      void summaries.before(() => held).finally(() => clearTimeout(timer));
      return end;
    },
  };
}

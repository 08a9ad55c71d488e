/**
 * The capture store's reads that never load an article body: the list's summaries, the 数字 tab's figure
 * rows, and the search's caches (summaries by document number and the unmerged texts), each kept until any
 * page writes (the write generation in `meta` moves).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CaptureDbSchema } from './dbSchema';
import type { FigureRowsRecord } from './figureRowRecords';
import { gramRange, readGeneration } from './indexWrites';
import { CAPTURES, FIGROWS, GRAMS, PENDING, SUMMARIES } from './names';
import type { SearchSource } from './query';
import type { CaptureSummary } from './summary';

export type AnyTx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], IDBTransactionMode>;

export interface SummaryListOptions {
  sort?: 'capturedAt' | 'updatedAt' | 'publishedTime';
  direction?: 'asc' | 'desc';
  limit?: number;
}

/** The newest `limit` records of an index (all of them, in one getAll, when there is no limit). */
async function newestFirst<T>(
  index: { getAll(): Promise<T[]>; openCursor(q: null, d: IDBCursorDirection): Promise<Cursor<T> | null> },
  direction: 'asc' | 'desc' | undefined,
  limit: number,
): Promise<T[]> {
  if (limit === Infinity) {
    const all = await index.getAll();
    return direction === 'asc' ? all : all.reverse();
  }
  const found: T[] = [];
  let cursor = await index.openCursor(null, direction === 'asc' ? 'next' : 'prev');
  while (cursor && found.length < limit) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

interface Cursor<T> {
  value: T;
  continue(): Promise<Cursor<T> | null>;
}

export function listSummariesIn(tx: AnyTx, list: SummaryListOptions): Promise<CaptureSummary[]> {
  const index = tx.objectStore(SUMMARIES).index(list.sort ?? 'capturedAt');
  return newestFirst(index as never, list.direction, list.limit ?? Infinity);
}

/** Figure-row records, newest capture first (the 数字 tab draws the newest `limit` first). */
export function listFigureRowsIn(tx: AnyTx, limit = Infinity): Promise<FigureRowsRecord[]> {
  return newestFirst(tx.objectStore(FIGROWS).index('capturedAt') as never, 'desc', limit);
}

export interface ReadCache {
  summariesByDoc(tx: AnyTx): Promise<Map<number, CaptureSummary>>;
  pendingTexts(tx: AnyTx): Promise<Map<number, string>>;
  /** What the search reads, from this transaction and these caches. */
  source(tx: AnyTx): SearchSource;
}

export function createReadCache(): ReadCache {
  let summaries: { generation: number; byDoc: Map<number, CaptureSummary> } | null = null;
  let pending: { generation: number; texts: Map<number, string> } | null = null;
  return {
    source(tx) {
      return {
        postings: (gram) => tx.objectStore(GRAMS).getAll(gramRange(gram)),
        summariesByDoc: () => this.summariesByDoc(tx),
        capture: (id) => tx.objectStore(CAPTURES).get(id),
        pendingTexts: () => this.pendingTexts(tx),
      };
    },
    async summariesByDoc(tx) {
      const generation = await readGeneration(tx as never);
      if (summaries?.generation !== generation) {
        const all = await tx.objectStore(SUMMARIES).getAll();
        summaries = { generation, byDoc: new Map(all.map((summary) => [summary.docNo, summary])) };
      }
      return summaries.byDoc;
    },
    async pendingTexts(tx) {
      const generation = await readGeneration(tx as never);
      if (pending?.generation !== generation) {
        const store = tx.objectStore(PENDING);
        const [keys, texts] = await Promise.all([store.getAllKeys(), store.getAll()]);
        pending = { generation, texts: new Map(keys.map((key, i) => [key, texts[i]])) };
      }
      return pending.texts;
    },
  };
}

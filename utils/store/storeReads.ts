/**
 * The capture store's reads that never load an article body: the list's summaries and the search's caches
 * (summaries by document number and the unmerged texts), each kept until any page writes (the write generation
 * in `meta` moves). The 数字 tab's rows are read in figureBuckets.ts.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CaptureDbSchema } from './dbSchema';
import { gramRange, readGeneration } from './indexWrites';
import { type DocRef, docTextOf, docTextOfCapture, readDocOrder } from './docStores';
import { CAPTURES, DOCORDER, GRAMS, PENDING, SUMMARIES, TEXTS } from './names';
import type { DocText, SearchSource } from './query';
import type { CaptureSummary } from './summary';

export type AnyTx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], IDBTransactionMode>;

export interface SummaryListOptions {
  sort?: 'capturedAt' | 'updatedAt' | 'publishedTime';
  direction?: 'asc' | 'desc';
  limit?: number;
}

/** What the reads below need of an idb index (kept small so a test can hand in a fake). */
interface ReadIndex<T> {
  getAll(query?: IDBKeyRange | null, count?: number): Promise<T[]>;
  openKeyCursor(query: null, direction: IDBCursorDirection): Promise<KeyCursor | null>;
}

interface KeyCursor {
  key: IDBValidKey;
  advance(count: number): Promise<KeyCursor | null>;
}

/**
 * The records with the `limit` highest keys of an index, highest first, in three requests whatever the limit: a
 * key cursor from the end skips `limit - 1` keys to the lowest wanted key, then one getAll reads every record
 * from that key up (ties at the boundary included, so the caller's own tie-break decides). A cursor reading
 * record by record pays one round trip to the database per record (60 round trips: 10-300 ms on a busy machine).
 */
export async function highestByIndex<T>(index: ReadIndex<T>, limit: number): Promise<T[]> {
  if (limit === Infinity) return (await index.getAll()).reverse();
  if (limit <= 0) return [];
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  const found = cursor ? await index.getAll(IDBKeyRange.lowerBound(cursor.key)) : await index.getAll();
  return found.reverse();
}

async function inOrder<T>(index: ReadIndex<T>, direction: 'asc' | 'desc' | undefined, limit: number): Promise<T[]> {
  if (direction === 'asc') return limit === Infinity ? index.getAll() : index.getAll(null, limit);
  return (await highestByIndex(index, limit)).slice(0, limit);
}

export function listSummariesIn(tx: AnyTx, list: SummaryListOptions): Promise<CaptureSummary[]> {
  const index = tx.objectStore(SUMMARIES).index(list.sort ?? 'capturedAt');
  return inOrder(index as never, list.direction, list.limit ?? Infinity);
}

export interface ReadCache {
  summariesByDoc(tx: AnyTx): Promise<Map<number, CaptureSummary>>;
  pendingTexts(tx: AnyTx): Promise<Map<number, string>>;
  /** What the search reads, from this transaction and these caches. */
  source(tx: AnyTx): SearchSource;
  /** The same, with the order blocks instead of every summary (the first search after the page opens). */
  coldSource(tx: AnyTx): SearchSource;
  /** Every live document's order keys, kept per write generation like the summaries. */
  docOrder(tx: AnyTx): Promise<DocRef[]>;
}

/** Texts kept for the next searches (typing on looks at the same newest matches again): a few MB at most. */
export const TEXT_CACHE = 500;

export function createReadCache(textCache = TEXT_CACHE): ReadCache {
  let summaries: { generation: number; byDoc: Map<number, CaptureSummary> } | null = null;
  let pending: { generation: number; texts: Map<number, string> } | null = null;
  let order: { generation: number; refs: Promise<DocRef[]> } | null = null;
  /**
   * Texts by document number, least recently used first: a number's texts never change (a capture whose
   * searchable text or body changes gets a new number, indexWrites.ts).
   */
  const texts = new Map<string, DocText>();
  /** The light text record (v6), or the capture where a document has none (never, once written by v6). */
  const readText = async (tx: AnyTx, doc: { docNo: number; id: string }): Promise<DocText | undefined> => {
    const record = await tx.objectStore(TEXTS).get(doc.docNo);
    if (record) return docTextOf(record);
    const capture = await tx.objectStore(CAPTURES).get(doc.id);
    return capture && docTextOfCapture(capture);
  };
  return {
    coldSource(tx) {
      const source = this.source(tx);
      source.docOrder = () => this.docOrder(tx);
      source.summariesById = (ids) => Promise.all(ids.map((id) => tx.objectStore(SUMMARIES).get(id)));
      return source;
    },
    source(tx) {
      return {
        postings: (gram) => tx.objectStore(GRAMS).getAll(gramRange(gram)),
        summariesByDoc: () => this.summariesByDoc(tx),
        capture: (id) => tx.objectStore(CAPTURES).get(id),
        async docText(doc) {
          const key = `${doc.docNo} ${doc.id}`;
          const kept = texts.get(key);
          if (kept) {
            texts.delete(key);
            texts.set(key, kept);
            return kept;
          }
          const read = await readText(tx, doc);
          if (!read) return undefined;
          texts.set(key, read);
          for (const oldest of texts.keys()) {
            if (texts.size <= textCache) break;
            texts.delete(oldest);
          }
          return read;
        },
        pendingTexts: () => this.pendingTexts(tx),
      };
    },
    async docOrder(tx) {
      const generation = await readGeneration(tx as never);
      if (order?.generation !== generation) order = { generation, refs: readDocOrder(tx.objectStore(DOCORDER)) };
      const mine = order;
      return mine.refs.catch((error) => {
        if (order === mine) order = null;
        throw error;
      });
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

/**
 * Every summary of the library, read once per write generation and shared by the list (its filters, menus and
 * counts) and the search (its candidates' summaries), so a page reads them once, not once each. Read in pages
 * of `page` records, each its own short transaction: a search, or another page opening, is never queued behind
 * one 10,000-record read (the database answers one request at a time).
 */
import { searchIndex, type SearchOptions, type SearchResult } from './query';
import type { AnyTx, ReadCache } from './storeReads';
import { readGeneration } from './indexWrites';
import { SUMMARIES } from './names';
import type { CaptureSummary } from './summary';

export interface AllSummaries {
  generation: number;
  /** Newest capture first; ties by id, highest first (as the capturedAt index read backwards gives them). */
  list: CaptureSummary[];
  byDoc: Map<number, CaptureSummary>;
}

type Read = <T>(work: (tx: AnyTx) => Promise<T>) => Promise<T>;

export const newestCaptureFirst = (a: CaptureSummary, b: CaptureSummary) =>
  a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

export interface SummaryReader {
  readAll(): Promise<AllSummaries>;
}

export function createSummaryReader(read: Read, page = 1000): SummaryReader {
  let shared: { generation: number; promise: Promise<AllSummaries> } | null = null;

  /** The pages, all of one generation; null when a write came in between (then the caller reads again). */
  async function pages(generation: number): Promise<AllSummaries | null> {
    const list: CaptureSummary[] = [];
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const [chunk, now] = await read(
        async (tx) => [await tx.objectStore(SUMMARIES).getAll(range, page), await readGeneration(tx as never)] as const,
      );
      if (now !== generation) return null;
      list.push(...chunk);
      if (chunk.length < page) break;
      after = chunk[chunk.length - 1].id;
    }
    list.sort(newestCaptureFirst);
    return { generation, list, byDoc: new Map(list.map((summary) => [summary.docNo, summary])) };
  }

  async function fresh(generation: number): Promise<AllSummaries> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const all = await pages(attempt === 0 ? generation : await read((tx) => readGeneration(tx as never)));
      if (all) return all;
    }
    // Writes keep coming: one transaction, one consistent read.
    return read(async (tx) => {
      const list = (await tx.objectStore(SUMMARIES).getAll()).sort(newestCaptureFirst);
      const byDoc = new Map(list.map((summary) => [summary.docNo, summary]));
      return { generation: await readGeneration(tx as never), list, byDoc };
    });
  }

  return {
    async readAll() {
      const generation = await read((tx) => readGeneration(tx as never));
      if (shared?.generation !== generation) {
        const promise = fresh(generation);
        shared = { generation, promise };
        promise.catch(() => {
          if (shared?.promise === promise) shared = null;
        });
      }
      return shared.promise;
    },
  };
}

/** A search whose candidates' summaries come from the page's shared read of them when it is of this generation. */
export async function searchShared(
  summaries: SummaryReader,
  read: Read,
  cache: ReadCache,
  query: string,
  options: SearchOptions,
): Promise<SearchResult> {
  const all = await summaries.readAll().catch(() => null);
  return read(async (tx) => {
    const source = cache.source(tx);
    if (all && (await readGeneration(tx as never)) === all.generation) {
      source.summariesByDoc = async () => all.byDoc;
      source.summariesNewestFirst = async () => all.list;
    }
    return searchIndex(source, query, options);
  });
}

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
  /** The last read, once it has come in (of whatever generation), without reading. */
  peek(): AllSummaries | null;
  /** Runs `work` (a search) with the page reads held back: it waits behind one page at most, not ten. */
  before<T>(work: () => Promise<T>): Promise<T>;
}

export function createSummaryReader(read: Read, page = 250, linger = 300): SummaryReader {
  let shared: { generation: number; promise: Promise<AllSummaries> } | null = null;
  let last: AllSummaries | null = null;
  let held = 0;
  let resume: Promise<void> | null = null;
  let release = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The pages, all of one generation; null when a write came in between (then the caller reads again). */
  async function pages(generation: number): Promise<AllSummaries | null> {
    const list: CaptureSummary[] = [];
    let after: string | undefined;
    for (;;) {
      while (resume) await resume;
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
        promise.then(
          (all) => {
            if (!last || all.generation >= last.generation) last = all;
          },
          () => undefined,
        );
        promise.catch(() => {
          if (shared?.promise === promise) shared = null;
        });
      }
      return shared.promise;
    },
    peek: () => last,
    async before(work) {
      clearTimeout(timer);
      resume ??= new Promise<void>((resolve) => (release = resolve));
      held++;
      try {
        return await work();
      } finally {
        if (--held === 0)
          timer = setTimeout(() => {
            resume = null;
            release();
          }, linger);
      }
    },
  };
}

/**
 * Every summary, for the list; while it has none yet, the search's order keys are read first (one small request):
 * a search typed before the summaries are in then finds them at hand (searchShared).
 */
export function readAllForList(summaries: SummaryReader, read: Read, cache: ReadCache): Promise<AllSummaries> {
  if (!summaries.peek()) void read((tx) => cache.docOrder(tx)).catch(() => undefined);
  return summaries.readAll();
}

/**
 * A search whose candidates' summaries come from the page's shared read of them when it is of this generation.
 * A search in the list's order without filters does not wait for that read (1-2 s at 10,000 captures, started
 * as the page opens): until it is in, the search orders its candidates by the `docorder` blocks and reads the
 * summaries of the pages it looks at. Any other search waits for it, as the list's filters and menus do.
 */
export async function searchShared(
  summaries: SummaryReader,
  read: Read,
  cache: ReadCache,
  query: string,
  options: SearchOptions,
): Promise<SearchResult> {
  const coldAllowed = !options.accept && (options.sort ?? 'relevance') !== 'relevance';
  const all = coldAllowed ? summaries.peek() : await summaries.readAll().catch(() => null);
  return summaries.before(() =>
    read(async (tx) => {
      const own = () => searchIndex(coldAllowed ? cache.coldSource(tx) : cache.source(tx), query, options);
      if (!all) return own();
      const source = cache.source(tx);
      source.summariesByDoc = async () => all.byDoc;
      source.summariesNewestFirst = async () => all.list;
      // With the summaries at hand while their generation is checked (one round trip, not two); when a write came
      // in since they were read, again with the store's own, in the same transaction.
      const [generation, result] = await Promise.all([
        readGeneration(tx as never),
        searchIndex(source, query, options),
      ]);
      return generation === all.generation ? result : own();
    }),
  );
}

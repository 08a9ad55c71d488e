/**
 * The first screens read by index (a few requests, not one per record) against a full sort of everything:
 * the list's first page by capture or publication date, the 数字 table's first screen, and search hits a page
 * at a time in the list's order, with the library's filters, on random libraries with ties in every key.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { filterSummaries, NO_FILTERS, sortSummaries, type LibraryFilters } from './filters';
import { rowsFromCores, sortFigureRows } from '@/utils/export/figureRows';
import { makeSeedFigures, makeUniqueArticle } from '@/utils/testing/articleFactory';
import { seededRandom } from '@/utils/testing/seededRandom';
import { createCaptureStore, type CaptureStore } from '@/utils/store/captureStore';
import { parseSearchQuery } from '@/utils/store/search';
import { searchableText } from '@/utils/store/searchIndex';
import type { FigureRowsRecord } from '@/utils/store/figureRowRecords';
import { FIGURE_BUCKET } from '@/utils/store/figureBuckets';

const WORDS = ['河北', '廊坊', '投资', '项目', '雄安', '新区', '长城', '频道', '副中心', '大厂'];
const TAGS = ['待核实', '报告', '投资'];

async function randomLibrary(seed: number, count: number): Promise<CaptureStore> {
  const next = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('');
  const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: `paging-${seed}` });
  // Few distinct dates, so ties (same capture minute, same publication day) are common, and some undated.
  const captures = Array.from({ length: count }, () => ({
    ...makeUniqueArticle({
      title: words(2),
      text: words(12),
      publishedAt:
        next() < 0.85 ? `20${10 + Math.floor(next() * 4)}-0${1 + Math.floor(next() * 3)}-10T08:00:00+08:00` : null,
      figures: next() < 0.7 ? makeSeedFigures() : [],
    }),
    capturedAt: `2024-01-0${1 + Math.floor(next() * 5)}T00:00:00.000Z`,
    tags: next() < 0.4 ? [pick(TAGS)] : [],
    note: next() < 0.2 ? words(1) : '',
  }));
  // Several imports and single saves, so the index has chunks and pending texts both.
  await store.importCaptures(captures.slice(0, count - 10));
  for (const capture of captures.slice(count - 10)) await store.importCaptures([capture]);
  return store;
}

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((item) => item.id);
const toRows = (records: readonly FigureRowsRecord[]) =>
  records.flatMap((record) => rowsFromCores(record, record.rows));

describe('first screens by index', () => {
  it('the first N summaries by capture or publication date are the first N of the whole list', async () => {
    for (const seed of [1, 2]) {
      const store = await randomLibrary(seed, 120);
      for (const sort of ['capturedAt', 'publishedTime'] as const) {
        const all = await store.listSummaries({ sort, direction: 'desc' });
        const oldestFirst = await store.listSummaries({ sort, direction: 'asc' });
        expect(ids(all)).toEqual(ids(oldestFirst).reverse());
        for (const limit of [1, 2, 7, 60, all.length - 1, all.length, all.length + 5]) {
          const first = await store.listSummaries({ sort, direction: 'desc', limit });
          expect(ids(first), `${sort} ${limit}`).toEqual(ids(all).slice(0, limit));
          const asc = await store.listSummaries({ sort, direction: 'asc', limit });
          expect(ids(asc), `${sort} asc ${limit}`).toEqual(ids(oldestFirst).slice(0, limit));
        }
      }
      // And the list's own sorts agree with the indexes they are read through.
      const all = await store.listSummaries();
      expect(ids(sortSummaries(all, NO_FILTERS))).toEqual(ids(await store.listSummaries({ direction: 'desc' })));
      store.close();
    }
  });

  it('the 数字 table first screen is the first rows of every row sorted by publication date', async () => {
    for (const [seed, size] of [
      [3, 100],
      [4, 8],
    ]) {
      FIGURE_BUCKET.size = size; // small buckets: the first screen spans several
      const store = await randomLibrary(seed, 150);
      const everything = sortFigureRows(toRows(await store.listFigureRows()), 'publishedAt', 'desc');
      for (const captures of [1, 5, 20, 60]) {
        const { records, complete } = await store.firstFigureRows(captures);
        const first = toRows(records);
        expect(records.length).toBeGreaterThanOrEqual(captures);
        expect(complete).toBe(false);
        expect(
          first.map((row) => row.id),
          `${seed}: ${captures}`,
        ).toEqual(everything.slice(0, first.length).map((row) => row.id));
      }
      // More captures asked for than there are: every row, and said so (the tab reads nothing more).
      const whole = await store.firstFigureRows(1000);
      expect(whole.complete).toBe(true);
      expect(toRows(whole.records).map((row) => row.id)).toEqual(everything.map((row) => row.id));
      store.close();
    }
    FIGURE_BUCKET.size = 100;
  });
});

describe('search a page at a time', () => {
  /** Every match of the query that the filters accept, in the list's order (a full scan, no index). */
  async function expected(store: CaptureStore, query: string, filters: LibraryFilters): Promise<string[]> {
    const terms = parseSearchQuery(query);
    const library = await store.exportAll();
    const matching = new Set(
      library.filter((c) => terms.every((term) => searchableText(c).includes(term))).map((c) => c.id),
    );
    const summaries = (await store.listSummaries()).filter((summary) => matching.has(summary.id));
    return ids(sortSummaries(filterSummaries(summaries, filters), filters));
  }

  it('gives the first pages of every match in the list order, each match once, with filters combined', async () => {
    const store = await randomLibrary(5, 150);
    const cases: Array<[string, Partial<LibraryFilters>]> = [
      ['河北', {}],
      ['投资项目', { sort: 'publishedAt' }],
      ['副中心', { tag: '报告' }],
      ['廊坊', { sort: 'publishedAt', from: '2011-01-01', to: '2012-12-31', kind: 'money' }],
      ['长城 频道', { hasNote: true }],
      ['副中心大厂', { tag: '待核实', sort: 'publishedAt' }],
    ];
    for (const [query, partial] of cases) {
      const filters = { ...NO_FILTERS, ...partial };
      const accept = (summary: Parameters<typeof filterSummaries>[0][number]) =>
        filterSummaries([summary], filters).length === 1;
      const sort = filters.sort === 'relevance' ? 'relevance' : filters.sort;
      const want = await expected(store, query, filters);
      expect(want.length, query).toBeGreaterThan(0);
      for (const limit of [1, 5, 12, Infinity]) {
        const result = await store.search(query, { limit, accept, sort });
        expect(ids(result.hits.map((hit) => hit.summary)), `${query} ${limit}`).toEqual(want.slice(0, limit));
        if (result.exact) expect(result.total).toBe(want.length);
        else expect(result.total).toBeGreaterThanOrEqual(want.length);
      }
      // Page after page (as "show more" asks for them): every match once, none twice, in order.
      const seen: string[] = [];
      for (let page = 1; seen.length < want.length; page++) {
        const { hits } = await store.search(query, { limit: page * 7, accept, sort });
        const fresh = ids(hits.map((hit) => hit.summary)).slice(seen.length);
        expect(fresh.length, `${query}: page ${page} adds rows`).toBeGreaterThan(0);
        seen.push(...fresh);
      }
      expect(seen).toEqual(want);
    }
    store.close();
  });
});

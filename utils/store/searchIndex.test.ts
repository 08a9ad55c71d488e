import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSeedFigures, makeUniqueArticle } from '../testing/articleFactory';
import type { Capture } from '../types';
import { createCaptureStore, type CaptureStore } from './captureStore';
import { figureRowsRecord } from './figureRowRecords';
import { CHUNK_MARK } from './indexWrites';
import { DB_NAME, openCaptureDb } from './schema';
import { summarize } from './summary';
import { parseSearchQuery } from './search';
import {
  decodePostings,
  encodePostings,
  gramsOf,
  intersectPostings,
  mergePostings,
  searchableText,
  termGrams,
} from './searchIndex';
import { seededRandom } from '../testing/seededRandom';
import { searchStoresView } from '../testing/searchStores';

const WORDS = ['河北', '廊坊', '副中心', '大厂', '投资', '项目', '雄安', '新区', '2019', '5月', 'GDP', '长城', '频道'];

function story(next: () => number, length: number): string {
  return Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.3 ? '，' : '');
}

function randomArticle(next: () => number) {
  const year = 2015 + Math.floor(next() * 8);
  return makeUniqueArticle({
    title: story(next, 3),
    text: story(next, 20),
    keywords: [story(next, 1)],
    channel: ['长城网', next() < 0.5 ? '廊坊频道' : '石家庄频道'],
    publishedAt:
      next() < 0.8 ? `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}T08:00:00+08:00` : null,
    figures: next() < 0.5 ? makeSeedFigures() : [],
  });
}

/** The index as stored, read raw: per live capture, the grams the posting lists or its pending text give it. */
async function storedIndex(factory: IDBFactory): Promise<Map<string, string[]>> {
  const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
  const tx = db.transaction(['summaries', 'grams', 'pending']);
  const idOf = new Map((await tx.objectStore('summaries').getAll()).map((summary) => [summary.docNo, summary.id]));
  const grams = new Map<string, Set<string>>([...idOf.values()].map((id) => [id, new Set()]));
  let cursor = await tx.objectStore('grams').openCursor();
  while (cursor) {
    const gram = cursor.key.split(CHUNK_MARK)[0];
    for (const doc of decodePostings(cursor.value)) grams.get(idOf.get(doc) ?? '')?.add(gram);
    cursor = await cursor.continue();
  }
  const pending = tx.objectStore('pending');
  const [keys, texts] = await Promise.all([pending.getAllKeys(), pending.getAll()]);
  keys.forEach((doc, i) => {
    const id = idOf.get(doc);
    if (id) for (const gram of gramsOf(texts[i])) grams.get(id)?.add(gram);
  });
  db.close();
  return new Map([...grams].map(([id, set]) => [id, [...set].sort()]));
}

/** Summaries, figure rows and index against what a full scan of the captures gives. */
async function expectExact(store: CaptureStore, factory: IDBFactory, label: string) {
  const library = await store.exportAll();
  const byId = (a: { captureId: string }, b: { captureId: string }) => (a.captureId < b.captureId ? -1 : 1);
  expect((await store.listFigureRows()).sort(byId), label).toEqual(
    library.map((capture) => figureRowsRecord(capture)).sort(byId),
  );
  const summaries = await store.listSummaries();
  expect(summaries.map((summary) => summary.id).sort(), label).toEqual(library.map((capture) => capture.id).sort());
  for (const summary of summaries)
    expect(summary, label).toEqual(summarize(library.find((c) => c.id === summary.id)!, summary.docNo));
  const index = await storedIndex(factory);
  for (const capture of library)
    expect(index.get(capture.id), `${label}: ${capture.id}`).toEqual([...gramsOf(searchableText(capture))].sort());
  // v6: every live document's light text (folded: its searchable text; as written: its body) and order keys,
  // and nothing for a dead number.
  const { actual, expected } = await searchStoresView(factory);
  expect(actual, label).toEqual(expected);
}

/** The answer without any index: every term is a substring of the folded searchable text. */
function fullScan(captures: readonly Capture[], query: string): string[] {
  const terms = parseSearchQuery(query);
  return captures
    .filter((capture) => terms.every((term) => searchableText(capture).includes(term)))
    .map((capture) => capture.id)
    .sort();
}

describe('posting lists', () => {
  it('round-trip through delta varints, including large gaps', () => {
    const docs = [1, 2, 3, 130, 20_000, 2_000_000_000];
    expect(decodePostings(encodePostings(docs))).toEqual(docs);
    expect(encodePostings([1, 2, 3]).length).toBe(3);
    expect(decodePostings(undefined)).toEqual([]);
  });

  it('merge, remove and intersect', () => {
    expect(mergePostings([1, 5, 9], [3, 5], [9])).toEqual([1, 3, 5]);
    expect(
      intersectPostings([
        [1, 3, 5, 7],
        [3, 7, 9],
        [3, 7],
      ]),
    ).toEqual([3, 7]);
    expect(intersectPostings([])).toEqual([]);
  });

  it('grams never span whitespace; a term is looked up by its bigrams', () => {
    expect([...gramsOf('河北 省')].sort()).toEqual(['北', '河', '河北', '省'].sort());
    expect(termGrams('副中心')).toEqual(['副中', '中心']);
    expect(termGrams('河')).toEqual(['河']);
  });
});

describe('index kept exact by every write', () => {
  it('matches a full scan on random libraries after random add/update/delete/import', async () => {
    for (const seed of [1, 2, 3]) {
      const next = seededRandom(seed);
      const factory = new IDBFactory();
      // Small thresholds, so saves land in both the pending texts and the posting lists, and lists get rebuilt.
      const store = createCaptureStore({
        indexedDB: factory,
        channel: `test-${seed}`,
        pendingLimit: 3,
        rebuildDead: 4,
      });
      for (let step = 0; step < 40; step++) {
        const all = await store.exportAll();
        const pick = () => all[Math.floor(next() * all.length)];
        const roll = next();
        if (roll < 0.4 || all.length === 0) await store.saveArticle(randomArticle(next));
        else if (roll < 0.5) await store.updateCapture(pick().id, { addTags: [story(next, 1)], note: story(next, 2) });
        else if (roll < 0.55) {
          const target = pick();
          const figure = target.figures[Math.floor(next() * target.figures.length)];
          const edit = next() < 0.5 ? { hidden: true } : { corrected: { label: story(next, 1), value: next() } };
          if (figure)
            await store.updateCapture(target.id, { figureEdit: { key: `${figure.start}:${figure.end}`, ...edit } });
        } else if (roll < 0.65) await store.deleteCapture(pick().id);
        else if (roll < 0.75) {
          const again = pick();
          await store.saveArticle({ ...randomArticle(next), canonicalUrl: again.canonicalUrl, url: again.url });
        } else if (roll < 0.85) {
          const incoming = [randomArticle(next), randomArticle(next)].map((article) => ({
            ...article,
            capturedAt: '2024-01-01T00:00:00.000Z',
          }));
          await store.importCaptures([
            ...incoming,
            { ...pick(), note: 'imported', updatedAt: new Date().toISOString() },
          ]);
        } else if (roll < 0.9) await store.deleteCaptures([pick().id, pick().id]);
        else await store.restoreCapture({ ...pick(), title: story(next, 2) });
      }
      const library = await store.exportAll();
      const queries = [...WORDS, '廊坊频道', '2019年5月', '2019', '河', '副中心 投资', '不存在的词', 'gdp'];
      for (const query of queries) {
        const result = await store.search(query, { limit: Infinity });
        expect(result.hits.map((hit) => hit.summary.id).sort(), `seed ${seed}: ${query}`).toEqual(
          fullScan(library, query),
        );
        expect(result.exact).toBe(true);
      }
      await expectExact(store, factory, `seed ${seed}`);
      await store.mergeIndex();
      await expectExact(store, factory, `seed ${seed}, merged`);
      store.close();
    }
  });

  it('finds the publication date as people write it, the channel and the tags', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'dates' });
    const may = await store.saveArticle(
      makeUniqueArticle({ title: '甲', text: '正文', publishedAt: '2019-05-24T11:34:00+08:00', figures: [] }),
    );
    await store.saveArticle(
      makeUniqueArticle({ title: '乙', text: '正文', publishedAt: '2020-06-01T08:00:00+08:00', channel: [] }),
    );
    const ids = async (query: string) => (await store.search(query)).hits.map((hit) => hit.summary.id);
    expect(await ids('2019年5月')).toEqual([may.capture.id]);
    expect(await ids('2019')).toEqual([may.capture.id]);
    expect(await ids('2019-05-24')).toEqual([may.capture.id]);
    expect(await ids('廊坊频道')).toEqual([may.capture.id]);
    await store.updateCapture(may.capture.id, { addTags: ['待核实'] });
    expect(await ids('待核实')).toEqual([may.capture.id]);
    await store.updateCapture(may.capture.id, { removeTags: ['待核实'] });
    expect(await ids('待核实')).toEqual([]);
  });

  it('gives a snippet around a body match', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'snippet' });
    await store.saveArticle(
      makeUniqueArticle({ title: '标题', text: `${'前文'.repeat(40)}雄安新区${'后文'.repeat(40)}` }),
    );
    const [hit] = (await store.search('雄安新区')).hits;
    expect(hit.snippet).toMatch(/^…(前文)+雄安新区(后文)+…$/);
  });
});

describe('quota exceeded in the index', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a save or an import that fails on the index writes nothing at all', async () => {
    const store = createCaptureStore({ indexedDB: new IDBFactory(), channel: 'quota' });
    const { capture } = await store.saveArticle(makeUniqueArticle({ title: '原来的' }));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'grams' || this.name === 'pending')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as never);
    });
    await expect(store.saveArticle(makeUniqueArticle({ title: '甲乙丙丁' }))).rejects.toMatchObject({ code: 'quota' });
    await expect(store.importCaptures([makeUniqueArticle({ title: '导入的' })])).rejects.toMatchObject({
      code: 'quota',
    });
    vi.restoreAllMocks();
    expect(await store.exportAll()).toEqual([capture]);
    expect((await store.search('甲乙丙丁')).hits).toEqual([]);
    expect((await store.listSummaries()).map((summary) => summary.id)).toEqual([capture.id]);
  });
});

describe('two library tabs at once', () => {
  it('tags added in both are both kept, a deleted page stays deleted, and each tab hears the other', async () => {
    const factory = new IDBFactory();
    const tabA = createCaptureStore({ indexedDB: factory, channel: 'two-tabs' });
    const tabB = createCaptureStore({ indexedDB: factory, channel: 'two-tabs' });
    const heard: string[] = [];
    tabB.subscribe((change) => heard.push(change.kind));
    const { capture } = await tabA.saveArticle(makeUniqueArticle());
    const other = await tabA.saveArticle(makeUniqueArticle());
    await Promise.all([
      tabA.updateCapture(capture.id, { addTags: ['甲'] }),
      tabB.updateCapture(capture.id, { addTags: ['乙'] }),
      tabA.updateCapture(capture.id, { note: '笔记' }),
      tabB.deleteCapture(other.capture.id),
    ]);
    await expect(tabA.updateCapture(other.capture.id, { addTags: ['丙'] })).rejects.toMatchObject({
      code: 'not-found',
    });
    const stored = await tabB.getCapture(capture.id);
    expect(stored?.tags.sort()).toEqual(['乙', '甲']);
    expect(stored?.note).toBe('笔记');
    expect(await tabA.countCaptures()).toBe(1);
    expect((await tabB.search('甲')).hits.map((hit) => hit.summary.id)).toEqual([capture.id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toContain('save');
    expect(heard).toContain('update');
    tabA.close();
    tabB.close();
  });
});

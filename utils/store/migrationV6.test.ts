/**
 * v5 -> v6 on random libraries: a v5 database written through v5's own writes (imports into the posting lists,
 * saves left in `pending`, re-saves and deletes leaving dead numbers) gets, from the v6 step, a text record and
 * order keys for exactly its live documents; searches then agree with a full scan of the captures, in the list's
 * orders, both before the summaries are read (order blocks) and after.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { searchStoresView } from '../testing/searchStores';
import { seededRandom } from '../testing/seededRandom';
import type { Capture } from '../types';
import { createCaptureStore } from './captureStore';
import { writeCaptures, type CaptureWrite } from './indexWrites';
import { DB_NAME, openCaptureDb } from './schema';
import { parseSearchQuery } from './search';
import { searchableText } from './searchIndex';

const WORDS = ['河北', '廊坊', '副中心', '投资', '项目', '雄安', '新区', 'ＧＤＰ', '长城', '频道', '，'];

function randomCapture(next: () => number, i: number): Capture {
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join('');
  return makeCapture({
    ...makeUniqueArticle({
      title: words(3),
      text: words(25),
      publishedAt: next() < 0.8 ? '2019-05-24T08:00:00+08:00' : null,
    }),
    id: `id-${i}-${Math.floor(next() * 1e6)}`,
    // Few distinct times: ties, broken by id.
    capturedAt: `2024-01-0${1 + Math.floor(next() * 5)}T00:00:00.000Z`,
  });
}

async function writeV5Library(factory: IDBFactory, seed: number): Promise<void> {
  const next = seededRandom(seed);
  const open = () => openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME, {}, 5);
  let library: Capture[] = [];
  let made = 0;
  for (let step = 0; step < 12; step++) {
    const db = await open();
    const tx = db.transaction(['captures', 'summaries', 'grams', 'meta', 'pending', 'figrows'], 'readwrite');
    const writes: CaptureWrite[] = [];
    const roll = next();
    if (roll < 0.3)
      for (let i = 0; i < 60; i++) writes.push({ after: randomCapture(next, made++) }); // bulk
    else if (roll < 0.6 || library.length === 0) writes.push({ after: randomCapture(next, made++) });
    else if (roll < 0.8) {
      const before = library[Math.floor(next() * library.length)];
      writes.push({ before, after: { ...randomCapture(next, made++), id: before.id } });
    } else writes.push({ before: library[Math.floor(next() * library.length)] });
    await writeCaptures(tx as never, writes);
    await tx.done;
    for (const write of writes) {
      library = library.filter((capture) => capture.id !== (write.before ?? write.after)!.id);
      if (write.after) library.push(write.after);
    }
    db.close();
  }
}

describe('v5 -> v6 on random libraries', () => {
  it('text records and order keys for exactly the live documents; searches equal a full scan', async () => {
    for (const seed of [5, 6, 7]) {
      const factory = new IDBFactory();
      await writeV5Library(factory, seed);
      const store = createCaptureStore({ indexedDB: factory, channel: `v6-${seed}` });
      const library = await store.exportAll();
      const view = await searchStoresView(factory);
      expect(view.actual, `seed ${seed}`).toEqual(view.expected);
      const newest = (x: Capture, y: Capture) =>
        x.capturedAt < y.capturedAt ? 1 : x.capturedAt > y.capturedAt ? -1 : x.id < y.id ? 1 : -1;
      const queries = ['副中心', '河北廊坊', 'gdp', '雄安 项目', '2019年5月', '，投资', '不存在'];
      for (const warm of [false, true]) {
        if (warm) await store.listSummaries();
        for (const query of queries) {
          const terms = parseSearchQuery(query);
          const expected = library
            .filter((capture) => terms.every((term) => searchableText(capture).includes(term)))
            .sort(newest)
            .map((capture) => capture.id);
          const result = await store.search(query, { limit: Infinity, sort: 'capturedAt' });
          expect(
            result.hits.map((hit) => hit.summary.id),
            `seed ${seed} ${query} ${warm}`,
          ).toEqual(expected);
          expect(result.total).toBe(expected.length);
        }
      }
      store.close();
    }
  });
});

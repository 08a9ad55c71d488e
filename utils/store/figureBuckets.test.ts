/**
 * The grouped figure rows (figureBuckets.ts) against a full scan of the captures, on random libraries after
 * saves, re-captures (new dates), edits, figure corrections, deletes, imports and restores, with buckets small
 * enough to split and join all the time; and the v5 (v6) -> v7 upgrade that groups them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsFromCores, sortFigureRows } from '../export/figureRows';
import { makeCapture, makeSeedFigures, makeUniqueArticle } from '../testing/articleFactory';
import { seededRandom } from '../testing/seededRandom';
import type { Capture } from '../types';
import { createCaptureStore, type CaptureStore } from './captureStore';
import { compareKeys, FIGURE_BUCKET, LOWEST, tableKey, type FigureBucket, type Fence } from './figureBuckets';
import { packBucket, unpackBucket } from './figureBucketCodec';
import { figureRowsRecord, type FigureRowsRecord } from './figureRowRecords';
import { DB_NAME, openCaptureDb } from './schema';

const WORDS = ['河北', '廊坊', '投资', '项目', '雄安', '新区', '长城', '频道'];

afterEach(() => {
  FIGURE_BUCKET.size = 100;
});

function randomArticle(next: () => number) {
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join('');
  const roll = next();
  return makeUniqueArticle({
    title: words(2),
    text: words(12),
    // Few dates (ties), some undated, one unreadable.
    publishedAt:
      roll < 0.75
        ? `20${10 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 3)}-10T08:00:00+08:00`
        : roll < 0.95
          ? null
          : 'not a date',
    figures: next() < 0.8 ? makeSeedFigures() : [],
  });
}

/** The buckets as stored: fences ascending, none empty, each capture between its fence and the next. */
async function checkBuckets(factory: IDBFactory, label: string): Promise<void> {
  const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
  const tx = db.transaction('figbuckets');
  const [fences, buckets] = (await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])) as [
    Fence[],
    FigureBucket[],
  ];
  db.close();
  buckets.forEach((bucket, b) => {
    expect(bucket.entries.length, `${label}: bucket ${b} empty`).toBeGreaterThan(0);
    expect(bucket.entries.length, `${label}: bucket ${b} too big`).toBeLessThanOrEqual(2 * FIGURE_BUCKET.size);
    const keys = bucket.entries.map(tableKey);
    if (b === 0) expect(compareKeys(fences[0], keys[0]), label).toBeLessThanOrEqual(0);
    else expect(compareKeys(fences[b], LOWEST), label).toBeGreaterThan(0);
    keys.forEach((key, i) => {
      expect(compareKeys(fences[b], key), label).toBeLessThanOrEqual(0);
      if (i > 0) expect(compareKeys(keys[i - 1], key), label).toBeLessThan(0);
      if (b + 1 < fences.length) expect(compareKeys(key, fences[b + 1]), label).toBeLessThan(0);
    });
  });
}

/** The 数字 tab's records as a full scan makes them, in the table's first order (the table's own stable sort). */
function expectedRecords(library: readonly Capture[]): FigureRowsRecord[] {
  const newestCapturedFirst = [...library]
    .map((capture) => figureRowsRecord(capture))
    .sort((a, b) => compareKeys([b.capturedAt, b.captureId], [a.capturedAt, a.captureId]));
  const rows = sortFigureRows(
    newestCapturedFirst.flatMap((record) => rowsFromCores(record, record.rows)),
    'publishedAt',
    'desc',
  );
  // Captures without rows have no place in the table: order them by key, as the store does.
  const order = new Map<string, number>();
  for (const row of rows) if (!order.has(row.captureId)) order.set(row.captureId, order.size);
  const byKey = (a: FigureRowsRecord, b: FigureRowsRecord) => compareKeys(tableKey(b), tableKey(a));
  const sorted = [...newestCapturedFirst].sort(byKey);
  expect(sorted.filter((record) => order.has(record.captureId)).map((record) => record.captureId)).toEqual([
    ...order.keys(),
  ]);
  return sorted;
}

async function expectExact(store: CaptureStore, factory: IDBFactory, label: string) {
  const expected = expectedRecords(await store.exportAll());
  expect(await store.listFigureRows(), label).toEqual(expected);
  for (const captures of [1, 3, 10]) {
    const first = await store.firstFigureRows(captures);
    expect(first.records, `${label}: first ${captures}`).toEqual(expected.slice(0, first.records.length));
    expect(first.records.length).toBeGreaterThanOrEqual(Math.min(captures, expected.length));
    if (first.complete) expect(first.records).toHaveLength(expected.length);
  }
  await checkBuckets(factory, label);
}

describe('figure-row buckets', () => {
  it('pack and unpack every field of every row, whatever keys the figures have', () => {
    const capture = makeCapture({ id: 'odd', figures: makeSeedFigures(), tags: ['甲'] });
    const record = figureRowsRecord(capture);
    const odd = {
      ...record,
      captureId: 'odd-2',
      rows: record.rows.map((row, i) => ({
        ...row,
        figure: {
          ...row.figure,
          ...(i === 0 ? { max: 5, measure: '个', date: undefined, future: { kept: [1] } } : {}),
        },
      })),
    };
    const bucket = structuredClone(packBucket([record, odd, { ...record, captureId: 'none', rows: [] }]));
    const back = unpackBucket(bucket);
    expect(back).toEqual([record, odd, { ...record, captureId: 'none', rows: [] }]);
    expect(Object.keys(back[1].rows[0].figure)).toEqual(Object.keys(odd.rows[0].figure));
    // Each distinct key list once: the seed figures' own, and the odd row's.
    const shapes = new Set(record.rows.map((row) => Object.keys(row.figure).join()));
    expect(bucket.shapes).toHaveLength(shapes.size + 1);
  });

  it('match a full scan after random saves, re-captures, edits, deletes, imports and restores', async () => {
    for (const [seed, size] of [
      [1, 3],
      [2, 4],
      [3, 7],
    ]) {
      FIGURE_BUCKET.size = size;
      const next = seededRandom(seed);
      const factory = new IDBFactory();
      const store = createCaptureStore({ indexedDB: factory, channel: `buckets-${seed}`, pendingLimit: 4 });
      for (let step = 0; step < 70; step++) {
        const all = await store.exportAll();
        const pick = () => all[Math.floor(next() * all.length)];
        const roll = next();
        if (roll < 0.3 || all.length < 3) await store.saveArticle(randomArticle(next));
        else if (roll < 0.4) await store.updateCapture(pick().id, { addTags: ['待核实'], note: '改' });
        else if (roll < 0.47) {
          const target = pick();
          const figure = target.figures[Math.floor(next() * target.figures.length)];
          const edit = next() < 0.5 ? { hidden: true } : { corrected: { label: '总投资', value: next() } };
          if (figure)
            await store.updateCapture(target.id, { figureEdit: { key: `${figure.start}:${figure.end}`, ...edit } });
        } else if (roll < 0.57) await store.deleteCapture(pick().id);
        else if (roll < 0.67) {
          // Re-captured: a new publication date moves it to another bucket.
          const again = pick();
          await store.saveArticle({ ...randomArticle(next), canonicalUrl: again.canonicalUrl, url: again.url });
        } else if (roll < 0.77) {
          // Many at once: a bucket grows past twice its size and splits into several.
          const incoming = Array.from({ length: 1 + Math.floor(next() * 25) }, () => randomArticle(next));
          await store.importCaptures([
            ...incoming,
            { ...pick(), note: 'imported', updatedAt: new Date().toISOString() },
          ]);
        } else if (roll < 0.87) await store.deleteCaptures(all.filter(() => next() < 0.3).map((c) => c.id));
        else if (roll < 0.93) await store.restoreCapture({ ...pick(), title: '恢复', publishedAt: null });
        else await store.mergeIndex();
        if (step % 10 === 9) await expectExact(store, factory, `seed ${seed}, step ${step}`);
      }
      await expectExact(store, factory, `seed ${seed}`);
      await store.importCaptures((await store.exportAll()).slice(0, 5), { mode: 'replace' });
      await expectExact(store, factory, `seed ${seed}, replaced`);
      await store.clearAll();
      expect(await store.listFigureRows()).toEqual([]);
      expect(await store.firstFigureRows(10)).toEqual({ records: [], complete: true });
      store.close();
    }
  });
});

describe('schema 5 -> 7 (through the v6 step)', () => {
  it('groups every capture’s rows: a missing record is made, a stray one dropped, figrows goes', async () => {
    FIGURE_BUCKET.size = 10;
    const factory = new IDBFactory();
    const next = seededRandom(5);
    const captures = Array.from({ length: 95 }, (_, i) =>
      makeCapture({
        ...randomArticle(next),
        id: `v5-${String(i).padStart(3, '0')}`,
        capturedAt: `2024-03-0${1 + (i % 3)}T08:00:00.000Z`,
      }),
    );
    const v5 = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME, {}, 5);
    // As the v5 build stored them: its import wrote the captures and their figrows records.
    const tx = v5.transaction(['captures', 'figrows'] as never, 'readwrite');
    for (const capture of captures) {
      await tx.objectStore('captures' as never).put(capture as never);
      await tx.objectStore('figrows' as never).put(figureRowsRecord(capture) as never);
    }
    await tx.objectStore('figrows' as never).delete(captures[0].id as never);
    await tx.objectStore('figrows' as never).put({ ...figureRowsRecord(captures[1]), captureId: 'gone' } as never);
    await tx.done;
    v5.close();

    const store = createCaptureStore({ indexedDB: factory, channel: 'v5-v7' });
    expect(await store.listFigureRows()).toEqual(expectedRecords(captures));
    await checkBuckets(factory, 'upgraded');
    const db = await openCaptureDb(factory as unknown as globalThis.IDBFactory, DB_NAME);
    expect([...db.objectStoreNames]).not.toContain('figrows');
    expect(await db.count('figbuckets')).toBe(10);
    db.close();
    // And kept exact by the writes after it.
    await store.deleteCaptures(captures.slice(0, 40).map((capture) => capture.id));
    await store.saveArticle(randomArticle(next));
    await expectExact(store, factory, 'after the upgrade');
    store.close();
  });
});

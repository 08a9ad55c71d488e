/**
 * Capture writes that keep the summaries and the search index exact: every put or delete of a capture
 * goes through writeCaptures, inside the caller's transaction, so the record, its summary and its
 * postings commit or fail together (a quota error leaves nothing half-written).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Capture } from '../types';
import type { CaptureDbSchema } from './dbSchema';
import { CAPTURES, GRAMS, META, SUMMARIES } from './names';
import { decodePostings, encodePostings, gramsOf, mergePostings, searchableText } from './searchIndex';
import { summarize, type CaptureSummary } from './summary';

/** Any transaction that spans the write stores: a readwrite one, or the upgrade's. */
export type WriteTx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], 'readwrite'>;

/** One change: a capture put (`after`) over what was stored under its id (`before`), or a delete (no `after`). */
export interface CaptureWrite {
  before?: Capture;
  after?: Capture;
  /** add() instead of put(): an id clash fails loudly instead of overwriting another page. */
  add?: boolean;
  /** The capture is stored already (a rebuild): write only its summary and postings. */
  indexOnly?: boolean;
}

const NEXT_DOC = 'nextDocNo';
const GENERATION = 'generation';

/** Applies the writes; returns the summaries written (deletes give none) and the new generation. */
export async function writeCaptures(
  tx: WriteTx,
  writes: readonly CaptureWrite[],
): Promise<{ summaries: CaptureSummary[]; generation: number }> {
  const captures = tx.objectStore(CAPTURES);
  const summaries = tx.objectStore(SUMMARIES);
  const meta = tx.objectStore(META);
  let nextDoc = (await meta.get(NEXT_DOC)) ?? 1;
  const adds = new Map<string, number[]>();
  const removes = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, gram: string, doc: number) => {
    const list = map.get(gram);
    if (list) list.push(doc);
    else map.set(gram, [doc]);
  };
  const written: CaptureSummary[] = [];
  const pending: Promise<unknown>[] = [];

  for (const write of writes) {
    const { before, after } = write;
    const previous = before ? await summaries.get(before.id) : undefined;
    const sameDoc = previous && after && after.id === before?.id;
    const oldGrams = before && previous ? gramsOf(searchableText(before)) : new Set<string>();
    if (before && previous && !sameDoc) {
      pending.push(captures.delete(before.id), summaries.delete(before.id));
    }
    if (!after) {
      if (before && !previous) pending.push(captures.delete(before.id));
      for (const gram of oldGrams) note(removes, gram, previous?.docNo ?? -1);
      continue;
    }
    const docNo = sameDoc ? previous.docNo : nextDoc++;
    const newGrams = gramsOf(searchableText(after));
    if (sameDoc) {
      for (const gram of oldGrams) if (!newGrams.has(gram)) note(removes, gram, docNo);
      for (const gram of newGrams) if (!oldGrams.has(gram)) note(adds, gram, docNo);
    } else {
      for (const gram of oldGrams) note(removes, gram, previous?.docNo ?? -1);
      for (const gram of newGrams) note(adds, gram, docNo);
    }
    const summary = summarize(after, docNo);
    written.push(summary);
    pending.push(summaries.put(summary));
    if (!write.indexOnly) pending.push(write.add ? captures.add(after) : captures.put(after));
  }

  const grams = tx.objectStore(GRAMS);
  const touched = [...new Set([...adds.keys(), ...removes.keys()])];
  const lists = await Promise.all(touched.map((gram) => grams.get(gram)));
  touched.forEach((gram, i) => {
    const merged = mergePostings(decodePostings(lists[i]), adds.get(gram) ?? [], removes.get(gram) ?? []);
    pending.push(merged.length ? grams.put(encodePostings(merged), gram) : grams.delete(gram));
  });
  const generation = ((await meta.get(GENERATION)) ?? 0) + 1;
  pending.push(meta.put(nextDoc, NEXT_DOC), meta.put(generation, GENERATION));
  await Promise.all(pending);
  return { summaries: written, generation };
}

export async function readGeneration(tx: { objectStore(name: typeof META): { get(key: string): Promise<unknown> } }) {
  return ((await tx.objectStore(META).get(GENERATION)) as number | undefined) ?? 0;
}

/** Tells other pages' caches that the library changed (writeCaptures does this itself). */
export async function bumpGeneration(tx: WriteTx): Promise<void> {
  const meta = tx.objectStore(META);
  await meta.put(((await meta.get(GENERATION)) ?? 0) + 1, GENERATION);
}

/** Empties the summaries and the index (for a replace-import or a rebuild); document numbers keep counting. */
export async function clearIndex(tx: WriteTx): Promise<void> {
  await Promise.all([tx.objectStore(SUMMARIES).clear(), tx.objectStore(GRAMS).clear()]);
}

/** Summaries and index made again from every stored capture (the v3 upgrade; repairs). */
export async function rebuildIndex(tx: WriteTx, batch = 500): Promise<void> {
  await clearIndex(tx);
  const all = await tx.objectStore(CAPTURES).getAll();
  for (let i = 0; i < all.length; i += batch) {
    await writeCaptures(
      tx,
      all.slice(i, i + batch).map((capture) => ({ after: capture, indexOnly: true })),
    );
  }
}

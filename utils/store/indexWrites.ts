/**
 * Capture writes that keep the summaries, the figure rows and the search index exact: every put or delete
 * of a capture goes through writeCaptures, inside the caller's transaction, so the record, its summary,
 * its figure rows and its index entries (posting lists or pending text, v6's light text and order keys)
 * commit or fail together (a quota error leaves nothing half-written).
 *
 * Cheap saves (v5): a capture whose searchable text changed gets a new document number and one `pending`
 * record (its folded text) instead of ~2,000 posting-list writes; its old number simply drops out (search
 * keeps only numbers that have a summary). mergePending moves the pending texts into `grams` once there are
 * PENDING_LIMIT of them, in one transaction, dropping dead numbers from every list it touches. Bulk writes
 * (import, rebuild) go straight into `grams`, batched so each list is read and written once per batch.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Capture } from '../types';
import type { CaptureDbSchema } from './dbSchema';
import { applyOrderChanges, docTextRecord, type OrderChanges, refOf } from './docStores';
import { bucketsOf, createBucketWriter, keyFieldsOf } from './figureBuckets';
import { figureRowsRecord, listedOf } from './figureRowRecords';
import { CAPTURES, DOCORDER, FIGBUCKETS, FIGROWS, GRAMS, META, PENDING, SUMMARIES, TEXTS } from './names';
import { encodePostings, gramsOf, searchableText } from './searchIndex';
import { summarize, type CaptureSummary } from './summary';

/** Any transaction that spans the write stores: a readwrite one, or the upgrade's. */
export type WriteTx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], 'readwrite'>;

/** One change: a capture put (`after`) over what was stored under its id (`before`), or a delete (no `after`). */
export interface CaptureWrite {
  before?: Capture;
  after?: Capture;
  /** add() instead of put(): an id clash fails loudly instead of overwriting another page. */
  add?: boolean;
  /** The capture is stored already (a rebuild): write only its summary, rows and postings. */
  indexOnly?: boolean;
}

/** Unmerged captures that trigger a merge into the posting lists (search scans at most this many texts). */
export const PENDING_LIMIT = 200;
/** From this many writes in one call, texts go straight into the posting lists (an import, a rebuild). */
export const BULK_WRITES = 50;

const NEXT_DOC = 'nextDocNo';
const GENERATION = 'generation';
/** Document numbers that died (deleted, or re-indexed under a new number) since the lists were last rebuilt. */
const DEAD = 'deadDocs';
/** A merge rebuilds the posting lists once this many (and more than the live ones) are dead. */
export const REBUILD_DEAD = 5_000;

export interface WriteResult {
  summaries: CaptureSummary[];
  generation: number;
  /** Captures waiting to be merged into the posting lists after this write. */
  pending: number;
}

function hasStore(tx: WriteTx, name: string): boolean {
  return (tx.objectStoreNames as unknown as DOMStringList).contains(name);
}

/** Applies the writes; returns the summaries written (deletes give none) and the new generation. */
export async function writeCaptures(
  tx: WriteTx,
  writes: readonly CaptureWrite[],
  options: { bulk?: boolean } = {},
): Promise<WriteResult> {
  const captures = tx.objectStore(CAPTURES);
  const summaries = tx.objectStore(SUMMARIES);
  const meta = tx.objectStore(META);
  // A v4 upgrade step runs before v5's stores exist: then everything goes to `grams`, and v5 adds the rows.
  const v5 = hasStore(tx, PENDING);
  // v6's light texts and order blocks, kept beside the summaries (before v6 its step writes them all).
  const v6 = hasStore(tx, TEXTS);
  const order: OrderChanges = new Map();
  // v7: the figure rows in buckets (figureBuckets.ts); before v7's step (an upgrade) there are none to keep.
  const buckets = hasStore(tx, FIGBUCKETS) ? createBucketWriter(tx.objectStore(FIGBUCKETS) as never) : null;
  const bulk = !v5 || options.bulk === true || writes.length >= BULK_WRITES;
  let nextDoc = (await meta.get(NEXT_DOC)) ?? 1;
  let died = 0;
  const fresh: Array<[number, string]> = [];
  const written: CaptureSummary[] = [];
  const pending: Promise<unknown>[] = [];
  // Observed at once: a request that throws mid-loop (quota) aborts the others, which then reject unread.
  pending.push = (...requests: Promise<unknown>[]) => {
    for (const request of requests) request.catch(() => undefined);
    return Array.prototype.push.apply(pending, requests);
  };
  const dropDoc = (docNo: number) => {
    pending.push(tx.objectStore(TEXTS).delete(docNo));
    order.set(docNo, null);
  };
  const forget = (id: string, docNo: number | undefined) => {
    pending.push(summaries.delete(id));
    if (v5 && docNo !== undefined) pending.push(tx.objectStore(PENDING).delete(docNo));
    if (v6 && docNo !== undefined) dropDoc(docNo);
  };

  for (const write of writes) {
    const { before, after } = write;
    const previous = before ? await summaries.get(before.id) : undefined;
    const sameDoc = !!previous && !!after && after.id === before?.id;
    if (before) await buckets?.remove(keyFieldsOf(before));
    if (before && !sameDoc) {
      pending.push(captures.delete(before.id));
      forget(before.id, previous?.docNo);
      if (previous) died++;
    }
    if (!after) continue;
    const text = searchableText(after);
    // Same number only for the same texts: searchable (the posting lists) and body as written (search's text cache).
    const unchanged = sameDoc && previous && before?.text === after.text && searchableText(before!) === text;
    const docNo = unchanged ? previous.docNo : nextDoc++;
    if (!unchanged) {
      if (sameDoc) died++;
      if (sameDoc && v5) pending.push(tx.objectStore(PENDING).delete(previous!.docNo));
      if (sameDoc && v6) dropDoc(previous!.docNo);
      if (v6) pending.push(tx.objectStore(TEXTS).put(docTextRecord(after), docNo));
      if (bulk) fresh.push([docNo, text]);
      else pending.push(tx.objectStore(PENDING).put(text, docNo));
    }
    const listed = listedOf(after);
    const summary = summarize(after, docNo, listed);
    written.push(summary);
    pending.push(summaries.put(summary));
    if (v6) order.set(docNo, refOf(summary));
    await buckets?.add(figureRowsRecord(after, listed));
    if (!write.indexOnly) pending.push(write.add ? captures.add(after) : captures.put(after));
  }
  if (buckets) pending.push(buckets.flush());
  if (fresh.length) pending.push(addPostings(tx, fresh));
  if (order.size) pending.push(applyOrderChanges(tx.objectStore(DOCORDER), order));
  const generation = ((await meta.get(GENERATION)) ?? 0) + 1;
  pending.push(meta.put(nextDoc, NEXT_DOC), meta.put(generation, GENERATION));
  if (died) pending.push(meta.put(((await meta.get(DEAD)) ?? 0) + died, DEAD));
  await Promise.all(pending);
  const waiting = v5 && !bulk ? await tx.objectStore(PENDING).count() : 0;
  return { summaries: written, generation, pending: waiting };
}

/**
 * Adds documents to the posting lists without reading them: each gram gets one new chunk, keyed
 * `gram + CHUNK_MARK + first document number`, beside the gram's older chunks (search reads a gram's key
 * range, see gramRange). So an import or a merge writes each gram once and reads nothing.
 */
async function addPostings(tx: WriteTx, docs: ReadonlyArray<[number, string]>): Promise<void> {
  const adds = new Map<string, number[]>();
  for (const [docNo, text] of docs) {
    for (const gram of gramsOf(text)) {
      const list = adds.get(gram);
      if (list) list.push(docNo);
      else adds.set(gram, [docNo]);
    }
  }
  const grams = tx.objectStore(GRAMS);
  const chunk =
    CHUNK_MARK +
    Math.min(...docs.map(([docNo]) => docNo))
      .toString(36)
      .padStart(8, '0');
  const writes: Promise<unknown>[] = [];
  for (const [gram, list] of adds) writes.push(grams.put(encodePostings(list.sort((a, b) => a - b)), gram + chunk));
  await Promise.all(writes);
}

/** Separates a gram from its chunk number in a `grams` key (v4 wrote one record per gram, keyed by the gram). */
export const CHUNK_MARK = '\u0000';

/** Every key of one gram: the v4 record (the gram itself) and its chunks. */
export function gramRange(gram: string): IDBKeyRange {
  return IDBKeyRange.bound(gram, `${gram}${CHUNK_MARK}\uffff`);
}

/** Moves every pending text into the posting lists; returns how many were merged. */
export async function mergePending(tx: WriteTx, rebuildDead = REBUILD_DEAD): Promise<number> {
  const store = tx.objectStore(PENDING);
  const [keys, texts] = await Promise.all([store.getAllKeys(), store.getAll()]);
  if (keys.length === 0) return 0;
  const live = new Set((await tx.objectStore(SUMMARIES).getAll()).map((summary) => summary.docNo));
  const dead = (await tx.objectStore(META).get(DEAD)) ?? 0;
  if (dead > Math.max(rebuildDead, live.size)) {
    // Dead numbers are only skipped by search, never removed from old chunks: now and then, start afresh.
    await rebuildIndex(tx);
    await tx.objectStore(META).put(0, DEAD);
    return keys.length;
  }
  const docs = keys.map((key, i): [number, string] => [key, texts[i]]).filter(([docNo]) => live.has(docNo));
  if (docs.length) await addPostings(tx, docs);
  await store.clear();
  await bumpGeneration(tx);
  return keys.length;
}

export async function readGeneration(tx: { objectStore(name: typeof META): { get(key: string): Promise<unknown> } }) {
  return ((await tx.objectStore(META).get(GENERATION)) as number | undefined) ?? 0;
}

/** Tells other pages' caches that the library changed (writeCaptures does this itself). */
export async function bumpGeneration(tx: WriteTx): Promise<void> {
  const meta = tx.objectStore(META);
  await meta.put(((await meta.get(GENERATION)) ?? 0) + 1, GENERATION);
}

/** Empties the summaries, figure rows and the index (a replace-import, a rebuild); numbers keep counting. */
export async function clearIndex(tx: WriteTx): Promise<void> {
  const stores = [
    SUMMARIES,
    GRAMS,
    ...[PENDING, TEXTS, DOCORDER, FIGBUCKETS].filter((name) => hasStore(tx, name)),
  ] as const;
  await Promise.all(stores.map((name) => tx.objectStore(name as typeof SUMMARIES).clear()));
}

/** Summaries, figure rows and index made again from every stored capture (the v4 upgrade; repairs). */
export async function rebuildIndex(tx: WriteTx, batch = 2000): Promise<void> {
  await clearIndex(tx);
  const all = await tx.objectStore(CAPTURES).getAll();
  for (let i = 0; i < all.length; i += batch) {
    await writeCaptures(
      tx,
      all.slice(i, i + batch).map((capture) => ({ after: capture, indexOnly: true })),
      { bulk: true },
    );
  }
}

/** v5's step: every capture's figure rows, and its summary again (figureCount now counts the panel's rows). */
export async function addFigureRows(tx: WriteTx): Promise<void> {
  const summaries = tx.objectStore(SUMMARIES);
  const rows = tx.objectStore(FIGROWS);
  const byId = new Map((await summaries.getAll()).map((summary) => [summary.id, summary.docNo]));
  const writes: Promise<unknown>[] = [];
  let cursor = await tx.objectStore(CAPTURES).openCursor();
  while (cursor) {
    const capture = cursor.value;
    const docNo = byId.get(capture.id);
    const listed = listedOf(capture);
    if (docNo !== undefined) writes.push(summaries.put(summarize(capture, docNo, listed)));
    writes.push(rows.put(figureRowsRecord(capture, listed)));
    cursor = await cursor.continue();
  }
  await Promise.all(writes);
  await bumpGeneration(tx);
}

/** v6's step: every live document's text record and order keys, from the stored captures and summaries. */
export async function buildDocStores(tx: WriteTx): Promise<void> {
  const summaries = await tx.objectStore(SUMMARIES).getAll();
  const docOf = new Map(summaries.map((summary) => [summary.id, summary.docNo]));
  const texts = tx.objectStore(TEXTS);
  const writes: Promise<unknown>[] = [];
  let cursor = await tx.objectStore(CAPTURES).openCursor();
  while (cursor) {
    const docNo = docOf.get(cursor.value.id);
    if (docNo !== undefined) writes.push(texts.put(docTextRecord(cursor.value), docNo));
    cursor = await cursor.continue();
  }
  writes.push(
    applyOrderChanges(tx.objectStore(DOCORDER), new Map(summaries.map((summary) => [summary.docNo, refOf(summary)]))),
  );
  await Promise.all(writes);
}

/**
 * v7's step: the figure rows of v5's per-capture records grouped into buckets (figureBuckets.ts); a capture
 * without a record gets one from its fields, a record without a capture is left out. The caller drops `figrows`.
 */
export async function groupFigureRows(tx: WriteTx): Promise<void> {
  const captures = tx.objectStore(CAPTURES);
  const [ids, records] = await Promise.all([captures.getAllKeys(), tx.objectStore(FIGROWS).getAll()]);
  const live = new Set(ids);
  const kept = records.filter((record) => live.has(record.captureId));
  const have = new Set(kept.map((record) => record.captureId));
  for (const id of ids) {
    const capture = have.has(id) ? undefined : await captures.get(id);
    if (capture) kept.push(figureRowsRecord(capture));
  }
  const store = tx.objectStore(FIGBUCKETS);
  await Promise.all(bucketsOf(kept).map(([fence, bucket]) => store.put(bucket, fence as never)));
}

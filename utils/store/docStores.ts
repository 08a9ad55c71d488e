/**
 * The search's two light per-document stores (v6), written with the capture in every write (indexWrites.ts):
 *
 * - `texts`: document number -> the capture's searchable fields and its body, as written. Checking a term the
 *   grams cannot prove, and cutting a snippet, read this (~6 kB of text) instead of the whole capture (its body
 *   HTML and figures besides: ~15 kB and hundreds of objects to decode). Folded on read it is exactly
 *   searchableText(capture), so what a search finds cannot differ from a scan of the captures.
 * - `docorder`: the order keys (captured at, id, publication time) of every live document, 128 document numbers
 *   a record. A search in the list's order needs every candidate's keys; until the page has read its 10,000
 *   summaries (1-2 s after it opens) it takes them from these ~80 records (one request, ~1 MB) instead of waiting.
 */
import type { Capture } from '../types';
import { foldFree, producerKinds } from './foldFree';
import { foldForSearch } from './search';
import { metaSearchText } from './searchIndex';
import type { CaptureSummary } from './summary';

/**
 * What a search reads of a document: its searchable fields and body as written, and (folded once, when a term
 * needs it) its folded searchable text, exactly searchableText(capture). `has` answers plain terms (Chinese
 * words, digits) on the text as written when folding cannot change the answer (foldFree.ts).
 */
export class DocText {
  #folded: string | undefined;
  #kinds: number | undefined;

  /** `meta`: metaSearchText(capture); `text`: the body as written. */
  constructor(
    readonly meta: string,
    readonly text: string,
  ) {}

  /** The folded searchable text (title and metadata, then the body): what the index was made from. */
  get searchable(): string {
    this.#folded ??= foldForSearch(`${this.meta}\n${this.text}`);
    return this.#folded;
  }

  /** The kinds of characters (foldFree.ts) that fold into ideographs or digits somewhere in the document. */
  get producers(): number {
    this.#kinds ??= producerKinds(this.meta) | producerKinds(this.text);
    return this.#kinds;
  }

  /** Whether the folded searchable text contains the folded term (terms hold no line break). */
  has(term: string): boolean {
    if (foldFree(term, this.producers)) return this.meta.includes(term) || this.text.includes(term);
    return this.searchable.includes(term);
  }
}

export interface DocTextRecord {
  /** metaSearchText(capture): title and metadata, one per line, as written. */
  meta: string;
  /** The body as written (the snippet is cut from it). */
  text: string;
}

export function docTextRecord(capture: Capture): DocTextRecord {
  return { meta: metaSearchText(capture), text: capture.text ?? '' };
}

/** What the search reads of a document: its text record, folded on demand exactly as searchableText(capture). */
export function docTextOf(record: DocTextRecord): DocText {
  return new DocText(record.meta, record.text);
}

/** The same for a capture read whole (a document without a text record; tests' fakes). */
export function docTextOfCapture(capture: Capture): DocText {
  return docTextOf(docTextRecord(capture));
}

/** One document's place in the list's orders (the fields of its summary that the sorts compare). */
export interface DocRef {
  docNo: number;
  id: string;
  capturedAt: string;
  publishedTime?: number;
}

/** The order keys of the live documents numbered 128·k to 128·k + 127 (store `docorder`, key k), column-wise. */
export interface DocOrderBlock {
  docNo: number[];
  id: string[];
  capturedAt: string[];
  publishedTime: Array<number | null>;
}

const BLOCK = 128;

export const refOf = (summary: CaptureSummary): DocRef => ({
  docNo: summary.docNo,
  id: summary.id,
  capturedAt: summary.capturedAt,
  ...(summary.publishedTime === undefined ? {} : { publishedTime: summary.publishedTime }),
});

export function refsOfBlock(block: DocOrderBlock | undefined): DocRef[] {
  if (!block) return [];
  return block.docNo.map((docNo, i) => {
    const time = block.publishedTime[i];
    const ref: DocRef = { docNo, id: block.id[i], capturedAt: block.capturedAt[i] };
    if (time !== null) ref.publishedTime = time;
    return ref;
  });
}

function blockOf(refs: readonly DocRef[]): DocOrderBlock {
  const sorted = [...refs].sort((a, b) => a.docNo - b.docNo);
  return {
    docNo: sorted.map((ref) => ref.docNo),
    id: sorted.map((ref) => ref.id),
    capturedAt: sorted.map((ref) => ref.capturedAt),
    publishedTime: sorted.map((ref) => ref.publishedTime ?? null),
  };
}

/** A write's changes to the order blocks: document number -> its keys now, or null (no longer live). */
export type OrderChanges = Map<number, DocRef | null>;

interface BlockStore {
  get(key: number): Promise<DocOrderBlock | undefined>;
  put(value: DocOrderBlock, key: number): Promise<unknown>;
  delete(key: number): Promise<unknown>;
}

/** Applies the changes, reading and writing each touched block once (an import of 1,000: about 10 blocks). */
export async function applyOrderChanges(store: BlockStore, changes: OrderChanges): Promise<void> {
  const byBlock = new Map<number, Array<[number, DocRef | null]>>();
  for (const change of changes) {
    const block = Math.floor(change[0] / BLOCK);
    const list = byBlock.get(block);
    if (list) list.push(change);
    else byBlock.set(block, [change]);
  }
  await Promise.all(
    [...byBlock].map(async ([block, list]) => {
      const entries = new Map(refsOfBlock(await store.get(block)).map((ref) => [ref.docNo, ref]));
      for (const [docNo, ref] of list) {
        if (ref) entries.set(docNo, ref);
        else entries.delete(docNo);
      }
      await (entries.size ? store.put(blockOf([...entries.values()]), block) : store.delete(block));
    }),
  );
}

/** Every live document's order keys. */
export async function readDocOrder(store: { getAll(): Promise<DocOrderBlock[]> }): Promise<DocRef[]> {
  return (await store.getAll()).flatMap(refsOfBlock);
}

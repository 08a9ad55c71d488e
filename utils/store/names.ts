/** Names of the database and its object stores (see schema.ts for what each holds and when it came). */
export const DB_NAME = 'changcheng-reader';
export const CAPTURES = 'captures';
/** v3: offline copies of articles' pictures, keyed by [captureId, src] (pictureStore.ts). */
export const PICTURES = 'pictures';
/** v4: one light record per capture, same id (the list and filters read only these). */
export const SUMMARIES = 'summaries';
/** v4: the search index: gram -> posting list of document numbers (see searchIndex.ts). */
export const GRAMS = 'grams';
/** v4: counters: the next document number and the write generation (bumped by every write). */
export const META = 'meta';
/**
 * v5: captures written since the index was last merged: document number -> folded searchable text.
 * A save writes one record here instead of ~2,000 posting lists; search scans these few texts directly,
 * and a merge moves them into `grams` once there are PENDING_LIMIT of them (indexWrites.ts).
 */
export const PENDING = 'pending';
/** v5, v6: the 数字 tab's light rows, one record per capture (captureId); v7 grouped them into `figbuckets`. */
export const FIGROWS = 'figrows';
/**
 * v6: the search's light text per document number: the searchable fields and the body as written, so checking a
 * term or cutting a snippet reads a few kB, not the whole capture (HTML, figures) (docStores.ts).
 */
export const TEXTS = 'texts';
/** v6: every live document's order keys (captured, id, published), 128 document numbers a record (docStores.ts). */
export const DOCORDER = 'docorder';

/** v7: the 数字 tab's rows, about 100 captures a record, in the table's first order (figureBuckets.ts). */
export const FIGBUCKETS = 'figbuckets';
/** The stores every capture write touches, in one transaction. */
export const WRITE_STORES = [CAPTURES, SUMMARIES, GRAMS, META, PENDING, TEXTS, DOCORDER, FIGBUCKETS] as const;

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
/** v5: the 数字 tab's light rows, one record per capture (captureId) holding its shown figures' rows. */
export const FIGROWS = 'figrows';
/** The stores every capture write touches, in one transaction. */
export const WRITE_STORES = [CAPTURES, SUMMARIES, GRAMS, META, PENDING, FIGROWS] as const;

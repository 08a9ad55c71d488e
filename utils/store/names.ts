/** Names of the database and its object stores (see schema.ts for what each holds and when it came). */
export const DB_NAME = 'changcheng-reader';
export const CAPTURES = 'captures';
/** v3: one light record per capture, same id (the list and filters read only these). */
export const SUMMARIES = 'summaries';
/** v3: the search index: gram -> posting list of document numbers (see searchIndex.ts). */
export const GRAMS = 'grams';
/** v3: counters: the next document number and the write generation (bumped by every write). */
export const META = 'meta';
/** The stores every capture write touches, in one transaction. */
export const WRITE_STORES = [CAPTURES, SUMMARIES, GRAMS, META] as const;

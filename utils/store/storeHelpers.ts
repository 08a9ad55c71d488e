/** Pieces of the capture store that need no transaction of their own: patches, sorting, listing. */
import type { IDBPObjectStore } from 'idb';
import type { Capture, FigureEdit } from '../types';
import type { CaptureDbSchema } from './schema';
import { mergeFigureEdits, normalizeFigureEdits, normalizeTags, RECORD_LIMITS } from './records';

export type CaptureSort = 'capturedAt' | 'publishedAt' | 'updatedAt';

export interface ListCapturesOptions {
  sort?: CaptureSort;
  /** 'desc' (newest first) by default. */
  direction?: 'asc' | 'desc';
  site?: string;
  /** Any crumb of the breadcrumb, e.g. 廊坊频道. */
  channel?: string;
  tag?: string;
  limit?: number;
}

/**
 * A change to a capture's user fields. `tags`/`figureEdits` replace the lists; `addTags`, `removeTags`
 * and `figureEdit` change only what they name, so two tabs editing at once never undo each other.
 */
export interface CapturePatch {
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  note?: string;
  figureEdits?: FigureEdit[];
  /** One figure's edit, merged over the stored ones (an edit with nothing set removes it). */
  figureEdit?: FigureEdit;
  title?: string;
}

export function applyPatch(current: Capture, patch: CapturePatch, now: string): Capture {
  const title = patch.title?.trim();
  let tags = patch.tags !== undefined ? normalizeTags(patch.tags) : current.tags;
  if (patch.addTags) tags = normalizeTags([...tags, ...patch.addTags]);
  if (patch.removeTags) {
    const gone = new Set(normalizeTags(patch.removeTags));
    tags = tags.filter((tag) => !gone.has(tag));
  }
  let figureEdits = patch.figureEdits !== undefined ? normalizeFigureEdits(patch.figureEdits) : current.figureEdits;
  if (patch.figureEdit) {
    const key = patch.figureEdit.key;
    figureEdits = mergeFigureEdits(
      figureEdits.filter((edit) => edit.key !== key),
      [patch.figureEdit],
    );
  }
  return {
    ...current,
    ...(title ? { title } : {}),
    tags,
    ...(patch.note !== undefined ? { note: patch.note.slice(0, RECORD_LIMITS.noteLength) } : {}),
    figureEdits,
    updatedAt: now,
  };
}

/** Newest first for 'desc'; captures without a publication date go last either way; ties by id. */
export function compareBy(sort: CaptureSort, direction: 'asc' | 'desc'): (a: Capture, b: Capture) => number {
  const sign = direction === 'desc' ? -1 : 1;
  const time = (capture: Capture): number => {
    const value = capture[sort];
    const parsed = value ? Date.parse(value) : NaN;
    return Number.isNaN(parsed) ? NaN : parsed;
  };
  return (a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    if (!Number.isNaN(ta) && ta !== tb) return sign * (ta - tb);
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

type CapturesStore = IDBPObjectStore<CaptureDbSchema, ['captures'], 'captures', IDBTransactionMode>;

/** Full captures, sorted and filtered (used by exports and tests; the library page reads summaries). */
export async function listFromStore(store: CapturesStore, list: ListCapturesOptions): Promise<Capture[]> {
  const sort = list.sort ?? 'capturedAt';
  const direction = list.direction ?? 'desc';
  const limit = list.limit ?? Infinity;
  const filtered = list.tag !== undefined || list.channel !== undefined || list.site !== undefined;
  if (!filtered && sort !== 'publishedAt') {
    // capturedAt/updatedAt are stored as UTC ISO strings, so index order is time order.
    const found: Capture[] = [];
    let cursor = await store.index(sort).openCursor(null, direction === 'desc' ? 'prev' : 'next');
    while (cursor && found.length < limit) {
      found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found;
  }
  let candidates: Capture[];
  if (list.tag !== undefined) candidates = await store.index('tags').getAll(list.tag);
  else if (list.channel !== undefined) candidates = await store.index('channel').getAll(list.channel);
  else if (list.site !== undefined) candidates = await store.index('site').getAll(list.site);
  else candidates = await store.getAll();
  return candidates
    .filter(
      (capture) =>
        (list.tag === undefined || capture.tags.includes(list.tag)) &&
        (list.channel === undefined || capture.channel.includes(list.channel)) &&
        (list.site === undefined || capture.site === list.site),
    )
    .sort(compareBy(sort, direction))
    .slice(0, limit);
}

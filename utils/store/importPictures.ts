/**
 * Pictures from a backup, written in the import's own transaction (so a quota failure leaves neither the
 * captures nor the pictures half-written). Each picture names its capture by canonical URL: it goes to the
 * library's capture of that page (whatever its id became), replacing that capture's offline copies, within
 * the same caps as a save (per picture, per article, in total); pictures past a cap are counted, not kept.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CaptureDbSchema, PictureRecord } from './dbSchema';
import { schemeFreeKey } from './importRecords';
import { CAPTURES, PICTURES } from './names';
import { DEFAULT_PICTURE_CAPS, type PictureCaps } from './pictureCaps';

/** A picture as a backup carries it: its page's canonical URL instead of a capture id. */
export interface ImportedPicture {
  url: string;
  src: string;
  type: string;
  bytes: ArrayBuffer;
  savedAt: string;
}

type Tx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], 'readwrite'>;

export async function importPictures(
  tx: Tx,
  pictures: readonly ImportedPicture[],
  caps: PictureCaps = DEFAULT_PICTURE_CAPS,
): Promise<{ kept: number; skipped: number }> {
  if (pictures.length === 0) return { kept: 0, skipped: 0 };
  const byUrl = tx.objectStore(CAPTURES).index('canonicalUrl');
  const store = tx.objectStore(PICTURES);
  const groups = new Map<string, ImportedPicture[]>();
  for (const picture of pictures) {
    const key = schemeFreeKey(picture.url);
    groups.set(key, [...(groups.get(key) ?? []), picture]);
  }
  const targets = new Map<string, string>();
  for (const key of groups.keys()) {
    const id = (await byUrl.getKey(`http:${key}`)) ?? (await byUrl.getKey(`https:${key}`));
    if (id) targets.set(key, id);
  }
  const replaced = new Set(targets.values());
  let total = 0;
  let cursor = await store.openCursor();
  while (cursor) {
    if (!replaced.has(cursor.value.captureId)) total += cursor.value.size;
    cursor = await cursor.continue();
  }
  let kept = 0;
  let skipped = 0;
  for (const [key, group] of groups) {
    const captureId = targets.get(key);
    if (!captureId) {
      skipped += group.length; // its capture was refused
      continue;
    }
    for (const old of await store.index('captureId').getAllKeys(captureId)) await store.delete(old);
    let article = 0;
    const seen = new Set<string>();
    for (const picture of group) {
      const size = picture.bytes.byteLength;
      if (seen.has(picture.src)) continue;
      seen.add(picture.src);
      if (size === 0 || size > caps.perPicture || article + size > caps.perArticle || total + size > caps.total) {
        skipped++;
        continue;
      }
      const record: PictureRecord = {
        captureId,
        src: picture.src,
        type: picture.type,
        bytes: picture.bytes,
        size,
        savedAt: picture.savedAt,
      };
      await store.put(record);
      article += size;
      total += size;
      kept++;
    }
  }
  return { kept, skipped };
}

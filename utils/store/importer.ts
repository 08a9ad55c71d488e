/**
 * Import into the library, inside one write transaction: every record is checked first (a replace
 * with nothing valid changes nothing), then merged by canonical URL — http and https of one host are
 * one page — where the newer capture's content wins and the user's edits on both sides are kept.
 */
import type { Capture } from '../types';
import { StoreError } from './errors';
import { checkImportRecord, schemeFreeKey } from './importRecords';
import { writeCaptures, clearIndex, type CaptureWrite, type WriteTx } from './indexWrites';
import { importPictures, type ImportedPicture } from './importPictures';
import { CAPTURES, PICTURES } from './names';
import { mergeFigureEdits, normalizeTags } from './records';

export interface ImportResult {
  added: number;
  updated: number;
  /** Unchanged (the library's copy was as new) or duplicates within the import. */
  skipped: number;
  /** Records refused by the checks, with why (capped list). */
  refused: number;
  problems: string[];
  /** Offline pictures written from the backup, and those left out (cap reached, or their page refused). */
  pictures: number;
  picturesSkipped: number;
}

export interface PreparedImport {
  captures: Capture[];
  refused: number;
  duplicates: number;
  problems: string[];
}

const MAX_PROBLEMS = 50;

/** Checks every record and keeps the newest per page; nothing is written. */
export function prepareImport(records: readonly unknown[], nowIso: string): PreparedImport {
  const byKey = new Map<string, Capture>();
  const problems: string[] = [];
  let refused = 0;
  let duplicates = 0;
  records.forEach((raw, index) => {
    const checked = checkImportRecord(raw, nowIso);
    if ('error' in checked) {
      refused++;
      if (problems.length < MAX_PROBLEMS) problems.push(`#${index + 1}: ${checked.error}`);
      return;
    }
    const key = schemeFreeKey(checked.capture.canonicalUrl);
    const previous = byKey.get(key);
    if (previous) duplicates++;
    if (!previous || checked.capture.updatedAt > previous.updatedAt)
      byKey.set(key, previous ? mergeUserFields(checked.capture, previous) : checked.capture);
    else byKey.set(key, mergeUserFields(previous, checked.capture));
  });
  return { captures: [...byKey.values()], refused, duplicates, problems };
}

/** `winner`'s content with the user's tags and figure edits of both; the note of the winner unless empty. */
function mergeUserFields(winner: Capture, other: Capture): Capture {
  return {
    ...winner,
    capturedAt: other.capturedAt < winner.capturedAt ? other.capturedAt : winner.capturedAt,
    tags: normalizeTags([...other.tags, ...winner.tags]),
    note: winner.note || other.note,
    figureEdits: mergeFigureEdits(other.figureEdits, winner.figureEdits),
  };
}

async function findExisting(tx: WriteTx, canonicalUrl: string): Promise<Capture | undefined> {
  const byUrl = tx.objectStore(CAPTURES).index('canonicalUrl');
  const rest = schemeFreeKey(canonicalUrl);
  return (await byUrl.get(`http:${rest}`)) ?? (await byUrl.get(`https:${rest}`));
}

export async function importInto(
  tx: WriteTx,
  prepared: PreparedImport,
  mode: 'merge' | 'replace',
  pictures: readonly ImportedPicture[] = [],
): Promise<ImportResult> {
  const result: ImportResult = {
    added: 0,
    updated: 0,
    skipped: prepared.duplicates,
    refused: prepared.refused,
    problems: prepared.problems,
    pictures: 0,
    picturesSkipped: 0,
  };
  if (mode === 'replace' && prepared.captures.length === 0)
    throw new StoreError('unknown', { detail: 'nothing valid to import: the library was left as it was' });
  if (mode === 'replace') {
    // The library becomes the import: the replaced captures' offline pictures go with them.
    await tx.objectStore(CAPTURES).clear();
    await tx.objectStore(PICTURES).clear();
    await clearIndex(tx);
  }
  const writes: CaptureWrite[] = [];
  for (const capture of prepared.captures) {
    const existing = mode === 'replace' ? undefined : await findExisting(tx, capture.canonicalUrl);
    if (!existing) {
      const idTaken = await tx.objectStore(CAPTURES).get(capture.id);
      // An id taken by another page (a hash clash): refuse rather than overwrite it.
      if (idTaken) {
        result.refused++;
        continue;
      }
      writes.push({ after: capture, add: true });
      result.added++;
      continue;
    }
    const merged =
      capture.updatedAt > existing.updatedAt
        ? { ...mergeUserFields(capture, existing), id: existing.id, canonicalUrl: existing.canonicalUrl }
        : mergeUserFields(existing, capture);
    if (JSON.stringify(merged) === JSON.stringify(existing)) {
      result.skipped++;
      continue;
    }
    writes.push({ before: existing, after: merged });
    result.updated++;
  }
  // Large batches: grams shared by many captures are read and written once per batch, not once per capture.
  const BATCH = 2000;
  for (let i = 0; i < writes.length; i += BATCH) await writeCaptures(tx, writes.slice(i, i + BATCH));
  const kept = await importPictures(tx, pictures);
  result.pictures = kept.kept;
  result.picturesSkipped = kept.skipped;
  return result;
}

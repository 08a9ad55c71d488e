/** The background's side of 'keep-pictures': copies a saved capture's pictures; never throws. */
import { getCaptureStore } from '../store';
import { StoreError } from '../store/errors';
import type { KeepResult } from '../store/pictureStore';
import { keepOfflinePictures } from './pictures';

export type KeepPicturesOutcome =
  | { ok: true; result: KeepResult | null }
  | { ok: false; quota: boolean; message: string };

/** Last outcome per capture, so the library can say "pictures not kept: storage full". */
export const lastPictureOutcomes = new Map<string, KeepPicturesOutcome>();

export async function keepPicturesOfCapture(captureId: string): Promise<KeepPicturesOutcome> {
  let outcome: KeepPicturesOutcome;
  try {
    const capture = await getCaptureStore().getCapture(captureId);
    outcome = { ok: true, result: capture ? await keepOfflinePictures(capture) : null };
  } catch (error) {
    const quota = error instanceof StoreError && error.code === 'quota';
    outcome = { ok: false, quota, message: error instanceof Error ? error.message : String(error) };
  }
  lastPictureOutcomes.set(captureId, outcome);
  return outcome;
}

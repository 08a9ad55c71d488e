/**
 * Deleting captures from the library, with undo. A deletion's offline pictures stay while it can be undone; once
 * its undo is dismissed, replaced by the next deletion or the page goes, they are dropped (of those captures only,
 * and only if still deleted: another tab may have saved the page again). The background drops what a closed tab
 * left at the browser's next start.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Capture } from '@/utils/types';
import { t } from '@/utils/platform/i18n';
import { isolated } from '@/utils/display/bidi';
import { getCaptureStore } from '@/utils/store';
import { getPictureStore } from '@/utils/store/pictureStore';

function pruneDeletedPictures(deleted: readonly Capture[]) {
  void getPictureStore()
    .pruneOrphans(deleted.map((capture) => capture.id))
    .catch(() => undefined);
}

interface Options {
  /** After a deletion or its undo: the library tells its other tabs. */
  changed: () => void;
  /** A deletion that failed (the store's message). */
  failed: (error: unknown) => void;
}

export function useDeletion({ changed, failed }: Options) {
  const [undo, setUndoState] = useState<Capture[] | null>(null);
  const pending = useRef<Capture[] | null>(null);
  const setUndo = (next: Capture[] | null, restored = false) => {
    const settled = pending.current;
    pending.current = next;
    setUndoState(next);
    if (settled && !restored) pruneDeletedPictures(settled);
  };
  useEffect(() => {
    const onHide = () => pending.current && pruneDeletedPictures(pending.current);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  /** Deletes these captures; resolves to whether it did. */
  const remove = async (ids: string[]): Promise<boolean> => {
    try {
      setUndo(await getCaptureStore().deleteCaptures(ids));
      changed();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const bar = undo && (
    <div class="cc-undo" role="status">
      {undo.length === 1 ? t('libraryDeleted', isolated(undo[0].title)) : t('libDeletedMany', String(undo.length))}
      <button
        type="button"
        class="cc-btn"
        onClick={async () => {
          for (const capture of undo) await getCaptureStore().restoreCapture(capture);
          setUndo(null, true);
          changed();
        }}
      >
        {t('undo')}
      </button>
      <button type="button" class="cc-icon-btn" aria-label={t('dismiss')} onClick={() => setUndo(null)}>
        ✕
      </button>
    </div>
  );

  return { remove, bar };
}

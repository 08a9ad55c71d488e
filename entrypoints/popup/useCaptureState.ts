import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article, Capture, FigureEdit } from '@/utils/types';
import { getCaptureStore, requestPersistentStorage, storeErrorMessage } from '@/utils/store';
import { t } from '@/utils/platform/i18n';
import { picturesNotice } from '@/utils/platform/picturesNotice';
import { clearPendingEdits, readPendingEdits, writePendingEdits } from './pendingEdits';

export type SaveStatus =
  | { status: 'checking' }
  | { status: 'new' }
  | { status: 'stored'; capture: Capture }
  | { status: 'saving' }
  | { status: 'saved'; capture: Capture; created: boolean; picturesNote?: string }
  | { status: 'error'; message: string };

/** Where the user's figure choices are: none made, kept for a later 保存, in the library, or not written. */
export type EditsState = 'none' | 'kept' | 'saved' | 'unsaved';

function storedCapture(save: SaveStatus): Capture | null {
  return save.status === 'stored' || save.status === 'saved' ? save.capture : null;
}

/**
 * Whether the article is in the library, the user's figure choices, and saving. Choices are kept at once
 * (extension storage, per canonical URL) and, for an article already in the library, written to it too.
 */
export function useCaptureState(article: Article | null, tabId: number | null, complete?: Promise<Article> | null) {
  const [save, setSave] = useState<SaveStatus>({ status: 'checking' });
  const [edits, setEdits] = useState<FigureEdit[]>([]);
  const [editsState, setEditsState] = useState<EditsState>('none');
  const saveRef = useRef(save);
  saveRef.current = save;
  const url = article?.canonicalUrl;

  useEffect(() => {
    if (!url) return;
    let alive = true;
    Promise.all([
      getCaptureStore()
        .getByCanonicalUrl(url)
        .catch(() => undefined),
      readPendingEdits(url),
    ]).then(([existing, pending]) => {
      if (!alive) return;
      setSave(existing ? { status: 'stored', capture: existing } : { status: 'new' });
      if (pending) {
        setEdits(pending);
        setEditsState(existing ? 'unsaved' : 'kept');
        if (existing) void writeThrough(existing, pending);
      } else if (existing) setEdits(existing.figureEdits ?? []);
    });
    return () => {
      alive = false;
    };
  }, [url]);

  /** A saved article's choices go straight into the library; pending ones are cleared once written. */
  const writeThrough = async (capture: Capture, next: FigureEdit[]) => {
    try {
      const updated = await getCaptureStore().updateCapture(capture.id, { figureEdits: next });
      await clearPendingEdits(capture.canonicalUrl);
      if (saveRef.current.status === 'stored' || saveRef.current.status === 'saved') {
        setSave({ ...saveRef.current, capture: updated });
      }
      setEditsState('saved');
    } catch {
      setEditsState('unsaved');
    }
  };

  const updateEdit = (key: string, change: (edit: FigureEdit) => FigureEdit) => {
    setEdits((current) => {
      const existing = current.find((e) => e.key === key) ?? { key };
      const edited = change(existing);
      const rest = current.filter((e) => e.key !== key);
      const next = edited.pinned || edited.hidden || edited.corrected ? [...rest, edited] : rest;
      if (url) {
        const capture = storedCapture(saveRef.current);
        void writePendingEdits(url, next)
          .then(() => (capture ? writeThrough(capture, next) : setEditsState('kept')))
          .catch(() => setEditsState('unsaved'));
      }
      return next;
    });
  };

  const saveNow = async () => {
    if (!article) return;
    setSave({ status: 'saving' });
    try {
      // Saved with its figures: a click before they are in waits the moment they take.
      const full = (await complete) ?? article;
      const store = getCaptureStore();
      let { capture, created } = await store.saveArticle(full, { figureEdits: edits });
      // Saving again replaces the choices (an unpinned figure must not come back from the old record).
      if (!created) capture = await store.updateCapture(capture.id, { figureEdits: edits });
      await clearPendingEdits(full.canonicalUrl);
      setSave({ status: 'saved', capture, created });
      setEditsState(edits.length > 0 ? 'saved' : 'none');
      // Ask once the library has something worth keeping, so the browser won't evict it under pressure.
      if (created) void requestPersistentStorage().catch(() => false);
      browser.runtime.sendMessage({ type: 'refresh-badge', tabId: tabId ?? undefined }).catch(() => {});
      // The pictures are copied by the background after the save; a full store is said here (article kept).
      browser.runtime
        .sendMessage({ type: 'keep-pictures', captureId: capture.id })
        .then((outcome) => {
          const picturesNote = picturesNotice(outcome);
          if (picturesNote)
            setSave((now) =>
              now.status === 'saved' && now.capture.id === capture.id ? { ...now, picturesNote } : now,
            );
        })
        .catch(() => {});
    } catch (error) {
      setSave({ status: 'error', message: storeErrorMessage(error, t) });
    }
  };

  return { save, edits, editsState, updateEdit, saveNow };
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article, Capture, FigureEdit } from '@/utils/types';
import { getCaptureStore, requestPersistentStorage, storeErrorMessage } from '@/utils/store';
import { t } from '@/utils/platform/i18n';

export type SaveStatus =
  | { status: 'checking' }
  | { status: 'new' }
  | { status: 'stored'; capture: Capture }
  | { status: 'saving' }
  | { status: 'saved'; capture: Capture; created: boolean }
  | { status: 'error'; message: string };

/** Whether the article is in the library, the user's figure choices, and saving. */
export function useCaptureState(article: Article | null, tabId: number | null) {
  const [save, setSave] = useState<SaveStatus>({ status: 'checking' });
  const [edits, setEdits] = useState<FigureEdit[]>([]);

  useEffect(() => {
    if (!article) return;
    let alive = true;
    getCaptureStore()
      .getByCanonicalUrl(article.canonicalUrl)
      .then((existing) => {
        if (!alive) return;
        setSave(existing ? { status: 'stored', capture: existing } : { status: 'new' });
        if (existing) setEdits(existing.figureEdits ?? []);
      })
      .catch(() => alive && setSave({ status: 'new' }));
    return () => {
      alive = false;
    };
  }, [article?.canonicalUrl]);

  const updateEdit = (key: string, change: (edit: FigureEdit) => FigureEdit) => {
    setEdits((current) => {
      const existing = current.find((e) => e.key === key) ?? { key };
      const next = change(existing);
      const rest = current.filter((e) => e.key !== key);
      return next.pinned || next.hidden || next.corrected ? [...rest, next] : rest;
    });
  };

  const saveNow = async () => {
    if (!article) return;
    setSave({ status: 'saving' });
    try {
      const { capture, created } = await getCaptureStore().saveArticle(article, { figureEdits: edits });
      setSave({ status: 'saved', capture, created });
      // Ask once the library has something worth keeping, so the browser won't evict it under pressure.
      if (created) void requestPersistentStorage().catch(() => false);
      browser.runtime.sendMessage({ type: 'refresh-badge', tabId: tabId ?? undefined }).catch(() => {});
    } catch (error) {
      const message = storeErrorMessage(error, t);
      setSave({ status: 'error', message });
    }
  };

  return { save, edits, updateEdit, saveNow };
}

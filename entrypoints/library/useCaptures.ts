import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Capture } from '@/utils/types';
import { getCaptureStore } from '@/utils/store';

export type LibraryState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; captures: Capture[] };

/** The saved captures, newest first, filtered by a search query; reloads when another page saves. */
export function useCaptures(query: string) {
  const [state, setState] = useState<LibraryState>({ phase: 'loading' });

  const load = useCallback(async () => {
    try {
      const store = getCaptureStore();
      const captures = query.trim()
        ? await store.searchCaptures(query)
        : await store.listCaptures({ sort: 'capturedAt', direction: 'desc' });
      setState({ phase: 'ready', captures });
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [query]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const remove = async (capture: Capture) => {
    await getCaptureStore().deleteCapture(capture.id);
    browser.runtime.sendMessage({ type: 'captures-changed' }).catch(() => {});
    await load();
  };
  const restore = async (capture: Capture) => {
    await getCaptureStore().restoreCapture(capture);
    browser.runtime.sendMessage({ type: 'captures-changed' }).catch(() => {});
    await load();
  };
  return { state, reload: load, remove, restore };
}

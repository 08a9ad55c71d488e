import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article, NotAnArticle } from '@/utils/types';
import { isNotAnArticle } from '@/utils/types';
import { extractFromTab } from '@/utils/platform/extract';
import { resolveTargetTabId } from '@/utils/platform/tabs';

export type PageState =
  | { phase: 'loading' }
  | { phase: 'restricted'; url: string | null }
  | { phase: 'not-article'; result: NotAnArticle }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; article: Article };

/** Reads the target tab once on open; `extract(true)` forces a page that did not look like an article. */
export function usePageArticle(): { state: PageState; tabId: number | null; extract: (force?: boolean) => void } {
  const [state, setState] = useState<PageState>({ phase: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  const extract = useCallback(
    async (force = false, knownTabId: number | null = tabId) => {
      setState({ phase: 'loading' });
      const id = knownTabId ?? (await resolveTargetTabId(location.search).catch(() => null));
      setTabId(id);
      if (id == null) {
        setState({ phase: 'restricted', url: null });
        return;
      }
      const outcome = await extractFromTab(id, { force });
      if (outcome.kind === 'restricted') setState({ phase: 'restricted', url: outcome.tabUrl });
      else if (outcome.kind === 'error') setState({ phase: 'error', message: outcome.message });
      else if (isNotAnArticle(outcome.result)) setState({ phase: 'not-article', result: outcome.result });
      else setState({ phase: 'ready', article: outcome.result });
    },
    [tabId],
  );

  useEffect(() => {
    void extract(false, null);
  }, []);

  return { state, tabId, extract: (force?: boolean) => void extract(!!force) };
}

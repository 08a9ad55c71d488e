/**
 * Two searches nobody sees, once the library has read every summary and the page is idle, so the first query a
 * person types runs compiled code over warm database reads. Measured at 10,000 captures: the first five queries
 * after the library opened took ~1.5× as long as later ones; after two searches of other words, no longer.
 * The words come from the newest captures' titles (a two- and a three-character piece), in the list's order.
 */
import type { CaptureStore, CaptureSummary } from '@/utils/store';

const IDEOGRAPHS = /[\u4e00-\u9fff]+/g;

/** A two- and a three-character piece of the newest titles' Chinese (none when there is none). */
export function warmUpWords(newest: readonly CaptureSummary[]): string[] {
  const runs = newest.slice(0, 3).flatMap((summary) => summary.title.match(IDEOGRAPHS) ?? []);
  const two = runs.find((run) => run.length >= 2)?.slice(0, 2);
  const three = runs.find((run) => run.length >= 5)?.slice(2, 5);
  return [two, three].filter((word): word is string => !!word);
}

/**
 * Runs the warm-up searches when the browser is idle, none once `busy` (a query typed: it warms things itself and
 * must not wait behind these); returns a cancel for an unmount.
 */
export function warmSearch(
  store: Pick<CaptureStore, 'search'>,
  newest: readonly CaptureSummary[],
  limit: number,
  busy: () => boolean,
) {
  let cancelled = false;
  const run = async () => {
    for (const word of warmUpWords(newest)) {
      if (cancelled || busy()) return;
      await store.search(word, { sort: 'capturedAt', limit }).catch(() => undefined);
    }
  };
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const idle = requestIdleCallback(() => void run(), { timeout: 2000 });
  return () => {
    cancelled = true;
    cancelIdleCallback(idle);
  };
}

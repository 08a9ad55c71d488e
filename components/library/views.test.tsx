/** @vitest-environment jsdom */
/**
 * The click on 数字 holds the list's read of every summary for the tab (views.tsx); leaving the tab lets it go on,
 * also when the tab never came up (switched back before its code was in): the hold's 10 s limit is a backstop.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

const release = vi.fn();
const store = {
  holdSummaryReads: vi.fn(() => release),
  firstFigureRows: vi.fn(() => Promise.resolve({ records: [], complete: true })),
};
vi.mock('@/utils/store', () => ({ getCaptureStore: () => store }));
const { useLibraryView, ViewSwitch } = await import('./views');

function Switch() {
  const [view, change] = useLibraryView();
  return <ViewSwitch view={view} onChange={change} />;
}

/** The switch's buttons, 文章 then 数字 (their labels depend on the UI language). */
const button = (root: HTMLElement, name: '文章' | '数字') =>
  root.querySelectorAll('button')[name === '文章' ? 0 : 1] as HTMLButtonElement;

let root: HTMLElement | null = null;
afterEach(async () => {
  // Unmounted inside act, then a wait past Preact's effect timer (35 ms): effects still queued run now, not
  // after the test environment is gone (removeEventListener undefined: an unhandled error failed a full run).
  if (root) act(() => render(null, root!));
  await new Promise((resolve) => setTimeout(resolve, 50));
  root?.remove();
  root = null;
  history.replaceState(null, '', '#');
  vi.clearAllMocks();
});

describe('the 数字 tab’s hold on the list’s summary read', () => {
  it('is let go when the user goes back to 文章 before the tab came up', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Switch />, root!));
    const [articles, figures] = [button(root, '文章'), button(root, '数字')];
    expect(articles && figures).toBeTruthy();
    await act(() => figures.click());
    expect(store.holdSummaryReads).toHaveBeenCalledTimes(1);
    expect(release).not.toHaveBeenCalled();
    await act(() => articles.click());
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('is let go on the browser’s Back to the list', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Switch />, root!));
    await act(() => button(root!, '数字').click());
    await act(() => {
      history.replaceState(null, '', '#');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(release).toHaveBeenCalledTimes(1);
  });
});

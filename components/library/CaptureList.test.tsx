/** @vitest-environment jsdom */
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaptureSummary } from '@/utils/store/summary';
import { CaptureList, type ListRow } from './CaptureList';

const summary = (i: number): CaptureSummary =>
  ({
    id: `c${i}`,
    docNo: i,
    title: `第${i}篇 雄安新区`,
    channel: ['长城网', '雄安频道'],
    siteName: '长城网',
    source: '长城网',
    publishedAt: '2024-05-01T08:00:00+08:00',
    capturedAt: '2024-05-02T00:00:00.000Z',
    figureCount: 3,
    tags: i % 2 ? ['报告'] : [],
    hasNote: false,
  }) as unknown as CaptureSummary;

describe('CaptureList', () => {
  let host: HTMLElement | null = null;
  // options._render (mangled __r): called each time a component is about to render (not when it bails out).
  const hooks = options as { __r?: (vnode: { type: unknown }) => void };
  const rendering = hooks.__r;
  afterEach(() => {
    hooks.__r = rendering;
    if (host) render(null, host);
    host?.remove();
    host = null;
  });

  /** The list of these rows, no search, nothing open or checked, in a new host element. */
  function listOf(rows: ListRow[]): HTMLElement {
    host = document.createElement('div');
    document.body.append(host);
    const element = host;
    act(() =>
      render(
        <CaptureList
          rows={rows}
          terms={[]}
          openId={null}
          checked={new Set()}
          onToggle={vi.fn()}
          onOpen={vi.fn()}
          onDelete={vi.fn()}
          stateKey="|"
        />,
        element,
      ),
    );
    return element;
  }

  it('does not draw its rows again when the page does and they show the same (typing before hits arrive)', () => {
    host = document.createElement('div');
    document.body.append(host);
    const rows: ListRow[] = Array.from({ length: 15 }, (_, i) => ({ summary: summary(i), snippet: `…雄安新区${i}…` }));
    let drawn = 0;
    hooks.__r = (vnode) => {
      if (typeof vnode.type === 'function' && vnode.type.name === 'CaptureRow') drawn++;
      rendering?.(vnode);
    };
    const checked = new Set<string>();
    const page = (terms: string[], onOpen = vi.fn()) => (
      <CaptureList
        rows={rows}
        terms={terms}
        openId={null}
        checked={checked}
        onToggle={vi.fn()}
        onOpen={onOpen}
        onDelete={vi.fn()}
        stateKey="雄安|"
      />
    );
    act(() => render(page(['雄安']), host!));
    expect(drawn).toBe(15);
    // The page draws again with new handlers, same rows and terms: no row is drawn; a click reaches the new handler.
    const onOpen = vi.fn();
    act(() => render(page(['雄安'], onOpen), host!));
    expect(drawn).toBe(15);
    act(() => host!.querySelector<HTMLButtonElement>('.cc-lib-item')!.click());
    expect(onOpen).toHaveBeenCalledWith('c0');
    // New terms: every row again, with the new marks.
    act(() => render(page(['新区']), host!));
    expect(drawn).toBe(30);
    expect(host.querySelector('.cc-lib-item-title mark')?.textContent).toBe('新区');
  });

  it('marks a capture with a note, with or without tags', () => {
    const rows: ListRow[] = [0, 1, 2].map((i) => ({ summary: { ...summary(i), hasNote: i < 2 }, snippet: '' }));
    const host = listOf(rows);
    const marked = [...host.querySelectorAll('.cc-lib-item')].map((item) => !!item.querySelector('.cc-lib-note-mark'));
    // c0 has no tags, c1 has one, c2 has no note.
    expect(marked).toEqual([true, true, false]);
  });

  it("isolates where a capture is from: a right-to-left override in the page's channel stays out of the dates", () => {
    const crumb = '\u202E恶意频道';
    const rows: ListRow[] = [
      { summary: { ...summary(0), channel: ['长城网', crumb] }, snippet: '' },
      { summary: { ...summary(1), channel: [], siteName: null, source: null }, snippet: '' },
    ];
    const host = listOf(rows);
    const [first, second] = host.querySelectorAll('.cc-lib-item-meta');
    expect([...first.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([crumb]);
    expect(first.textContent).toMatch(new RegExp(`^${crumb} · libPublished .+ · libCaptured `));
    // Nothing to say where it is from: no empty isolate, no leading separator.
    expect(second.querySelector('bdi')).toBeNull();
    expect(second.textContent).toMatch(/^libPublished /);
  });
});

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaptureSummary } from '@/utils/store/summary';
import { formatPublishedAt } from '@/utils/display/formatFigure';
import { t } from '@/utils/platform/i18n';
import { Highlighted } from './Highlighted';

export interface ListRow {
  summary: CaptureSummary;
  snippet: string | null;
}

interface Props {
  rows: ListRow[];
  terms: string[];
  openId: string | null;
  checked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onOpen: (id: string) => void;
  onDelete: (summary: CaptureSummary) => void;
  /** What the rows were computed for (query and filters), exposed as data-state. */
  stateKey?: string;
  /** Matches not read yet (search hits come a page at a time), and the call that reads more of them. */
  moreHits?: number;
  onMoreHits?: () => void;
  /** More hits asked for and not in yet: scrolling to the end does not ask again. */
  moreLoading?: boolean;
}

/** How near the end of the list (px) scrolling asks for the next hits, so they are there before they are seen. */
const MORE_AHEAD = '600px';

/** Calls `load` when the element scrolls near view (and it is not loading already): the list loads as it is read. */
function useLoadNear(load: (() => void) | undefined, loading: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !load || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: MORE_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load, loading]);
  return ref;
}

const PAGE = 100;

/** The local calendar day of a UTC time (when it was captured, on this computer). */
function capturedDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** The article's own date as printed (the ISO string's digits). */
function publishedDay(iso: string): string {
  return formatPublishedAt(iso.slice(0, 10));
}

interface RowProps {
  summary: CaptureSummary;
  snippet: string | null;
  terms: readonly string[];
  selected: boolean;
  checked: boolean;
  index: number;
  handlers: { current: RowHandlers };
}

/** What a row does, read through a ref at the event (the row element itself is kept across renders). */
interface RowHandlers extends Pick<Props, 'onToggle' | 'onOpen'> {
  onKeyDown: (event: KeyboardEvent, index: number) => void;
}

/** One capture of the list: its checkbox, and the button that opens it (title, meta line, snippet, tags). */
function CaptureRow({ summary, snippet, terms, selected, checked, index, handlers }: RowProps) {
  // Where it is from (the page's words) is isolated: a right-to-left override in it stays in it (<bdi>).
  const from =
    summary.channel.filter((crumb) => crumb !== summary.siteName && crumb !== '首页')[0] ??
    summary.siteName ??
    summary.source;
  const meta = [
    summary.publishedAt ? `${t('libPublished')} ${publishedDay(summary.publishedAt)}` : '',
    `${t('libCaptured')} ${capturedDay(summary.capturedAt)}`,
    t('libraryFigureCount', String(summary.figureCount)),
  ].filter(Boolean);
  return (
    <li class={selected ? 'is-selected' : ''}>
      <input
        type="checkbox"
        class="cc-lib-check-item"
        checked={checked}
        aria-label={t('libSelectItem', summary.title)}
        onChange={(e) => handlers.current.onToggle(summary.id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <button
        type="button"
        class="cc-lib-item"
        data-id={summary.id}
        aria-current={selected ? 'true' : undefined}
        aria-keyshortcuts="Enter Delete ArrowUp ArrowDown"
        onClick={() => handlers.current.onOpen(summary.id)}
        onKeyDown={(e) => handlers.current.onKeyDown(e, index)}
      >
        <span class="cc-lib-item-title">
          <Highlighted text={summary.title} terms={terms} />
        </span>
        <span class="cc-lib-item-meta">
          {from && <bdi>{from}</bdi>}
          {from ? ` · ${meta.join(' · ')}` : meta.join(' · ')}
        </span>
        {snippet && (
          <span class="cc-lib-item-snippet">
            <Highlighted text={snippet} terms={terms} />
          </span>
        )}
        {(summary.tags.length > 0 || summary.hasNote) && (
          <span class="cc-lib-item-tags">
            {summary.tags.map((tag) => (
              <span class="cc-tag" key={tag}>
                <Highlighted text={tag} terms={terms} />
              </span>
            ))}
            {summary.hasNote && (
              <span class="cc-lib-note-mark" title={t('libHasNote')} role="img" aria-label={t('libHasNote')}>
                ✎
              </span>
            )}
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * The captures, one row each: a checkbox for bulk actions and one button that opens the article.
 * Keyboard: ↑/↓ move between rows, Enter opens, Delete deletes (with undo).
 */
export function CaptureList(props: Props) {
  const { rows, terms, openId, checked, onToggle, onOpen, onDelete, stateKey, moreHits = 0, onMoreHits } = props;
  const [shown, setShown] = useState(PAGE);
  const moreHitsRef = useLoadNear(rows.length <= shown && moreHits > 0 ? onMoreHits : undefined, !!props.moreLoading);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const buttons = [
      ...((event.currentTarget as HTMLElement).closest('ul')?.querySelectorAll<HTMLElement>('.cc-lib-item') ?? []),
    ];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(rows[index].summary);
      requestAnimationFrame(() => buttons[Math.min(index + 1, buttons.length - 1)]?.focus());
    }
  };
  // The handlers through a ref, so the rows below are made again only when what they show changes (typing a
  // query draws the page again before its hits arrive: the same rows are then not diffed at all).
  const handlers = useRef<RowHandlers>({ onToggle, onOpen, onKeyDown });
  handlers.current = { onToggle, onOpen, onKeyDown };
  const termsKey = terms.join('\u0000');
  // Row elements kept while what they show stays: a kept element is not rendered again (Preact compares it
  // with the last one), so typing a query does not redraw the rows before its hits arrive.
  const items = useMemo(
    () =>
      rows
        .slice(0, shown)
        .map(({ summary, snippet }, index) => (
          <CaptureRow
            key={summary.id}
            summary={summary}
            snippet={snippet}
            terms={terms}
            selected={summary.id === openId}
            checked={checked.has(summary.id)}
            index={index}
            handlers={handlers}
          />
        )),
    [rows, shown, termsKey, openId, checked],
  );
  return (
    <>
      <nav class="cc-lib-list cc-wrap" aria-label={t('libraryListLabel')} data-state={stateKey}>
        <ul>{items}</ul>
      </nav>
      {rows.length > shown && (
        <button type="button" class="cc-btn cc-lib-more" onClick={() => setShown(shown + PAGE * 5)}>
          {t('libShowMore', String(rows.length - shown))}
        </button>
      )}
      {rows.length <= shown && moreHits > 0 && onMoreHits && (
        <button type="button" class="cc-btn cc-lib-more" ref={moreHitsRef} onClick={onMoreHits}>
          {t('libShowMore', String(moreHits))}
        </button>
      )}
    </>
  );
}

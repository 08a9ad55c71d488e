import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Capture } from '@/utils/types';
import { StatusView } from '@/components/StatusView';
import { Toast } from '@/components/Toast';
import { useToast } from '@/components/useToast';
import { useReaderSettings } from '@/components/useReaderSettings';
import { BackupPanel } from '@/components/library/BackupPanel';
import { BulkBar } from '@/components/library/BulkBar';
import { CaptureList } from '@/components/library/CaptureList';
import { FilterBar } from '@/components/library/FilterBar';
import { facets, filtersActive } from '@/components/library/filters';
import { browser } from 'wxt/browser';
import { t } from '@/utils/platform/i18n';
import { picturesNotice } from '@/utils/platform/picturesNotice';
import { getCaptureStore, StoreError } from '@/utils/store';
import { type FirstScreen, useLibrary } from './useLibrary';
import { useOpenCapture } from './useOpenCapture';
import { useBulkActions } from './useBulkActions';
import { useDeletion } from './useDeletion';
import { EXTRA_TABS } from './tabs';
import { useLibraryView, ViewSwitch } from '@/components/library/views';
import { lazyComponent } from './lazy';

// After the first screen (see lazy.ts): the 数字 tab and the export panel. The reader stays in: the popup shares
// its chunk, which the popup loads whole (more, smaller chunks would add requests to the popup's first open).
const FiguresTab = lazyComponent(async () => (await import('@/components/library/FiguresTab')).FiguresTab);
const ExportPanel = lazyComponent(async () => (await import('@/components/library/ExportPanel')).ExportPanel);
const CaptureDetail = lazyComponent(async () => (await import('@/components/library/CaptureDetail')).CaptureDetail);

function message(error: unknown): string {
  if (error instanceof StoreError && error.code === 'quota') return t('errorQuota');
  return error instanceof Error ? error.message : String(error);
}

/** `first`: the first screen's summaries when library-early.js read them before this render (main.tsx). */
export function LibraryApp(props: FirstScreen = {}) {
  const library = useLibrary(props);
  const { openId, capture, open } = useOpenCapture();
  const [settings, updateSettings] = useReaderSettings();
  const [toast, notify] = useToast();
  const [tab, setTab] = useState('captures');
  const [view, setView] = useLibraryView();
  const [exporting, setExporting] = useState<{ ids: string[] | null; count: number; isSelection: boolean } | null>(
    null,
  );
  const search = useRef<HTMLInputElement>(null);
  const bulk = useBulkActions(library.rows, notify, (ids) =>
    setExporting({ ids, count: ids.length, isSelection: true }),
  );
  const { channels, tags } = useMemo(() => facets(library.summaries), [library.summaries]);

  // "/" focuses the search from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest(
        'input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select, [contenteditable]',
      );
      if (event.key === '/' && !typing) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  // Narrow, the open article replaces the list (panels.css): a row opened from the list hands its focus to the back
  // button (the row is hidden), which gives it back to the row.
  const back = useRef<HTMLButtonElement>(null);
  const openFromList = (id: string) => {
    const fromList = !!document.activeElement?.closest('.cc-lib-side');
    open(id);
    requestAnimationFrame(() => {
      if (fromList && back.current?.offsetParent) back.current.focus();
    });
  };
  const backToList = () => {
    const id = openId ?? '';
    open(null);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.cc-lib-item[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const deletion = useDeletion({ changed: library.notifyOthers, failed: (error) => notify(message(error)) });
  const remove = async (ids: string[]) => {
    if ((await deletion.remove(ids)) && openId && ids.includes(openId)) open(null);
  };

  const patch = async (id: string, change: Parameters<ReturnType<typeof getCaptureStore>['updateCapture']>[1]) => {
    try {
      await getCaptureStore().updateCapture(id, change);
    } catch (error) {
      notify(message(error));
      throw error;
    }
  };

  // Once the first screen is up, the parts it did not need are fetched (opening one then waits for nothing).
  useEffect(() => {
    if (library.phase !== 'ready') return;
    const timer = setTimeout(() => {
      for (const part of [CaptureDetail, FiguresTab, ExportPanel]) void part.preload().catch(() => undefined);
    }, 0);
    return () => clearTimeout(timer);
  }, [library.phase]);

  const recapture = async (current: Capture) => {
    const { recaptureFromLive } = await import('./recapture');
    const outcome = await recaptureFromLive(current);
    if ('error' in outcome) return outcome;
    try {
      const { capture } = await getCaptureStore().saveArticle(outcome.article);
      library.notifyOthers();
      // The live page's pictures, copied again by the background; a full store is said (the text is saved).
      void browser.runtime
        .sendMessage({ type: 'keep-pictures', captureId: capture.id })
        .then((kept) => {
          const note = picturesNotice(kept);
          if (note) notify(note);
        })
        .catch(() => {});
      return outcome;
    } catch (error) {
      return { error: message(error) };
    }
  };

  const rows = library.rows;
  const empty = library.phase === 'ready' && library.summaries.length === 0;
  return (
    <div class={`cc-library cc-scheme-${settings.scheme}${openId ? ' has-open' : ''}`}>
      <header class="cc-lib-header">
        <h1 class="cc-lib-title">{t('libraryTitle')}</h1>
        <input
          ref={search}
          type="search"
          class="cc-search"
          placeholder={t('librarySearchPlaceholder')}
          aria-label={t('librarySearch')}
          aria-keyshortcuts="/"
          value={library.query}
          onInput={(e) => {
            library.setQuery((e.currentTarget as HTMLInputElement).value);
            // Narrow, the hits would be behind the open article: the list comes back (the back button shows).
            if (back.current?.offsetParent) open(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('.cc-lib-item')?.focus();
            }
          }}
        />
        <span class="cc-lib-count" role="status">
          {library.phase === 'ready'
            ? library.query.trim() || filtersActive(library.filters)
              ? t(library.exact ? 'libMatchCount' : 'libMatchCountAbout', String(library.total))
              : t('libraryCount', String(library.summaries.length))
            : ''}
        </span>
        <ViewSwitch view={view} onChange={setView} />
        <button
          type="button"
          class="cc-btn"
          disabled={library.summaries.length === 0}
          onClick={() => setExporting({ ids: null, count: library.summaries.length, isSelection: false })}
        >
          {t('libraryExport')}
        </button>
        <BackupPanel count={library.summaries.length} />
      </header>
      {exporting && <ExportPanel {...exporting} onClose={() => setExporting(null)} />}
      {view === 'figures' && <FiguresTab />}
      {EXTRA_TABS.length > 0 && (
        <div class="cc-lib-tabs" role="tablist">
          {[{ id: 'captures', label: () => t('libTabCaptures') }, ...EXTRA_TABS].map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="tab"
              aria-selected={tab === entry.id}
              class="cc-chip"
              onClick={() => setTab(entry.id)}
            >
              {entry.label()}
            </button>
          ))}
        </div>
      )}
      {deletion.bar}
      {view === 'figures' ? null : tab !== 'captures' ? (
        EXTRA_TABS.find((entry) => entry.id === tab)?.render({
          summaries: library.summaries,
          selectedIds: [...bulk.checked],
          openCapture: (id) => {
            setTab('captures');
            open(id);
          },
        })
      ) : (
        <>
          {!empty && (
            <FilterBar
              filters={library.filters}
              onChange={library.setFilters}
              channels={channels}
              tags={tags}
              searching={!!library.query.trim()}
            />
          )}
          <BulkBar {...bulk.barProps} onDelete={() => remove([...bulk.checked]).then(bulk.clear)} />
          <div class="cc-lib-columns">
            <div class="cc-lib-side">
              {library.phase === 'loading' && <StatusView tone="loading" title={t('stateLoading')} />}
              {library.phase === 'error' && (
                <StatusView tone="error" title={t('libraryLoadFailed')} detail={library.error} />
              )}
              {library.phase === 'ready' && rows.length === 0 && !library.searching && (
                <StatusView
                  tone="info"
                  title={
                    empty ? t('libraryEmptyTitle') : library.query.trim() ? t('libraryNoMatch') : t('libNoFilterMatch')
                  }
                  detail={empty ? t('libraryEmptyDetail') : undefined}
                />
              )}
              <CaptureList
                rows={rows}
                terms={library.terms}
                openId={openId}
                checked={bulk.checked}
                onToggle={bulk.toggle}
                onOpen={openFromList}
                onDelete={(summary) => void remove([summary.id])}
                stateKey={library.stateKey}
                moreHits={library.moreHits}
                onMoreHits={library.showMoreHits}
                moreLoading={library.moreLoading}
              />
            </div>
            <button ref={back} type="button" class="cc-btn cc-lib-back" onClick={backToList}>
              {t('libBackToList')}
            </button>
            <main class="cc-lib-reader">
              {capture ? (
                <CaptureDetail
                  capture={capture}
                  terms={library.terms}
                  settings={settings}
                  onSettings={updateSettings}
                  onPatch={(change) => patch(capture.id, change)}
                  onDelete={() => void remove([capture.id])}
                  onRecapture={() => recapture(capture)}
                  notify={notify}
                />
              ) : (
                library.phase === 'ready' &&
                rows.length > 0 && <StatusView tone="info" title={t('librarySelectPrompt')} />
              )}
            </main>
          </div>
        </>
      )}
      <Toast message={toast} />
    </div>
  );
}

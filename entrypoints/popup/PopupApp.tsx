import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/types';
import { figureKey } from '@/utils/types';
import { ReaderView } from '@/components/ReaderView';
import { ReaderSettingsBar } from '@/components/ReaderSettingsBar';
import { FigurePanel } from '@/components/FigurePanel';
import { StatusView } from '@/components/StatusView';
import { useReaderSettings } from '@/components/useReaderSettings';
import { useToast } from '@/components/useToast';
import { useFigureActions } from '@/components/useFigureActions';
import { Toast } from '@/components/Toast';
import { MarkdownButtons } from '@/components/MarkdownButtons';
import { CitationButton } from '@/components/library/CitationButton';
import { applyFigureEdits } from '@/utils/display/figureEdits';
import { markdownFileName } from '@/utils/export/fileNames';
import { copyText, downloadFile } from '@/utils/platform/download';
import { openLibrary } from '@/utils/platform/tabs';
import { t } from '@/utils/platform/i18n';
import { usePageArticle, type PageState } from './usePageArticle';
import { useCaptureState, type EditsState, type SaveStatus } from './useCaptureState';

export function PopupApp() {
  const { state, tabId, extract } = usePageArticle();
  const [settings, updateSettings] = useReaderSettings();
  const article = state.phase === 'ready' ? state.article : null;
  // The article with its figures, for saving and exports (the figures come a moment after the text).
  const complete = state.phase === 'ready' ? state.complete : null;
  const { save, edits, editsState, updateEdit, saveNow } = useCaptureState(article, tabId, complete);
  const [toast, showToast] = useToast();
  const figureActions = useFigureActions(article, showToast);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [collapsed, setCollapsed] = usePanelCollapsed();
  const readerScroll = useRef<HTMLElement>(null);

  const figures = useMemo(
    () => (article ? applyFigureEdits(article.figures, edits, { keepHidden: true }) : []),
    [article, edits],
  );

  // The article can be scrolled with the keyboard at once: focus lands on it when it is on screen
  // (once: the figures arriving a moment later must not pull focus back).
  const articleUrl = article?.canonicalUrl;
  useEffect(() => {
    if (articleUrl) readerScroll.current?.focus({ preventScroll: true });
  }, [articleUrl]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && article) {
        event.preventDefault();
        void saveNow();
      } else if (event.key === 'Escape' && settingsOpen) {
        event.preventDefault();
        setSettingsOpen(false);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [article, edits, settingsOpen]);

  const markdown = async () => {
    const full = await complete;
    if (!full) return '';
    // The Markdown writer (turndown and its rules) loads on the first click, not before the article is shown.
    // Front matter as the export settings say, the same as the library's exports.
    const { articleMarkdown } = await import('@/utils/platform/markdownExport');
    return articleMarkdown({ ...full, figureEdits: edits } as Article);
  };

  const copyMarkdown = async () => {
    try {
      await copyText(await markdown());
      showToast(t('toastMarkdownCopied'));
    } catch {
      showToast(t('toastCopyFailed'));
    }
  };

  return (
    <div class={`cc-app cc-scheme-${settings.scheme}`}>
      <header class="cc-header">
        <div class="cc-brand">
          <img src="/icon/32.png" alt="" width="20" height="20" />
          <span class="cc-brand-name">{t('extName')}</span>
        </div>
        <div class="cc-actions">
          {article && (
            <>
              <SaveButton save={save} onSave={saveNow} />
              <EditsNote state={editsState} saved={save.status === 'stored' || save.status === 'saved'} />
              <MarkdownButtons
                onCopy={copyMarkdown}
                onDownload={async () =>
                  downloadFile(markdownFileName(article), await markdown(), 'text/markdown;charset=utf-8')
                }
              />
            </>
          )}
          <button
            type="button"
            class="cc-btn cc-btn-quiet"
            onClick={() =>
              openLibrary(save.status === 'saved' || save.status === 'stored' ? save.capture.id : undefined)
            }
          >
            {t('openLibrary')}
          </button>
          {article && <CitationButton article={article} notify={showToast} />}
          {article && (
            <button
              type="button"
              class="cc-btn cc-btn-quiet cc-settings-toggle"
              aria-expanded={settingsOpen}
              aria-controls="cc-settings-bar"
              onClick={() => setSettingsOpen(!settingsOpen)}
              title={t('settingsToggle')}
              aria-label={t('settingsToggle')}
            >
              Aa
            </button>
          )}
        </div>
      </header>
      {article && (
        <div id="cc-settings-bar" class={`cc-settings-wrap${settingsOpen ? ' is-open' : ''}`}>
          <ReaderSettingsBar settings={settings} onChange={updateSettings} />
        </div>
      )}
      {save.status === 'saved' && save.picturesNote && (
        <p class="cc-banner cc-banner-error" role="alert">
          {save.picturesNote}
        </p>
      )}
      {save.status === 'error' && (
        <p class="cc-banner cc-banner-error" role="alert">
          {t('errorSaveFailed')}: {save.message}
        </p>
      )}
      <main class="cc-main">
        {article ? (
          <div class={`cc-columns${collapsed ? ' is-collapsed' : ''}`}>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the article's scroll region, for the keyboard */}
            <section class="cc-reader-scroll" ref={readerScroll} tabIndex={0} aria-label={t('readerRegion')}>
              <ReaderView article={article} settings={settings} bodyRef={figureActions.bodyRef} />
            </section>
            <aside class="cc-aside">
              {collapsed ? (
                <button
                  type="button"
                  class="cc-expand-btn"
                  aria-expanded="false"
                  aria-controls="cc-figures-panel"
                  onClick={() => setCollapsed(false)}
                  title={t('figuresExpand')}
                >
                  <span aria-hidden="true">‹</span> {t('figuresTitle')}
                </button>
              ) : (
                <FigurePanel
                  figures={figures}
                  articleText={article.text}
                  loading={state.phase === 'ready' && FIGURES_LOADING[state.figures]}
                  onCollapse={() => setCollapsed(true)}
                  onLocate={figureActions.locate}
                  onCopyCitation={figureActions.copyCitation}
                  onTogglePin={(f) => updateEdit(figureKey(f), (e) => ({ ...e, pinned: !e.pinned, hidden: false }))}
                  onToggleHide={(f) => updateEdit(figureKey(f), (e) => ({ ...e, hidden: !e.hidden, pinned: false }))}
                />
              )}
            </aside>
          </div>
        ) : (
          <PageStatus state={state} onForce={() => extract(true)} onRetry={() => extract(false)} />
        )}
      </main>
      <Toast message={toast || figureActions.toast} />
    </div>
  );
}

const FIGURES_LOADING = { pending: true, failed: 'failed', ready: false } as const;

/** Whether the figures panel is folded away, remembered for the next popup. */
function usePanelCollapsed(): [boolean, (value: boolean) => void] {
  const [collapsed, setCollapsed] = useState(() => {
    try {
      return localStorage.getItem('cc-figures-collapsed') === '1';
    } catch {
      return false;
    }
  });
  const set = (value: boolean) => {
    setCollapsed(value);
    try {
      localStorage.setItem('cc-figures-collapsed', value ? '1' : '0');
    } catch {
      /* the choice lasts this popup */
    }
  };
  return [collapsed, set];
}

/** Says where the figure choices are: kept for 保存, written to the library, or not written. */
function EditsNote({ state, saved }: { state: EditsState; saved: boolean }) {
  if (state === 'unsaved')
    return (
      <span class="cc-edits-note is-warning" role="status" title={t('editsUnsaved')}>
        <span class="cc-note-mark" aria-hidden="true">
          !
        </span>
        <span class="cc-note-text">{t('editsUnsaved')}</span>
      </span>
    );
  if (state === 'kept' && !saved)
    return (
      <span class="cc-edits-note" role="status" title={t('editsKept')}>
        {t('editsKeptShort')}
      </span>
    );
  if (state === 'saved' && saved)
    return (
      <span class="cc-edits-note" role="status" title={t('editsSavedToLibrary')}>
        {t('editsSavedShort')}
      </span>
    );
  return null;
}

function SaveButton({ save, onSave }: { save: SaveStatus; onSave: () => void }) {
  const label =
    save.status === 'saving'
      ? t('saving')
      : save.status === 'saved'
        ? save.created
          ? t('saved')
          : t('updated')
        : save.status === 'stored'
          ? t('update')
          : t('save');
  const done = save.status === 'saved';
  return (
    <button
      type="button"
      class={`cc-btn cc-btn-primary${done ? ' is-done' : ''}`}
      onClick={onSave}
      disabled={save.status === 'saving' || save.status === 'checking'}
      aria-keyshortcuts="Control+S"
    >
      {done ? `✓ ${label}` : label}
    </button>
  );
}

function PageStatus({ state, onForce, onRetry }: { state: PageState; onForce: () => void; onRetry: () => void }) {
  switch (state.phase) {
    case 'loading':
      return <StatusView tone="loading" title={t('stateLoading')} />;
    case 'restricted':
      return <StatusView tone="info" title={t('stateRestrictedTitle')} detail={t('stateRestrictedDetail')} />;
    case 'not-article':
      return (
        <StatusView
          tone="warning"
          title={t('stateNotArticleTitle')}
          detail={t(`notArticle_${state.result.reason.replace(/-/g, '_')}`)}
        >
          {/* Forcing helps a list or a short page; an empty one has nothing to extract. */}
          {state.result.reason !== 'empty' && state.result.reason !== 'unreadable' && (
            <button type="button" class="cc-btn cc-btn-primary" onClick={onForce}>
              {t('extractAnyway')}
            </button>
          )}
        </StatusView>
      );
    case 'error':
      return (
        <StatusView tone="error" title={t('stateErrorTitle')} detail={state.message}>
          <button type="button" class="cc-btn" onClick={onRetry}>
            {t('retry')}
          </button>
        </StatusView>
      );
    default:
      return null;
  }
}

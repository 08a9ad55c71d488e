import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Capture } from '@/utils/types';
import { ReaderView } from '@/components/ReaderView';
import { ReaderSettingsBar } from '@/components/ReaderSettingsBar';
import { FigurePanel } from '@/components/FigurePanel';
import { StatusView } from '@/components/StatusView';
import { useReaderSettings } from '@/components/useReaderSettings';
import { useFigureActions } from '@/components/useFigureActions';
import { Toast } from '@/components/Toast';
import { formatPublishedAt } from '@/utils/display/formatFigure';
import { applyFigureEdits } from '@/utils/display/figureEdits';
import { articleToMarkdown } from '@/utils/export/markdown';
import { markdownFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';
import { originalUrl } from '@/utils/urls';
import { useCaptures } from './useCaptures';
import { FiguresTab, useFigureInHash, useLibraryView, ViewSwitch } from '@/components/library/FiguresTab';
import { ExportPanel } from '@/components/library/ExportPanel';
import { CitationButton } from '@/components/library/CitationButton';
import { useOfflinePictureFallback } from '@/components/library/useOfflinePictures';

function currentCaptureId(): string | null {
  const m = /^#\/capture\/([^/]+)/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

export function LibraryApp() {
  const [query, setQuery] = useState('');
  const { state, remove, restore } = useCaptures(query);
  const [selectedId, setSelectedId] = useState<string | null>(currentCaptureId());
  const [settings, updateSettings] = useReaderSettings();
  const [undo, setUndo] = useState<Capture | null>(null);
  const [view, setView] = useLibraryView();
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    const onHash = () => setSelectedId(currentCaptureId());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const captures = state.phase === 'ready' ? state.captures : [];
  const selected = captures.find((c) => c.id === selectedId) ?? null;
  const figures = useMemo(() => (selected ? applyFigureEdits(selected.figures, selected.figureEdits) : []), [selected]);
  const figureActions = useFigureActions(selected);
  useFigureInHash(selected, figureActions.locate);
  const pictureFallback = useOfflinePictureFallback(selected?.id ?? null);

  const open = (id: string | null) => {
    location.hash = id ? `#/capture/${encodeURIComponent(id)}` : '';
    setSelectedId(id);
  };

  const deleteCapture = async (capture: Capture) => {
    await remove(capture);
    setUndo(capture);
    if (selectedId === capture.id) open(null);
  };

  return (
    <div class={`cc-library cc-scheme-${settings.scheme}`}>
      <header class="cc-lib-header">
        <h1 class="cc-lib-title">{t('libraryTitle')}</h1>
        <input
          type="search"
          class="cc-search"
          placeholder={t('librarySearchPlaceholder')}
          aria-label={t('librarySearch')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <span class="cc-lib-count">{state.phase === 'ready' ? t('libraryCount', String(captures.length)) : ''}</span>
        <ViewSwitch view={view} onChange={setView} />
        <button type="button" class="cc-btn" onClick={() => setExporting(true)} disabled={captures.length === 0}>
          {t('libraryExport')}
        </button>
      </header>
      {exporting && <ExportPanel captures={captures} isSelection={false} onClose={() => setExporting(false)} />}
      {undo && (
        <div class="cc-undo" role="status">
          {t('libraryDeleted', undo.title)}
          <button
            type="button"
            class="cc-btn"
            onClick={async () => {
              await restore(undo);
              setUndo(null);
            }}
          >
            {t('undo')}
          </button>
          <button type="button" class="cc-icon-btn" aria-label={t('dismiss')} onClick={() => setUndo(null)}>
            ✕
          </button>
        </div>
      )}
      {view === 'figures' && <FiguresTab />}
      <div class="cc-lib-columns" style={view === 'figures' ? { display: 'none' } : undefined}>
        <nav class="cc-lib-list" aria-label={t('libraryListLabel')}>
          {state.phase === 'loading' && <StatusView tone="loading" title={t('stateLoading')} />}
          {state.phase === 'error' && <StatusView tone="error" title={t('libraryLoadFailed')} detail={state.message} />}
          {state.phase === 'ready' && captures.length === 0 && (
            <StatusView
              tone="info"
              title={query ? t('libraryNoMatch') : t('libraryEmptyTitle')}
              detail={query ? undefined : t('libraryEmptyDetail')}
            />
          )}
          <ul>
            {captures.map((capture) => (
              <li key={capture.id}>
                <button
                  type="button"
                  class={`cc-lib-item${capture.id === selectedId ? ' is-selected' : ''}`}
                  aria-current={capture.id === selectedId ? 'true' : undefined}
                  onClick={() => open(capture.id)}
                >
                  <span class="cc-lib-item-title">{capture.title}</span>
                  <span class="cc-lib-item-meta">
                    {[
                      capture.source,
                      formatPublishedAt(capture.publishedAt),
                      t('libraryFigureCount', String(capture.figures.length)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main class="cc-lib-reader">
          {selected ? (
            <>
              <div class="cc-lib-toolbar">
                <ReaderSettingsBar settings={settings} onChange={updateSettings} />
                <span class="cc-lib-toolbar-actions">
                  {originalUrl(selected) && (
                    <a class="cc-btn" href={originalUrl(selected)!} target="_blank" rel="noopener noreferrer">
                      {t('openOriginal')}
                    </a>
                  )}
                  <button
                    type="button"
                    class="cc-btn"
                    onClick={() =>
                      downloadFile(
                        markdownFileName(selected),
                        articleToMarkdown(selected),
                        'text/markdown;charset=utf-8',
                      )
                    }
                  >
                    {t('downloadMarkdown')}
                  </button>
                  <CitationButton article={selected} notify={figureActions.notify} />
                  <button type="button" class="cc-btn cc-btn-danger" onClick={() => deleteCapture(selected)}>
                    {t('delete')}
                  </button>
                </span>
              </div>
              <div class="cc-lib-article">
                <ReaderView
                  article={selected}
                  settings={settings}
                  bodyRef={(el) => {
                    figureActions.bodyRef(el);
                    pictureFallback(el);
                  }}
                />
                <aside class="cc-lib-figures">
                  <FigurePanel
                    figures={figures}
                    onLocate={figureActions.locate}
                    onCopyCitation={figureActions.copyCitation}
                  />
                </aside>
              </div>
            </>
          ) : (
            state.phase === 'ready' &&
            captures.length > 0 && <StatusView tone="info" title={t('librarySelectPrompt')} />
          )}
        </main>
      </div>
      <Toast message={figureActions.toast} />
    </div>
  );
}

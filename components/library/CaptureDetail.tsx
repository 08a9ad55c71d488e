import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Capture, EditedFigure, Figure, FigureEdit } from '@/utils/types';
import { figureKey } from '@/utils/types';
import { ReaderView } from '@/components/ReaderView';
import { ReaderSettingsBar } from '@/components/ReaderSettingsBar';
import { FigurePanel } from '@/components/FigurePanel';
import { useFigureActions } from '@/components/useFigureActions';
import type { ReaderSettings } from '@/utils/platform/settings';
import { applyFigureEdits } from '@/utils/display/figureEdits';
import { markdownFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { articleMarkdown } from '@/utils/platform/markdownExport';
import { t } from '@/utils/platform/i18n';
import type { CapturePatch } from '@/utils/store';
import { markTermsIn } from './Highlighted';
import { originalUrl } from './originalUrl';
import { CitationButton } from './CitationButton';
import { useFigureInHash } from './views';
import { useOfflinePictureFallback } from './useOfflinePictures';
import { TagEditor } from './TagEditor';
import { NoteEditor } from './NoteEditor';
import { CorrectionForm, CorrectionList } from './FigureCorrections';
import { describeChanges, diffRecapture } from './recaptureDiff';

interface Props {
  capture: Capture;
  terms: string[];
  settings: ReaderSettings;
  onSettings: (patch: Partial<ReaderSettings>) => void;
  onPatch: (patch: CapturePatch) => Promise<void>;
  onDelete: () => void;
  /** Loads the live page again; resolves to the new article (saved by the caller) or an error line. */
  onRecapture: () => Promise<{ article: Article } | { error: string }>;
  notify: (message: string) => void;
}

/** Short reference for the article: 《题名》，来源，日期。URL */
export function articleReference(capture: Capture): string {
  const outlet = capture.siteName || capture.source || '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(capture.publishedAt ?? '');
  const date = day ? `${day[1]}年${Number(day[2])}月${Number(day[3])}日` : '';
  return `《${capture.title}》，${[outlet, date].filter(Boolean).join('，')}。${capture.canonicalUrl}`;
}

/** One capture in the popup's clean view, with the user's tags, note and figure choices editable. */
export function CaptureDetail({ capture, terms, settings, onSettings, onPatch, onDelete, onRecapture, notify }: Props) {
  const actions = useFigureActions(capture, notify);
  const body = useRef<HTMLElement | null>(null);
  const pictureFallback = useOfflinePictureFallback(capture.id);
  useFigureInHash(capture, actions.locate);
  const [correcting, setCorrecting] = useState<Figure | null>(null);
  const [busy, setBusy] = useState(false);
  const figures = useMemo(
    () => applyFigureEdits(capture.figures, capture.figureEdits, { keepHidden: true }),
    [capture],
  );
  const editOf = (figure: Pick<Figure, 'start' | 'end'>): FigureEdit =>
    capture.figureEdits.find((edit) => edit.key === figureKey(figure)) ?? { key: figureKey(figure) };
  const original = (figure: EditedFigure): Figure =>
    capture.figures.find((f) => figureKey(f) === figureKey(figure)) ?? figure;

  useEffect(() => {
    if (body.current) markTermsIn(body.current, terms);
  }, [capture.contentHtml, terms.join(' ')]);

  const patchFigure = (figure: Pick<Figure, 'start' | 'end'>, change: (edit: FigureEdit) => FigureEdit) =>
    void onPatch({ figureEdit: change(editOf(figure)) });

  const recapture = async () => {
    setBusy(true);
    const outcome = await onRecapture();
    setBusy(false);
    notify(
      'error' in outcome
        ? t('libRecaptureFailed', outcome.error)
        : describeChanges(diffRecapture(capture, outcome.article)),
    );
  };

  return (
    <>
      <div class="cc-lib-toolbar">
        <ReaderSettingsBar settings={settings} onChange={onSettings} />
        <span class="cc-lib-toolbar-actions">
          {originalUrl(capture) && (
            <a class="cc-btn" href={originalUrl(capture)!} target="_blank" rel="noopener noreferrer">
              {t('openOriginal')}
            </a>
          )}
          <CitationButton article={capture} notify={notify} />
          <button
            type="button"
            class="cc-btn"
            onClick={async () =>
              downloadFile(markdownFileName(capture), await articleMarkdown(capture), 'text/markdown;charset=utf-8')
            }
          >
            {t('downloadMarkdown')}
          </button>
          <button type="button" class="cc-btn" disabled={busy} onClick={() => void recapture()}>
            {busy ? t('libRecapturing') : t('libRecapture')}
          </button>
          <button type="button" class="cc-btn cc-btn-danger" onClick={onDelete} aria-keyshortcuts="Delete">
            {t('delete')}
          </button>
        </span>
      </div>
      <div class="cc-lib-article">
        <div class="cc-lib-main">
          <div class="cc-lib-user">
            <TagEditor
              tags={capture.tags}
              onAdd={(tag) => void onPatch({ addTags: [tag] })}
              onRemove={(tag) => void onPatch({ removeTags: [tag] })}
            />
            <NoteEditor note={capture.note} onSave={(note) => onPatch({ note })} />
          </div>
          <ReaderView
            article={capture}
            settings={settings}
            bodyRef={(el) => {
              body.current = el;
              actions.bodyRef(el);
              pictureFallback(el);
            }}
          />
        </div>
        <aside class="cc-lib-figures">
          <FigurePanel
            figures={figures}
            articleText={capture.text}
            edits={capture.figureEdits}
            onLocate={actions.locate}
            onCopyCitation={actions.copyCitation}
            onTogglePin={(f) => patchFigure(f, (e) => ({ ...e, pinned: !e.pinned, hidden: false }))}
            onToggleHide={(f) => patchFigure(f, (e) => ({ ...e, hidden: !e.hidden, pinned: false }))}
            onCorrect={(f) => setCorrecting(original(f))}
          />
          {correcting && (
            <CorrectionForm
              figure={correcting}
              current={editOf(correcting).corrected}
              onCancel={() => setCorrecting(null)}
              onSave={(corrected) => {
                const figure = correcting;
                setCorrecting(null);
                patchFigure(figure, (e) => ({ ...e, corrected }));
              }}
            />
          )}
          <CorrectionList
            figures={capture.figures}
            edits={capture.figureEdits}
            onRevert={(figure) => patchFigure(figure, (e) => ({ ...e, corrected: undefined }))}
          />
        </aside>
      </div>
    </>
  );
}

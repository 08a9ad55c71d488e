/**
 * Export many captures: a .zip of Markdown files (with the offline pictures in images/) or one combined
 * report. Works in chunks with a progress bar and a cancel button; the result goes through the browser's
 * download. Front matter in today's fields or as Obsidian properties.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { reportFileName, zipFileName } from '@/utils/export/fileNames';
import type { ExportProgress } from '@/utils/export/chunks';
import { downloadFile } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';
import { useExportSettings } from './useExportSettings';
import { formatBytes, usePictureUsage } from './useOfflinePictures';
import { getPictureStore } from '@/utils/store/pictureStore';
import type { OfflinePictures } from '@/utils/platform/exportSettings';
import { exportIds, reportExport, zipExport } from './exportRun';
import './figures.css';

type Format = 'zip' | 'report';

type Phase =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress }
  | { phase: 'done'; message: string }
  | { phase: 'error'; message: string };

interface Props {
  /**
   * What is exported: the selected captures' ids, or null for all of them. Nothing is read before 开始导出:
   * the panel is up at once, and the captures are read with the progress bar running (exportRun.ts).
   */
  ids: readonly string[] | null;
  /** How many captures that is (the heading). */
  count: number;
  /** True when `ids` is a selection (the heading says so). */
  isSelection: boolean;
  onClose: () => void;
}

const PICTURE_CHOICES: Array<[OfflinePictures, string]> = [
  ['changcheng', 'picturesSettingChangcheng'],
  ['all', 'picturesSettingAll'],
  ['off', 'picturesSettingOff'],
];

export function ExportPanel({ ids, count, isSelection, onClose }: Props) {
  const [settings, updateSettings] = useExportSettings();
  const [usage] = usePictureUsage();
  const [format, setFormat] = useState<Format>('zip');
  const [state, setState] = useState<Phase>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const running = state.phase === 'running';

  // Esc closes the panel (as its 关闭 button does: not while an export runs; Esc in a field is the field's). A layout
  // effect: listening from the first paint, not a frame later, so an Esc right after opening is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !running && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [running, onClose]);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const common = {
      signal: controller.signal,
      onProgress: (progress: ExportProgress) => setState({ phase: 'running', progress }),
      frontMatterStyle: settings.frontMatterStyle,
    };
    setState({ phase: 'running', progress: { done: 0, total: ids?.length ?? count } });
    try {
      const chosen = await exportIds(ids);
      const options = { ...common, zipPictures: settings.zipPictures };
      if (format === 'zip') {
        const result = await zipExport(chosen, options);
        downloadFile(zipFileName(), result.data, 'application/zip');
        setState({ phase: 'done', message: t('exportZipDone', [String(result.files), String(result.pictures)]) });
      } else {
        const report = await reportExport(chosen, options);
        downloadFile(reportFileName(), report, 'text/markdown;charset=utf-8');
        setState({ phase: 'done', message: t('exportReportDone', String(chosen.length)) });
      }
    } catch (error) {
      const cancelled = error instanceof Error && error.name === 'AbortError';
      setState({
        phase: 'error',
        message: cancelled
          ? t('exportCancelled')
          : `${t('exportFailed')} ${error instanceof Error ? error.message : ''}`,
      });
    } finally {
      abort.current = null;
    }
  };

  return (
    <div class="cc-export-panel" role="dialog" aria-modal="false" aria-labelledby="cc-export-title">
      <h2 id="cc-export-title">
        {isSelection ? t('exportTitleSelected', String(count)) : t('exportTitleAll', String(count))}
      </h2>
      <fieldset disabled={running}>
        <legend>{t('exportFormat')}</legend>
        <label>
          <input type="radio" name="cc-export-format" checked={format === 'zip'} onChange={() => setFormat('zip')} />
          {t('exportFormatZip')}
        </label>
        <label>
          <input
            type="radio"
            name="cc-export-format"
            checked={format === 'report'}
            onChange={() => setFormat('report')}
          />
          {t('exportFormatReport')}
        </label>
      </fieldset>
      <fieldset disabled={running}>
        <legend title={t('exportFrontMatterHint')}>{t('exportFrontMatter')}</legend>
        <label>
          <input
            type="radio"
            name="cc-export-front"
            checked={settings.frontMatterStyle === 'default'}
            onChange={() => updateSettings({ frontMatterStyle: 'default' })}
          />
          {t('exportFrontMatterDefault')}
        </label>
        <label>
          <input
            type="radio"
            name="cc-export-front"
            checked={settings.frontMatterStyle === 'obsidian'}
            onChange={() => updateSettings({ frontMatterStyle: 'obsidian' })}
          />
          {t('exportFrontMatterObsidian')}
        </label>
      </fieldset>
      {format === 'zip' && (
        <label class="cc-export-check">
          <input
            type="checkbox"
            disabled={running}
            checked={settings.zipPictures}
            onChange={(e) => updateSettings({ zipPictures: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('exportZipPictures')}
        </label>
      )}
      <fieldset disabled={running}>
        <legend>{t('picturesSetting')}</legend>
        {PICTURE_CHOICES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="cc-offline-pictures"
              checked={settings.offlinePictures === value}
              onChange={() => updateSettings({ offlinePictures: value })}
            />
            {t(label)}
          </label>
        ))}
        {usage && (
          <span class="cc-export-usage" data-testid="picture-usage">
            {t('picturesUsage', [
              formatBytes(usage.bytes),
              formatBytes(getPictureStore().caps.total),
              formatBytes(getPictureStore().caps.perArticle),
            ])}
          </span>
        )}
      </fieldset>
      {running && (
        <div class="cc-export-progress">
          <progress max={state.progress.total || 1} value={state.progress.done} aria-label={t('exportProgressLabel')} />
          <span>
            {t(state.progress.reading ? 'exportReading' : 'exportProgress', [
              String(state.progress.done),
              String(state.progress.total),
            ])}
          </span>
        </div>
      )}
      {(state.phase === 'done' || state.phase === 'error') && (
        <p class={`cc-export-result cc-export-${state.phase}`} role={state.phase === 'error' ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
      <div class="cc-export-buttons">
        {running ? (
          <button type="button" class="cc-btn" onClick={() => abort.current?.abort()}>
            {t('exportCancel')}
          </button>
        ) : (
          <button type="button" class="cc-btn cc-btn-primary" onClick={run} disabled={count === 0}>
            {t('exportStart')}
          </button>
        )}
        <button type="button" class="cc-btn cc-btn-quiet" onClick={onClose} disabled={running}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}

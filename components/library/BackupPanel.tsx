import { useState } from 'preact/hooks';
import type { ParsedBackupFile } from '@/utils/export/backupZip';
import { backupFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { backupSettings, restoreBackupSettings } from '@/utils/platform/backupSettings';
import { t } from '@/utils/platform/i18n';
import { getCaptureStore, type ImportResult } from '@/utils/store';
import { getPictureStore } from '@/utils/store/pictureStore';

type ParsedBackup = ParsedBackupFile;

type Report =
  | { kind: 'none' }
  | { kind: 'working'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'problems'; parsed: ParsedBackup }
  | { kind: 'done'; result: ImportResult; warnings: string[]; settings: boolean };

/** Backs the whole library up to one file, imports one back (checked whole first), and clears the library. */
export function BackupPanel({ count }: { count: number }) {
  const [report, setReport] = useState<Report>({ kind: 'none' });
  const [confirmClear, setConfirmClear] = useState(false);

  const backup = async () => {
    try {
      // The zip code is loaded when asked for: the library's first screen does without it.
      const { createBackupZip, parseBackupFile } = await import('@/utils/export/backupZip');
      const captures = await getCaptureStore().exportAll();
      const pictures = await getPictureStore().allPictures();
      // Reading and export settings (front matter, pictures in zips, offline pictures).
      const settings = await backupSettings();
      const zip = createBackupZip(captures, pictures, new Date(), { settings });
      // Checked as an import would check it before it is written: a backup that cannot come back is no backup.
      const check = parseBackupFile(zip);
      if (check.captures.length !== captures.length || check.problems.length)
        throw new Error(`${check.problems[0] ?? ''} (${check.captures.length}/${captures.length})`);
      downloadFile(backupFileName(), zip, 'application/zip');
      setReport({ kind: 'working', message: t('libBackupDone', String(captures.length)) });
    } catch (error) {
      setReport({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const apply = async (parsed: ParsedBackup) => {
    setReport({ kind: 'working', message: t('libImporting') });
    try {
      const result = parsed.captures.length
        ? await getCaptureStore().importCaptures(parsed.captures, { pictures: parsed.pictures })
        : { added: 0, updated: 0, skipped: 0, refused: 0, problems: [], pictures: 0, picturesSkipped: 0 };
      // Each setting checked on its own: the valid ones restored, the others named in the notes.
      const settings = await restoreBackupSettings(parsed.settings);
      const warnings = [...parsed.warnings, ...settings.notes];
      setReport({ kind: 'done', result, warnings, settings: settings.restored });
    } catch (error) {
      setReport({
        kind: 'error',
        message: `${t('libImportNothingChanged')} ${error instanceof Error ? error.message : error}`,
      });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setReport({ kind: 'working', message: t('libImporting') });
    let parsed: ParsedBackup;
    const [{ parseBackupFile }, { BackupError }] = await Promise.all([
      import('@/utils/export/backupZip'),
      import('@/utils/export/backup'),
    ]);
    try {
      parsed = parseBackupFile(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      const message = error instanceof BackupError ? error.message : String(error);
      setReport({ kind: 'error', message: `${t('libImportNothingChanged')} ${message}` });
      return;
    }
    if (parsed.problems.length) setReport({ kind: 'problems', parsed });
    else await apply(parsed);
  };

  return (
    <section class="cc-lib-backup" aria-label={t('libBackupSection')}>
      <button type="button" class="cc-btn" onClick={() => void backup()} disabled={count === 0}>
        {t('libBackup')}
      </button>
      <label class="cc-btn cc-file-btn">
        {t('libImport')}
        <input
          type="file"
          accept=".zip,.json,application/zip,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void importFile(input.files?.[0]);
            input.value = '';
          }}
        />
      </label>
      {confirmClear ? (
        <span class="cc-lib-confirm" role="alertdialog" aria-label={t('libClearAsk', String(count))}>
          {t('libClearAsk', String(count))}
          <button
            type="button"
            class="cc-btn cc-btn-danger"
            onClick={async () => {
              setConfirmClear(false);
              await getCaptureStore().clearAll();
              setReport({ kind: 'working', message: t('libCleared') });
            }}
          >
            {t('libClearYes')}
          </button>
          <button type="button" class="cc-btn" onClick={() => setConfirmClear(false)}>
            {t('libCancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="cc-btn cc-btn-quiet" onClick={() => setConfirmClear(true)} disabled={count === 0}>
          {t('libClear')}
        </button>
      )}
      <ImportReport report={report} onApplyValid={apply} onDismiss={() => setReport({ kind: 'none' })} />
    </section>
  );
}

function ImportReport({
  report,
  onApplyValid,
  onDismiss,
}: {
  report: Report;
  onApplyValid: (parsed: ParsedBackup) => Promise<void>;
  onDismiss: () => void;
}) {
  if (report.kind === 'none') return null;
  const close = (
    <button type="button" class="cc-icon-btn" aria-label={t('dismiss')} onClick={onDismiss}>
      ✕
    </button>
  );
  if (report.kind === 'working')
    return (
      <p role="status" class="cc-lib-report">
        {report.message}
        {close}
      </p>
    );
  if (report.kind === 'error')
    return (
      <p role="alert" class="cc-lib-report is-error">
        {report.message}
        {close}
      </p>
    );
  if (report.kind === 'problems') {
    const { parsed } = report;
    return (
      <div role="alert" class="cc-lib-report is-error">
        <p>{t('libImportProblems', [String(parsed.problems.length), String(parsed.total)])}</p>
        <ul>
          {parsed.problems.slice(0, 10).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        {parsed.captures.length > 0 && (
          <button type="button" class="cc-btn" onClick={() => void onApplyValid({ ...parsed, problems: [] })}>
            {t('libImportValidOnly', String(parsed.captures.length))}
          </button>
        )}
        {close}
      </div>
    );
  }
  const { result } = report;
  return (
    <div role="status" class="cc-lib-report">
      <p>
        {t('libImported', [String(result.added), String(result.updated), String(result.skipped)])}
        {result.pictures > 0 ? ` ${t('libImportedPictures', String(result.pictures))}` : ''}
        {report.settings ? ` ${t('libImportedSettings')}` : ''}
      </p>
      {report.warnings.length > 0 && (
        <details>
          <summary>{t('libImportNotes', String(report.warnings.length))}</summary>
          <ul>
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
      {close}
    </div>
  );
}

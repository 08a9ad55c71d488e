import { useState } from 'preact/hooks';
import { createBackup, parseBackup, BackupError, type ParsedBackup } from '@/utils/export/backup';
import { backupFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { normaliseSettings, readerSettings } from '@/utils/platform/settings';
import { t } from '@/utils/platform/i18n';
import { getCaptureStore, type ImportResult } from '@/utils/store';

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
      const captures = await getCaptureStore().exportAll();
      const settings = { readerSettings: await readerSettings.getValue() };
      downloadFile(backupFileName(), createBackup(captures, new Date(), { settings }), 'application/json');
      setReport({ kind: 'working', message: t('libBackupDone', String(captures.length)) });
    } catch (error) {
      setReport({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const apply = async (parsed: ParsedBackup) => {
    setReport({ kind: 'working', message: t('libImporting') });
    try {
      const result = parsed.captures.length
        ? await getCaptureStore().importCaptures(parsed.captures)
        : { added: 0, updated: 0, skipped: 0, refused: 0, problems: [] };
      const settings = parsed.settings?.readerSettings;
      if (settings && typeof settings === 'object') await readerSettings.setValue(normaliseSettings(settings));
      setReport({ kind: 'done', result, warnings: parsed.warnings, settings: !!settings });
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
    try {
      parsed = parseBackup(await file.text());
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
          accept=".json,application/json"
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

import { useState } from 'preact/hooks';
import { h } from 'preact';
import type { Capture } from '@/utils/types';
import { backupFileName } from '@/utils/export/fileNames';
import { downloadFile } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';
import { getCaptureStore, StoreError } from '@/utils/store';
import type { LibraryRow } from './useLibrary';
import { EXTRA_BULK_ACTIONS } from './tabs';

/**
 * The checked captures and what the bulk bar does with them (delete is the caller's: it keeps the undo; export opens
 * the caller's export panel with the selection's ids: the panel reads them, with its progress bar).
 */
export function useBulkActions(
  rows: LibraryRow[],
  notify: (message: string) => void,
  openExport: (ids: string[]) => void,
) {
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const ids = () => [...checked];
  const toggle = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const clear = () => setChecked(new Set());
  const fail = (error: unknown) =>
    notify(error instanceof StoreError ? error.message : error instanceof Error ? error.message : String(error));
  const load = async (): Promise<Capture[]> => {
    const store = getCaptureStore();
    const found = await Promise.all(ids().map((id) => store.getCapture(id)));
    return found.filter((capture): capture is Capture => !!capture);
  };

  const barProps = {
    count: checked.size,
    total: rows.length,
    onSelectAll: () => setChecked(new Set(rows.map((row) => row.summary.id))),
    onClear: clear,
    onTag: async (tag: string) => {
      try {
        const store = getCaptureStore();
        for (const id of ids()) await store.updateCapture(id, { addTags: [tag] });
        notify(t('libTagged', [tag, String(checked.size)]));
      } catch (error) {
        fail(error);
      }
    },
    onExportMarkdown: async () => openExport(ids()),
    onBackupSelected: async () => {
      try {
        const { createBackup } = await import('@/utils/export/backup');
        downloadFile(backupFileName(), createBackup(await load()), 'application/json');
      } catch (error) {
        fail(error);
      }
    },
    children: EXTRA_BULK_ACTIONS.map((action) =>
      h(
        'button',
        { type: 'button', class: 'cc-btn', key: action.id, onClick: () => void action.run(ids()) },
        action.label(),
      ),
    ),
  };
  return { checked, toggle, clear, barProps };
}

import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/platform/i18n';

interface Props {
  count: number;
  total: number;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tag: string) => Promise<void>;
  onDelete: () => Promise<void>;
  onExportMarkdown: () => Promise<void>;
  onBackupSelected: () => Promise<void>;
  /** More bulk actions (the export helpers add theirs here). */
  children?: ComponentChildren;
}

/** What to do with the checked captures: tag, export, delete (asks first). */
export function BulkBar({
  count,
  total,
  onSelectAll,
  onClear,
  onTag,
  onDelete,
  onExportMarkdown,
  onBackupSelected,
  children,
}: Props) {
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (count === 0) return null;
  return (
    <section class="cc-lib-bulk" aria-label={t('libBulkLabel')}>
      <span class="cc-lib-bulk-count">{t('libSelectedCount', String(count))}</span>
      {count < total && (
        <button type="button" class="cc-link-btn" onClick={onSelectAll}>
          {t('libSelectAll', String(total))}
        </button>
      )}
      <button type="button" class="cc-link-btn" onClick={onClear}>
        {t('libSelectNone')}
      </button>
      <form
        class="cc-lib-bulk-tag"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!tag.trim()) return;
          await onTag(tag.trim());
          setTag('');
        }}
      >
        <input
          type="text"
          value={tag}
          placeholder={t('libTagPlaceholder')}
          aria-label={t('libBulkTagInput')}
          onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="cc-btn">
          {t('libBulkTag')}
        </button>
      </form>
      <button type="button" class="cc-btn" onClick={() => void onExportMarkdown()}>
        {t('libBulkExportMd')}
      </button>
      <button type="button" class="cc-btn" onClick={() => void onBackupSelected()}>
        {t('libBulkBackup')}
      </button>
      {children}
      {confirming ? (
        <span class="cc-lib-confirm" role="alertdialog" aria-label={t('libBulkDeleteAsk', String(count))}>
          {t('libBulkDeleteAsk', String(count))}
          <button
            type="button"
            class="cc-btn cc-btn-danger"
            onClick={async () => {
              setConfirming(false);
              await onDelete();
            }}
          >
            {t('libBulkDeleteYes')}
          </button>
          <button type="button" class="cc-btn" onClick={() => setConfirming(false)}>
            {t('libCancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="cc-btn cc-btn-danger" onClick={() => setConfirming(true)}>
          {t('libBulkDelete', String(count))}
        </button>
      )}
    </section>
  );
}

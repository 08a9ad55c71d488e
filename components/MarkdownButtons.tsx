import { t } from '@/utils/platform/i18n';

/**
 * 复制 and 下载 under one "Markdown" label: the header stays one line in Chinese and English at 150 % zoom. The
 * buttons' names are the whole action (复制 Markdown), their visible words a part of it (WCAG 2.5.3).
 */
export function MarkdownButtons({ onCopy, onDownload }: { onCopy: () => void; onDownload: () => void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline button group; a fieldset's legend breaks the line
    <div class="cc-md-group" role="group" aria-label="Markdown">
      <span class="cc-md-label" aria-hidden="true">
        Markdown
      </span>
      <button type="button" class="cc-btn" onClick={onCopy} aria-label={t('copyMarkdown')}>
        {t('copyShort')}
      </button>
      <button type="button" class="cc-btn" onClick={onDownload} aria-label={t('downloadMarkdown')}>
        {t('downloadShort')}
      </button>
    </div>
  );
}

/** Copies the article's reference in GB/T 7714-2015 form (作者. 题名[N/OL]. 长城网, 日期[引用日期]. URL.) and says so. */
import type { Article } from '@/utils/types';
import { gbt7714Citation } from '@/utils/export/citation';
import { copyText } from '@/utils/platform/download';
import { t } from '@/utils/platform/i18n';

interface Props {
  article: Article;
  /** Where the confirmation goes (a toast the page already has). */
  notify: (message: string) => void;
}

export function CitationButton({ article, notify }: Props) {
  const copy = async () => {
    const reference = gbt7714Citation(article, new Date());
    try {
      await copyText(reference);
      notify(t('toastReferenceCopied', reference));
    } catch {
      notify(t('toastCopyFailed'));
    }
  };
  return (
    <button type="button" class="cc-btn" onClick={copy} title={t('copyReferenceHint')}>
      {t('copyReference')}
    </button>
  );
}

import { useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';

interface Props {
  tags: string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

/** The capture's tags: remove one with its ×, add with Enter (commas split several). */
export function TagEditor({ tags, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    for (const tag of draft.split(/[,，、]/)) if (tag.trim()) onAdd(tag.trim());
    setDraft('');
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline chip list; a fieldset's legend layout does not fit
    <div class="cc-lib-tags" role="group" aria-label={t('libTags')}>
      <span class="cc-lib-field-label">{t('libTags')}</span>
      {tags.map((tag) => (
        <span class="cc-tag cc-tag-edit" key={tag}>
          {tag}
          <button type="button" class="cc-tag-remove" aria-label={t('libTagRemove', tag)} onClick={() => onRemove(tag)}>
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        class="cc-lib-tag-input"
        value={draft}
        placeholder={t('libTagPlaceholder')}
        aria-label={t('libTagAdd')}
        onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={() => draft.trim() && add()}
      />
    </div>
  );
}

import { FONT_SIZES, PAPER_COLORS, type ReaderSettings } from '@/utils/platform/settings';
import { t } from '@/utils/platform/i18n';

interface Props {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
}

/** 【字号: 大 | 中 | 小】【背景色 …】 as on the site, as real buttons with pressed state. */
export function ReaderSettingsBar({ settings, onChange }: Props) {
  const current = PAPER_COLORS.find((p) => p.id === settings.paper) ?? PAPER_COLORS[PAPER_COLORS.length - 1];
  return (
    <div class="cc-settings" role="toolbar" aria-label={t('settingsLabel')}>
      {/* biome-ignore lint/a11y/useSemanticElements: an inline button group; a fieldset's legend breaks the toolbar */}
      <div class="cc-settings-group" role="group" aria-label={t('fontSize')}>
        <span class="cc-settings-name">{t('fontSize')}</span>
        {FONT_SIZES.map((size) => (
          <button
            type="button"
            class="cc-chip"
            aria-pressed={settings.fontSize === size.id}
            aria-label={`${t('fontSize')} ${localName('fontSize', size.id, size.label)}`}
            onClick={() => onChange({ fontSize: size.id })}
          >
            {localName('fontSize', size.id, size.label)}
          </button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: an inline button group; a fieldset's legend breaks the toolbar */}
      <div class="cc-settings-group" role="group" aria-label={t('paperColor')}>
        <span class="cc-settings-name">{t('paperColor')}</span>
        {PAPER_COLORS.map((paper) => (
          <button
            type="button"
            class="cc-swatch"
            style={{ '--cc-swatch': paper.color }}
            aria-pressed={settings.paper === paper.id}
            aria-label={`${t('paperColor')} ${localName('paper', paper.id, paper.label)}`}
            title={`${localName('paper', paper.id, paper.label)}\n${t('paperDarkHint')}`}
            onClick={() => onChange({ paper: paper.id })}
          />
        ))}
        <span class="cc-swatch-name" aria-hidden="true">
          {localName('paper', current.id, current.label)}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: an inline button group; a fieldset's legend breaks the toolbar */}
      <div class="cc-settings-group" role="group" aria-label={t('colorScheme')}>
        <select
          class="cc-select"
          aria-label={t('colorScheme')}
          value={settings.scheme}
          onChange={(event) =>
            onChange({ scheme: (event.currentTarget as HTMLSelectElement).value as ReaderSettings['scheme'] })
          }
        >
          <option value="system">{t('schemeSystem')}</option>
          <option value="light">{t('schemeLight')}</option>
          <option value="dark">{t('schemeDark')}</option>
        </select>
      </div>
    </div>
  );
}

/** A setting's name in the UI language (fontSize_large, paper_almond …); the Chinese label when none. */
function localName(group: 'fontSize' | 'paper', id: string, fallback: string): string {
  const key = `${group}_${id}`;
  const name = t(key);
  return name === key ? fallback : name;
}

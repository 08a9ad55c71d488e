import type { FigureKind } from '@/utils/types';
import { t } from '@/utils/platform/i18n';
import { filtersActive, filtersSet, NO_FILTERS, type LibraryFilters } from './filters';
import { FoldingFilters } from './FoldingFilters';

const KINDS: FigureKind[] = ['money', 'count', 'percent', 'area', 'length', 'weight', 'volume', 'duration', 'date'];

interface Props {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  channels: string[];
  tags: string[];
  searching: boolean;
}

/** Sort and filters: date range (publication), channel or site, tag, figure kind, has a note. */
export function FilterBar({ filters, onChange, channels, tags, searching }: Props) {
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline toolbar of labelled controls (no fieldset legend)
    <div class="cc-lib-filters" role="group" aria-label={t('libFilters')}>
      <FoldingFilters id="cc-lib-filter-fields" active={filtersSet(filters)}>
        <label>
          {t('libSort')}
          <select value={filters.sort} onChange={(e) => set('sort', value(e) as LibraryFilters['sort'])}>
            <option value="capturedAt">{t('libSortCaptured')}</option>
            <option value="publishedAt">{t('libSortPublished')}</option>
            {searching && <option value="relevance">{t('libSortRelevance')}</option>}
          </select>
        </label>
        <label>
          {t('libFrom')}
          <input type="date" value={filters.from} onChange={(e) => set('from', value(e))} />
        </label>
        <label>
          {t('libTo')}
          <input type="date" value={filters.to} onChange={(e) => set('to', value(e))} />
        </label>
        <label>
          {t('libChannel')}
          <select value={filters.channel} onChange={(e) => set('channel', value(e))}>
            <option value="">{t('libAny')}</option>
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {channel}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libTag')}
          <select value={filters.tag} onChange={(e) => set('tag', value(e))}>
            <option value="">{t('libAny')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libKind')}
          <select value={filters.kind} onChange={(e) => set('kind', value(e) as LibraryFilters['kind'])}>
            <option value="">{t('libAny')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="cc-lib-check">
          <input
            type="checkbox"
            checked={filters.hasNote}
            onChange={(e) => set('hasNote', (e.currentTarget as HTMLInputElement).checked)}
          />
          {t('libHasNote')}
        </label>
        {filtersActive(filters) && (
          <button type="button" class="cc-link-btn" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
            {t('libClearFilters')}
          </button>
        )}
      </FoldingFilters>
    </div>
  );
}

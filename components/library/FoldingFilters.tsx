import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';

interface Props {
  /** The element id of the folded fields (for aria-controls). */
  id: string;
  /** How many filters are set: shown on the button, so folded filters are never forgotten. */
  active: number;
  children: ComponentChildren;
}

/**
 * Filters that fold behind one 筛选 button in a narrow window (≤ 640 CSS px: an 800 px window at 125 % zoom and
 * beyond), where three rows of selects would leave the list a line or two. Wide, the button is hidden (CSS) and
 * the fields sit in their bar as if unwrapped (`display: contents`).
 */
export function FoldingFilters({ id, active, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class={`cc-btn cc-filters-toggle${active > 0 ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {active > 0 ? t('libFiltersSet', String(active)) : t('libFilters')}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} class={`cc-filters-fields${open ? ' is-open' : ''}`}>
        {children}
      </div>
    </>
  );
}

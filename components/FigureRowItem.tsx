import { useRef } from 'preact/hooks';
import type { EditedFigure } from '@/utils/types';
import type { FigureRow } from '@/utils/display/figureRows';
import { t } from '@/utils/platform/i18n';

export interface FigureRowActions {
  onLocate: (figure: EditedFigure) => void;
  onCopyCitation?: (figure: EditedFigure) => void;
  onTogglePin?: (figure: EditedFigure) => void;
  onToggleHide?: (figure: EditedFigure) => void;
  /** Offered where a correction can be kept (the library): opens the caller's correction form. */
  onCorrect?: (figure: EditedFigure) => void;
}

/** Moves focus to the main button of the row before or after this one (↑/↓ in the list). */
function focusSibling(item: HTMLElement, step: 1 | -1): void {
  const all = Array.from(item.closest('.cc-figures')?.querySelectorAll<HTMLElement>('.cc-figure-main') ?? []);
  const index = all.indexOf(item.querySelector('.cc-figure-main') as HTMLElement);
  all[index + step]?.focus();
}

/**
 * One figure: a single Tab stop (the value button locates it in the text); its actions are reached
 * with ←/→ or the shortcuts C (copy citation), P (pin), H (hide); ↑/↓ move between figures.
 */
export function FigureRowItem({ row, actions }: { row: FigureRow; actions: FigureRowActions }) {
  const { figure, places } = row;
  const next = useRef(0);
  const item = useRef<HTMLLIElement>(null);
  const { onLocate, onCopyCitation, onTogglePin, onToggleHide, onCorrect } = actions;
  // Pin and hide apply to every place the figure is stated, so a repeat can't reappear on its own.
  const eachPlace = (act?: (figure: EditedFigure) => void) =>
    act &&
    (() => {
      for (const place of places) act(place);
    });
  const pin = eachPlace(onTogglePin);
  const hide = eachPlace(onToggleHide);
  const locate = () => {
    onLocate(places[next.current % places.length] ?? figure);
    next.current++;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const buttons = Array.from(item.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const key = event.key.toLowerCase();
    const run = (act?: () => void) => {
      if (!act) return;
      event.preventDefault();
      act();
    };
    if (key === 'arrowright') run(() => buttons[Math.min(buttons.length - 1, at + 1)]?.focus());
    else if (key === 'arrowleft') run(() => buttons[Math.max(0, at - 1)]?.focus());
    else if (key === 'arrowdown') run(() => item.current && focusSibling(item.current, 1));
    else if (key === 'arrowup') run(() => item.current && focusSibling(item.current, -1));
    else if (key === 'c') run(onCopyCitation && (() => onCopyCitation(figure)));
    else if (key === 'p') run(pin);
    else if (key === 'h') run(hide);
  };

  const title = [row.normalised, figure.sentence].filter(Boolean).join('\n');
  const place = [row.period, places.length > 1 ? t('figurePlaces', String(places.length)) : ''].filter(Boolean);
  // The name holds the visible text too (what a speech-input user says to click it).
  const visible = `${row.value}${row.label}${place.join(' · ')}`;
  return (
    <li
      ref={item}
      class={`cc-figure${figure.pinned ? ' is-pinned' : ''}${figure.hidden ? ' is-hidden' : ''}`}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="cc-figure-main"
        onClick={locate}
        aria-label={`${t('figureLocate')}: ${figure.text} — ${visible}`}
        aria-description={[row.label, row.period, t('figureKeysHint')].filter(Boolean).join('；')}
        aria-keyshortcuts="C P H"
        title={title}
      >
        <span class="cc-figure-value" elementtiming="cc-figure">
          {row.value}
        </span>
        {row.label && <span class="cc-figure-label">{row.label}</span>}
        {place.length > 0 && <span class="cc-figure-period">{place.join(' · ')}</span>}
      </button>
      <span class="cc-figure-actions">
        {onCopyCitation && (
          <button
            type="button"
            tabIndex={-1}
            class="cc-icon-btn"
            onClick={() => onCopyCitation(figure)}
            aria-label={`${t('figureCopyCitation')}: ${figure.text}`}
            title={`${t('figureCopyCitation')} (C)`}
          >
            ❝
          </button>
        )}
        {pin && (
          <button
            type="button"
            tabIndex={-1}
            class="cc-icon-btn"
            aria-pressed={!!figure.pinned}
            onClick={pin}
            aria-label={`${figure.pinned ? t('figureUnpin') : t('figurePin')}: ${figure.text}`}
            title={`${figure.pinned ? t('figureUnpin') : t('figurePin')} (P)`}
          >
            ★
          </button>
        )}
        {hide && (
          <button
            type="button"
            tabIndex={-1}
            class="cc-icon-btn"
            aria-pressed={!!figure.hidden}
            onClick={hide}
            aria-label={`${figure.hidden ? t('figureUnhide') : t('figureHide')}: ${figure.text}`}
            title={`${figure.hidden ? t('figureUnhide') : t('figureHide')} (H)`}
          >
            {figure.hidden ? '↺' : '✕'}
          </button>
        )}
        {onCorrect && (
          <button
            type="button"
            tabIndex={-1}
            class="cc-icon-btn"
            onClick={() => onCorrect(figure)}
            aria-label={`${t('figureCorrect')}: ${figure.text}`}
            title={t('figureCorrect')}
          >
            ✎
          </button>
        )}
      </span>
    </li>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { EditedFigure, FigureKind } from '@/utils/types';
import { formatFigureValue } from '@/utils/display/formatFigure';
import { t } from '@/utils/platform/i18n';

interface Props {
  /** Figures with the user's edits applied, hidden ones included (greyed). */
  figures: EditedFigure[];
  onLocate: (figure: EditedFigure) => void;
  onCopyCitation?: (figure: EditedFigure) => void;
  /** Pin / hide are offered only where the choice can be kept. */
  onTogglePin?: (figure: EditedFigure) => void;
  onToggleHide?: (figure: EditedFigure) => void;
  /** How many to show before “全部”. */
  topCount?: number;
}

const KIND_ORDER: FigureKind[] = [
  'money',
  'count',
  'percent',
  'area',
  'length',
  'weight',
  'volume',
  'duration',
  'date',
  'age',
  'temperature',
  'ratio',
  'energy',
  'speed',
  'other',
];

/** Key figures: the top ones first, everything grouped by kind on demand. */
export function FigurePanel({ figures, onLocate, onCopyCitation, onTogglePin, onToggleHide, topCount = 8 }: Props) {
  const [showAll, setShowAll] = useState(false);
  const visible = figures.filter((f) => !f.hidden);
  const hiddenCount = figures.length - visible.length;

  if (figures.length === 0) {
    return (
      <section class="cc-figures" aria-labelledby="cc-figures-title">
        <h2 id="cc-figures-title" class="cc-figures-title">
          {t('figuresTitle')}
        </h2>
        <p class="cc-empty-note">{t('figuresEmpty')}</p>
      </section>
    );
  }

  const row = (figure: EditedFigure) => (
    <li
      class={`cc-figure${figure.pinned ? ' is-pinned' : ''}${figure.hidden ? ' is-hidden' : ''}`}
      key={`${figure.start}:${figure.end}`}
    >
      <button
        type="button"
        class="cc-figure-main"
        onClick={() => onLocate(figure)}
        aria-label={`${t('figureLocate')}: ${figure.text}`}
        title={figure.sentence}
      >
        <span class="cc-figure-value">{formatFigureValue(figure)}</span>
        <span class="cc-figure-label">{figure.label || t(`kind_${figure.kind}`)}</span>
      </button>
      <span class="cc-figure-actions">
        {onCopyCitation && (
          <button
            type="button"
            class="cc-icon-btn"
            onClick={() => onCopyCitation(figure)}
            aria-label={`${t('figureCopyCitation')}: ${figure.text}`}
            title={t('figureCopyCitation')}
          >
            ❝
          </button>
        )}
        {onTogglePin && (
          <button
            type="button"
            class="cc-icon-btn"
            aria-pressed={!!figure.pinned}
            onClick={() => onTogglePin(figure)}
            aria-label={`${figure.pinned ? t('figureUnpin') : t('figurePin')}: ${figure.text}`}
            title={figure.pinned ? t('figureUnpin') : t('figurePin')}
          >
            ★
          </button>
        )}
        {onToggleHide && (
          <button
            type="button"
            class="cc-icon-btn"
            aria-pressed={!!figure.hidden}
            onClick={() => onToggleHide(figure)}
            aria-label={`${figure.hidden ? t('figureUnhide') : t('figureHide')}: ${figure.text}`}
            title={figure.hidden ? t('figureUnhide') : t('figureHide')}
          >
            {figure.hidden ? '↺' : '✕'}
          </button>
        )}
      </span>
    </li>
  );

  let content: ComponentChildren;
  if (showAll) {
    const groups = KIND_ORDER.map((kind) => ({ kind, items: figures.filter((f) => f.kind === kind) })).filter(
      (g) => g.items.length > 0,
    );
    content = groups.map((group) => (
      <div class="cc-figure-group" key={group.kind}>
        <h3 class="cc-figure-group-title">
          {t(`kind_${group.kind}`)} <span class="cc-count">{group.items.length}</span>
        </h3>
        <ul class="cc-figure-list">{group.items.map(row)}</ul>
      </div>
    ));
  } else {
    content = <ul class="cc-figure-list">{visible.slice(0, topCount).map(row)}</ul>;
  }

  return (
    <section class="cc-figures" aria-labelledby="cc-figures-title">
      <h2 id="cc-figures-title" class="cc-figures-title">
        {t('figuresTitle')} <span class="cc-count">{visible.length}</span>
      </h2>
      {content}
      {(visible.length > topCount || hiddenCount > 0 || showAll) && (
        <button type="button" class="cc-link-btn" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t('figuresShowTop') : t('figuresShowAll', String(figures.length))}
        </button>
      )}
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { FIGURE_KINDS, type EditedFigure, type FigureEdit, type FigureKind } from '@/utils/types';
import { figureRows, type FigureOrder } from '@/utils/display/figureRows';
import { t } from '@/utils/platform/i18n';
import { FigureRowItem, type FigureRowActions } from './FigureRowItem';
import { citeWithSource, setCiteWithSource } from './useFigureActions';

interface Props extends FigureRowActions {
  /** Figures with the user's edits applied, hidden ones included (greyed). */
  figures: EditedFigure[];
  /** Article.text: values as written, labels from the clause, the figure's period, repeats merged. */
  articleText?: string;
  /** How many to show before “全部”. */
  topCount?: number;
  /** Offered where the panel can fold away (the popup). */
  onCollapse?: () => void;
  /** The figures are still being computed (the popup shows the article first): 'pending'; or they failed. */
  loading?: boolean | 'failed';
  /** The user's figure edits, where corrections are kept (the library): a corrected number shows as corrected. */
  edits?: readonly FigureEdit[];
}

const NO_EDITS: readonly FigureEdit[] = [];

const KIND_ORDER: readonly FigureKind[] = FIGURE_KINDS;

const ORDER_KEY = 'cc-figure-order';

function savedOrder(): FigureOrder {
  try {
    return localStorage.getItem(ORDER_KEY) === 'article' ? 'article' : 'key';
  } catch {
    return 'key';
  }
}

/** Key figures: the top ones first (or in the article's order), everything grouped by kind on demand. */
export function FigurePanel({
  figures,
  articleText = '',
  topCount = 8,
  onCollapse,
  loading,
  edits = NO_EDITS,
  ...actions
}: Props) {
  const [showAll, setShowAll] = useState(false);
  const [order, setOrder] = useState<FigureOrder>(savedOrder);
  const [withSource, setWithSource] = useState(citeWithSource);
  const rows = useMemo(() => figureRows(figures, articleText, order, edits), [figures, articleText, order, edits]);
  const visible = rows.filter((row) => !row.figure.hidden);
  const hiddenCount = rows.length - visible.length;

  const chooseOrder = (next: FigureOrder) => {
    setOrder(next);
    try {
      localStorage.setItem(ORDER_KEY, next);
    } catch {
      /* private mode: the choice lasts this page */
    }
  };

  const title = (
    <div class="cc-figures-head">
      <h2 id="cc-figures-title" class="cc-figures-title">
        {t('figuresTitle')} {rows.length > 0 && <span class="cc-count">{visible.length}</span>}
      </h2>
      {onCollapse && (
        <button
          type="button"
          class="cc-icon-btn cc-collapse-btn"
          onClick={onCollapse}
          aria-expanded="true"
          aria-controls="cc-figures-panel"
          aria-label={t('figuresCollapse')}
          title={t('figuresCollapse')}
        >
          ›
        </button>
      )}
    </div>
  );

  if (rows.length === 0) {
    return (
      <section
        class="cc-figures"
        id="cc-figures-panel"
        aria-labelledby="cc-figures-title"
        aria-busy={loading === true ? 'true' : 'false'}
      >
        {title}
        <p class="cc-empty-note" role="status">
          {loading === true ? t('figuresLoading') : loading === 'failed' ? t('figuresFailed') : t('figuresEmpty')}
        </p>
      </section>
    );
  }

  const list = (items: typeof rows) => (
    <ul class="cc-figure-list">
      {items.map((row) => (
        <FigureRowItem key={`${row.figure.start}:${row.figure.end}`} row={row} actions={actions} />
      ))}
    </ul>
  );

  let content: ComponentChildren;
  if (showAll) {
    const groups = KIND_ORDER.map((kind) => ({ kind, items: rows.filter((r) => r.figure.kind === kind) })).filter(
      (g) => g.items.length > 0,
    );
    content = groups.map((group) => (
      <div class="cc-figure-group" key={group.kind}>
        <h3 class="cc-figure-group-title">
          {t(`kind_${group.kind}`)} <span class="cc-count">{group.items.length}</span>
        </h3>
        {list(group.items)}
      </div>
    ));
  } else {
    content = list(visible.slice(0, topCount));
  }

  return (
    <section class="cc-figures" id="cc-figures-panel" aria-labelledby="cc-figures-title" aria-busy="false">
      {title}
      {/* biome-ignore lint/a11y/useSemanticElements: a two-button switch; a fieldset's legend layout does not fit */}
      <div class="cc-order" role="group" aria-label={t('figuresOrderLabel')}>
        <button type="button" class="cc-chip" aria-pressed={order === 'key'} onClick={() => chooseOrder('key')}>
          {t('figuresOrderKey')}
        </button>
        <button type="button" class="cc-chip" aria-pressed={order === 'article'} onClick={() => chooseOrder('article')}>
          {t('figuresOrderArticle')}
        </button>
      </div>
      {content}
      {(visible.length > topCount || hiddenCount > 0 || showAll) && (
        <button type="button" class="cc-link-btn" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t('figuresShowTop') : t('figuresShowAll', String(rows.length))}
        </button>
      )}
      {actions.onCopyCitation && (
        <label class="cc-cite-option">
          <input
            type="checkbox"
            checked={withSource}
            onChange={(event) => {
              const checked = (event.currentTarget as HTMLInputElement).checked;
              setWithSource(checked);
              setCiteWithSource(checked);
            }}
          />
          {t('citationAddSource')}
        </label>
      )}
    </section>
  );
}

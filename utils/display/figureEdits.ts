import { figureKey, type Article, type Capture, type EditedFigure, type Figure, type FigureEdit } from '../types';

export type { EditedFigure } from '../types';

/**
 * The user's choices applied to figures, for every view and export: hidden ones dropped (unless
 * asked to keep them, greyed, in the popup), pinned first in text order, then the rest by score.
 */
export function applyFigureEdits(
  figures: readonly Figure[],
  edits: readonly FigureEdit[] = [],
  options: { keepHidden?: boolean } = {},
): EditedFigure[] {
  const byKey = new Map(edits.map((edit) => [edit.key, edit]));
  const shown: EditedFigure[] = [];
  for (const figure of figures) {
    const edit = byKey.get(figureKey(figure));
    if (edit?.hidden && !options.keepHidden) continue;
    shown.push({ ...figure, ...(edit?.corrected ?? {}), pinned: edit?.pinned === true, hidden: edit?.hidden === true });
  }
  const order = new Map(shown.map((figure, index) => [figure, index]));
  return shown.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      (a.pinned ? 0 : (b.score ?? 0) - (a.score ?? 0)) ||
      order.get(a)! - order.get(b)!,
  );
}

/** The edits a capture carries (a plain Article has none). */
export function figureEditsOf(article: Article | Capture): FigureEdit[] {
  return 'figureEdits' in article && Array.isArray(article.figureEdits) ? article.figureEdits : [];
}

/** An article's figures with its own edits applied (hidden ones out): what exports list. */
export function editedFiguresOf(article: Article | Capture): EditedFigure[] {
  return applyFigureEdits(article.figures ?? [], figureEditsOf(article));
}

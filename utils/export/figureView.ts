/** Figures as the user sees them in exports: hidden ones out, corrections applied, pinned first. */
import type { Article, Capture, EditedFigure } from '../types';
import { editedFiguresOf } from '../display/figureEdits';

// The value formatters live with the views (one formatter, named variants); exports use its `normalised` form.
export { formatNumber, formatFigureUnit, formatFigureValue } from '../display/figureValue';

/** Figures as exported: the user's edits applied, hidden ones out, pinned first. */
export function displayFigures(article: Article | Capture): EditedFigure[] {
  return editedFiguresOf(article);
}

/**
 * Figure edits are keyed by the figure's offsets in the text (`start:end`). When a page is captured again and
 * its text changed (a paragraph added above), the same figure sits at other offsets: the edits are moved to
 * the figure that is the same one — same words, in the same sentence when there is one, nearest the old place.
 * An edit whose figure is gone stays as it was (the user's choice is never dropped).
 */
import type { Figure, FigureEdit } from '../types';

const keyOf = (figure: Pick<Figure, 'start' | 'end'>) => `${figure.start}:${figure.end}`;

export function rekeyFigureEdits(
  edits: readonly FigureEdit[],
  before: readonly Figure[],
  after: readonly Figure[],
): FigureEdit[] {
  if (edits.length === 0) return [];
  const oldByKey = new Map(before.map((figure) => [keyOf(figure), figure]));
  const taken = new Set<string>();
  return edits.map((edit) => {
    const old = oldByKey.get(edit.key);
    if (!old) return edit;
    let best: Figure | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of after) {
      if (candidate.text !== old.text || taken.has(keyOf(candidate))) continue;
      // Another sentence counts as far away; the distance breaks ties between equal sentences.
      const sentence = old.sentence && candidate.sentence !== old.sentence ? 1e9 : 0;
      const score = sentence + Math.abs(candidate.start - old.start);
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best) return edit;
    taken.add(keyOf(best));
    return { ...edit, key: keyOf(best) };
  });
}

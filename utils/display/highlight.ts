import type { Figure } from '../types';

const HIT_CLASS = 'cc-figure-hit';
const SENTENCE_CLASS = 'cc-sentence-hit';
const BLOCKS = 'p, li, figcaption, blockquote, h2, h3, h4, td, div';

const HALF_WIDTH: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
};

/** Compared without spaces and with full-width marks as ASCII: the reader shows 一页，在 for the stored 一页,在. */
function squash(text: string): string {
  return text.replace(/\s+/g, '').replace(/[，；：？！（）]/g, (mark) => HALF_WIDTH[mark]);
}

/** Removes the marks a previous highlight left. */
export function clearHighlight(root: ParentNode): void {
  root.querySelectorAll(`mark.${HIT_CLASS}`).forEach((mark) => {
    mark.replaceWith(...Array.from(mark.childNodes));
  });
  root.querySelectorAll(`.${SENTENCE_CLASS}`).forEach((el) => {
    el.classList.remove(SENTENCE_CLASS);
  });
  (root as Element).normalize?.();
}

/**
 * Finds the figure in the rendered body (by its sentence, then its text), marks it and returns
 * the element to scroll to. Offsets can't be used: the body is HTML, the offsets are into plain text.
 */
export function highlightFigure(root: HTMLElement, figure: Pick<Figure, 'text' | 'sentence'>): HTMLElement | null {
  clearHighlight(root);
  const sentenceKey = squash(figure.sentence).slice(0, 40);
  const textKey = squash(figure.text);
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const block =
    blocks.find((el) => squash(el.textContent ?? '').includes(sentenceKey)) ??
    blocks.find((el) => squash(el.textContent ?? '').includes(textKey));
  if (!block) return null;
  block.classList.add(SENTENCE_CLASS);
  return markText(block, figure.text) ?? block;
}

function markText(block: HTMLElement, needle: string): HTMLElement | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const index = node.data.indexOf(needle);
    if (index < 0) continue;
    const hit = node.splitText(index);
    hit.splitText(needle.length);
    const mark = doc.createElement('mark');
    mark.className = HIT_CLASS;
    hit.replaceWith(mark);
    mark.append(hit);
    return mark;
  }
  return null;
}

import type { ArticleImage } from '../types';

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Marks the paragraphs that are image captions (as the article's images list names them), so the
 * reader shows them small and centred under their picture, as the site does.
 */
export function markCaptions(root: HTMLElement, images: readonly ArticleImage[]): number {
  const captions = new Set(images.map((image) => image.caption && squash(image.caption)).filter(Boolean) as string[]);
  if (captions.size === 0) return 0;
  let marked = 0;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('p, figcaption, div'))) {
    if (el.querySelector('p, div, img')) continue;
    if (captions.has(squash(el.textContent ?? ''))) {
      el.classList.add('cc-caption');
      marked++;
    }
  }
  return marked;
}

import type { ArticleImage } from '@/utils/types';
import { markCaptions } from '@/utils/display/captions';
import { fullWidthInElement } from '@/utils/display/punctuation';

/**
 * The article body, readied off screen: the sanitised HTML is parsed into an inert <template> and made ready there
 * (captions marked, half-width punctuation made full-width, the beginning marked for Element Timing) before it is
 * shown in one piece: no flash of the page's own punctuation, no second layout after the first paint. The blocks
 * past the first screen are left out of the first layout (reader.css, content-visibility) and laid out when the
 * page is next idle (showWholeBody), or at once when something needs their place (locating a figure): a long
 * article costs its first paint no more than a short one, and scrolling and locating stay exact.
 */

/** The block Element Timing reports as the body's beginning (the popup bench waits for its paint). */
const TEXT_BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, td, th, figcaption, pre, div';
const INNER_BLOCKS = 'p, div, li, table, blockquote, ul, ol, h2, h3, h4, h5, h6, figure';

/** Readies sanitised HTML for display. Never sanitises: give it safe HTML (sanitizeArticleHtml). */
export function prepareBody(
  safeHtml: string,
  images: readonly ArticleImage[],
  doc: Document = document,
): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = `<div>${safeHtml}</div>`;
  const root = template.content.firstElementChild as HTMLElement;
  markCaptions(root, images);
  fullWidthInElement(root);
  markBeginning(root);
  const body = doc.createDocumentFragment();
  body.append(...Array.from(root.childNodes));
  return body;
}

/** `elementtiming="cc-body"` on the first block that holds text itself (Element Timing reports text per block). */
function markBeginning(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(TEXT_BLOCKS))) {
    if (!el.textContent?.trim() || el.querySelector(INNER_BLOCKS)) continue;
    el.setAttribute('elementtiming', 'cc-body');
    return;
  }
}

/** Lays out the whole body (its later blocks were left for later, see reader.css): before measuring positions in it. */
export function showWholeBody(body: HTMLElement): void {
  body.classList.add(WHOLE);
}

/** After the first paint, when the page is idle (or a second at most): the whole body laid out. Returns a cancel. */
export function showWholeBodyWhenIdle(body: HTMLElement): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(() => showWholeBody(body), 200);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(() => showWholeBody(body), { timeout: 1000 });
  return () => cancelIdleCallback(idle);
}

const WHOLE = 'is-whole';

/**
 * A little of what an article body holds: enough for the first sanitising and preparing to have run once. No
 * picture and no address that could load anything: the sanitiser hands its result to the live document.
 */
const WARM_UP_HTML =
  '<p>长城网讯,<a href="#">河北</a>(记者 张三)<strong>12.5%</strong></p>' +
  '<p class="x">图</p><table><tbody><tr><td>1</td></tr></tbody></table>';

/**
 * Runs the body's sanitiser and preparation once on a small sample, in the idle time while the page is read:
 * their set-up and first compilation then no longer sit between the article's arrival and its first paint. The
 * prepared sample stays in a document without a browsing context and is thrown away.
 */
export function warmUpBody(sanitize: (html: string) => string): void {
  prepareBody(sanitize(WARM_UP_HTML), [], document.implementation.createHTMLDocument(''));
}

/**
 * The one HTML sanitiser for article bodies (capture and popup share it).
 * DOMPurify is bound to the given window so it runs in the content script, the popup, jsdom and Node.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import type { ExtractedArticle, RawArticle, RawElement } from '../types';
import { withoutEventHandlers } from './eventHandlers';
import { buildTree } from './rawTree';

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'svg',
  'math',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'dialog',
  'marquee',
];
// Ids/classes/names could collide with (or clobber) the host page's DOM; inline style can carry url().
const FORBID_ATTR = [
  'style',
  'id',
  'class',
  'name',
  'srcset',
  'sizes',
  'srcdoc',
  'formaction',
  'background',
  'ping',
  'usemap',
];
const SAFE_URL_RE = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** Per window, up to two purifiers: one set to sanitise article bodies in place, one for HTML strings (views). */
const cache = new WeakMap<object, { inPlace?: Purifier; html?: Purifier }>();

const TABLE_PARTS = ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'];

/**
 * While sanitizeArticleElement runs: the images and table parts the sanitiser kept, in document order, noted by
 * the hook below as it passes them, so the steps after it need no walk of their own over the article.
 */
let kept: { imgs: Element[]; parts: Element[] } | null = null;

/** DOMPurify lets data: through on <img>; articles never need it (tracking pixels, smuggled SVG). */
function restrictUrls(node: Node): void {
  const el = node as Element;
  if (!el.getAttribute) return;
  if (kept) {
    const tag = el.localName;
    if (tag === 'img') kept.imgs.push(el);
    else if (TABLE_PARTS.includes(tag)) kept.parts.push(el);
  }
  for (const attr of ['src', 'href', 'cite', 'poster', 'action', 'longdesc']) {
    const v = el.getAttribute(attr);
    if (v !== null && !SAFE_URL_RE.test(v.replace(/[\s\u0000-\u001f]+/g, ''))) el.removeAttribute(attr);
  }
  if (el.tagName === 'A') {
    if (el.getAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else {
      el.removeAttribute('target');
    }
  }
}

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
};

/**
 * A purifier of a window, configured once (setConfig): DOMPurify otherwise rebuilds its tag and attribute sets on
 * every call, which cost more than the walk itself on a short article in Chromium. Each kind is made on first use:
 * a capture needs only the in-place one, and making a purifier is a good part of a cold run.
 */
function purifierFor(win: Window, kind: 'inPlace' | 'html'): Purifier {
  let p = cache.get(win);
  if (!p) cache.set(win, (p = {}));
  const made = p[kind];
  if (made) return made;
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purifier.addHook('afterSanitizeAttributes', restrictUrls);
  purifier.setConfig(kind === 'inPlace' ? { ...CONFIG, IN_PLACE: true } : { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  p[kind] = purifier;
  return purifier;
}

/** An image whose only address was unsafe is an empty box: drop it. */
function dropEmptyImages(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) if (!img.getAttribute('src')) img.remove();
}

/**
 * Untrusted HTML -> safe HTML for innerHTML in an extension page: no active content, no styles, no ids. Its event
 * handler attributes are cut first (eventHandlers.ts): Chromium would report each one the parser met.
 */
export function sanitizeArticleHtml(html: string, window: Window): string {
  if (madeHere.has(html)) return html;
  const frag = purifierFor(window, 'html').sanitize(withoutEventHandlers(html)) as unknown as DocumentFragment;
  dropEmptyImages(frag);
  const holder = window.document.createElement('div');
  holder.appendChild(frag);
  return holder.innerHTML;
}

/**
 * The same policy applied in place to a body container of an inert clone (capture): no serialise-and-reparse
 * round trip, a fraction of the cost. Mutates `el`; returns its sanitised inner HTML. Views sanitise the
 * stored HTML again with sanitizeArticleHtml before showing it.
 */
export function sanitizeArticleElement(el: Element, window: Window): string {
  const found: { imgs: Element[]; parts: Element[] } = { imgs: [], parts: [] };
  const purifier = purifierFor(window, 'inPlace');
  kept = found;
  try {
    purifier.sanitize(el);
  } catch {
    return sanitizeArticleHtml(el.innerHTML, window); // a root DOMPurify refuses in place (clobbered, forbidden)
  } finally {
    kept = null;
  }
  // What a walk over the article would find (dropEmptyImages, byTag per part): the kept ones still under `el`.
  const under = (x: Element) => x !== el && el.contains(x);
  for (const img of found.imgs) if (!img.getAttribute('src') && under(img)) img.remove();
  // Table parts outside a table (Readability can leave a <td> in a <div>): a parser would drop the tags anyway.
  for (const tag of TABLE_PARTS) {
    for (const part of found.parts) {
      if (part.localName !== tag || !under(part)) continue;
      const table = part.parentElement?.closest('table');
      if (!table || !el.contains(table)) part.replaceWith(...Array.from(part.childNodes));
    }
  }
  return el.innerHTML;
}

/**
 * Strings this realm's sanitiser gave for display (sanitizeRawArticle): the view shows them as they are instead of
 * sanitising them a second time. A string equal to one of them is that safe HTML, wherever it came from.
 */
const madeHere = new Set<string>();

/**
 * A document that never loads or runs anything: a <template>'s contents owner (no browsing context, scripting
 * off). Not implementation.createHTMLDocument: in an extension page Chromium fetched a picture built there and
 * tried its onerror handler (the page's CSP refused it).
 */
function inertDocument(window: Window): Document {
  return window.document.createElement('template').content.ownerDocument;
}

/**
 * The injected extractor's body (RawArticle.unsafeBody, page-controlled) -> the safe HTML the in-page sanitiser
 * would have given: built node for node in an inert document (no browsing context: nothing loads, nothing runs),
 * then sanitised in place there.
 */
export function sanitizeArticleBody(unsafeBody: RawElement, window: Window): string {
  const safe = sanitizeArticleElement(buildTree(unsafeBody, inertDocument(window)), window);
  if (madeHere.size > 8) madeHere.clear();
  madeHere.add(safe);
  return safe;
}

/** A RawArticle with its body sanitised: the ExtractedArticle extractArticle gives for the same page. */
export function sanitizeRawArticle(raw: RawArticle, window: Window): ExtractedArticle {
  // Keys in extractArticle's order (JSON output compares byte for byte): url … text, contentHtml, images, length.
  const { unsafeBody, images, length, warnings, ...head } = raw;
  const contentHtml = sanitizeArticleBody(unsafeBody, window);
  return { ...head, contentHtml, images, length, ...(warnings ? { warnings } : {}) };
}

/** A little of what an article body holds, as the injected extractor sends it: no picture, no address to load. */
const WARM_UP_BODY: RawElement = [
  'div',
  [],
  [
    ['p', [['class', 'x']], ['长城网讯,', ['a', [['href', '#']], ['河北']], '(记者 张三)', ['strong', [], ['12.5%']]]],
    ['table', [], [['tbody', [], [['tr', [], [['td', [], ['1']]]]]]]],
  ],
];

/**
 * Sanitises a small sample once (the popup calls it while the page is read): the in-place purifier the article's
 * body needs is then made and compiled before the article arrives. Returns the sample's safe HTML.
 */
export function warmUpSanitiser(window: Window): string {
  return sanitizeArticleBody(WARM_UP_BODY, window);
}

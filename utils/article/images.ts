/**
 * Images and links inside the content root: real addresses for lazy images, absolute URLs,
 * and captions tied to their image (figcaption, or a short/centred paragraph right after it).
 */
import type { ArticleImage } from '../types';
import { cleanText } from './parse';
import { byTag, countDescendants, hasDescendant } from './dom';

const LAZY_ATTRS = [
  'data-original',
  'data-src',
  'data-lazy-src',
  'data-lazy',
  'data-url',
  'data-actualsrc',
  'data-echo',
  'original',
  'file',
  'data-original-src',
  'lazy-src',
  '_src',
];
// A placeholder picture: a data: or about: address, a file named for what it is (/img/blank.gif, a_loading.png,
// 1x1.gif), or one in a placeholder folder (/lazyload/x.jpg).
const PLACEHOLDER_NAME = '(?:blank|spacer|pixel|placeholder|loading|lazy|grey|gray|transparent|default|1x1|px)';
const PLACEHOLDER_FILE = `(?:^|[/_.-])${PLACEHOLDER_NAME}\\.(?:gif|png|jpe?g|svg|webp)(?:$|\\?)`;
const PLACEHOLDER_RE = new RegExp(`^data:|^about:|${PLACEHOLDER_FILE}|\\/(?:blank|loading|lazyload)\\/`, 'i');

/** Resolve against the page/base URL; unsafe or broken addresses give null. */
export function absoluteUrl(raw: string | null | undefined, base: string): string | null {
  const v = (raw ?? '').trim();
  if (!v) return null;
  try {
    const u = new URL(v, base);
    return /^(?:https?|ftp|mailto|tel|file):$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Lazy images -> real address; every img src and a href made absolute (unsafe ones removed). */
export function fixUrls(root: Element, base: string): void {
  fixImages(root, base);
  fixLinks(root, base);
}

/** A picture file by its address (the big picture a thumbnail links to). */
const IMAGE_FILE_RE = /\.(?:jpe?g|png|gif|webp|bmp|avif)(?:$|[?#])/i;
/** Thumbnail markers in a file name: "a_01t.jpg" (CMS), "a_small.jpg", "a_thumb.jpg", "a_s.jpg", "thumb_a.jpg". */
const THUMB_MARK_RE =
  /(?:(?<=\d)t|[_-](?:s|small|thumb|thumbnail|mini|min))(?=\.[a-z]+(?:$|[?#]))|(?<=\/)(?:thumb|small|s)_/i;

/** The same picture without its thumbnail marker: ".../a_01t.jpg" -> ".../a_01.jpg" (null when none). */
function unthumbed(url: string): string | null {
  const out = url.replace(THUMB_MARK_RE, '');
  return out === url ? null : out;
}

/** The widest candidate of a srcset ("a.jpg 320w, b.jpg 1280w" -> "b.jpg"). */
function largestSrcset(srcset: string | null): string | null {
  let best: string | null = null;
  let bestSize = 0;
  for (const part of (srcset ?? '').split(/,\s+/)) {
    const [url, size = '1x'] = part.trim().split(/\s+/);
    const n = Number.parseFloat(size) * (/x$/i.test(size) ? 1000 : 1);
    if (url && n > bestSize) [best, bestSize] = [url, n];
  }
  return best;
}

/**
 * The full-size address of an image: a lazy-loading attribute (data-original, data-src, data-url …), then the big
 * picture a thumbnail links to, then the widest srcset candidate, then src. A placeholder or a thumbnail of another
 * candidate (…_01t.jpg beside …_01.jpg) is taken only when nothing else exists.
 */
export function fullSizeSource(img: Element, base: string): string | null {
  const link = img.parentElement?.tagName === 'A' ? img.parentElement.getAttribute('href') : null;
  const raw = [
    ...LAZY_ATTRS.map((a) => img.getAttribute(a)),
    link && IMAGE_FILE_RE.test(link) && img.parentElement?.children.length === 1 ? link : null,
    largestSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset')),
    img.getAttribute('src'),
  ];
  const all = raw
    .filter((v): v is string => !!v?.trim() && !/^\s*data:/i.test(v))
    .map((v) => absoluteUrl(v, base))
    .filter((v): v is string => !!v && /^https?:/i.test(v));
  const real = all.filter((u) => !PLACEHOLDER_RE.test(new URL(u).pathname));
  const full = real.filter((u) => !real.some((o) => o !== u && unthumbed(u) === o));
  return full[0] ?? real[0] ?? all[0] ?? null;
}

/** Images made full-size and absolute (see fullSizeSource); images with no usable address removed. */
export function fixImages(root: Element, base: string): void {
  for (const img of byTag(root, 'img')) {
    const src = fullSizeSource(img, base);
    if (src) img.setAttribute('src', src);
    else img.remove();
    img.removeAttribute('srcset');
  }
}

/** Link targets made absolute; javascript:, data: and other unsafe ones removed (the link text stays). */
export function fixLinks(root: Element, base: string): void {
  for (const a of byTag(root, 'a')) {
    const href = a.getAttribute('href');
    if (href === null) continue;
    const abs = href.trim().startsWith('#') ? null : absoluteUrl(href, base);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
}

const CAPTION_HINT_RE = /(?:供图|摄影?|图为|图片来源|图\s*[/／|｜]|资料图|截图|配图|视觉中国|新华社发|摄$)/;
const CAPTION_CLASS_RE = /caption|(?:pic|img|photo|image)_?(?:text|txt|title|desc|note|info|sm)|tuzhu|tushuo/i;
const BLOCK_RE = /^(?:P|DIV|CENTER|FIGURE|TD|LI|SECTION|SPAN|STRONG|FONT|A|B)$/;

function isCentred(el: Element): boolean {
  const align = (el.getAttribute('align') ?? '').toLowerCase();
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  return (
    el.tagName === 'CENTER' ||
    el.hasAttribute('data-cc-center') ||
    align === 'center' ||
    /text-align\s*:\s*center/.test(style)
  );
}

/** A short, caption-like block: the 2-3 lines the site centres under a photo. */
function captionText(el: Element | null): string | null {
  if (!el || hasDescendant(el, 'img')) return null;
  const t = cleanText(el.textContent);
  if (!t || t.length > 150) return null;
  return isCentred(el) || CAPTION_HINT_RE.test(t) || CAPTION_CLASS_RE.test(el.getAttribute('class') ?? '') ? t : null;
}

/** A picture table: the image in one row, its caption alone in the next (<tr><td><img></td></tr><tr><td>说明</td>). */
function rowCaption(cell: Element): string | null {
  const next = cell.closest('tr')?.nextElementSibling;
  const table = cell.closest('table');
  if (!next || !table || next.children.length !== 1 || countDescendants(table, 'img', 2) !== 1) return null;
  const t = cleanText(next.textContent);
  return t && t.length <= 150 ? t : null;
}

/** The block holding an image alone (p/div/center wrapper whose only content is the image). */
function imageBlock(img: Element, root: Element): Element {
  let el: Element = img;
  while (el.parentElement && el.parentElement !== root && BLOCK_RE.test(el.parentElement.tagName)) {
    const p = el.parentElement;
    if (cleanText(p.textContent).length > 0 && countDescendants(p, 'img', 2) === 1) {
      const t = cleanText(p.textContent);
      if (t.length > 150) break;
    }
    el = p;
    if (/^(?:P|FIGURE|CENTER)$/.test(p.tagName)) break;
  }
  return el;
}

/** Images with captions, in document order. The caption text stays in the body as its own paragraph. */
export function collectImages(root: Element): ArticleImage[] {
  const out: ArticleImage[] = [];
  for (const img of byTag(root, 'img')) {
    const src = img.getAttribute('src');
    if (!src || out.some((i) => i.src === src)) continue;
    const w = Number(img.getAttribute('width') ?? 0);
    const h = Number(img.getAttribute('height') ?? 0);
    if ((w && w < 40) || (h && h < 40)) continue; // icons, spacers and share buttons
    let caption: string | null = null;
    const fig = img.closest('figure');
    if (fig) caption = cleanText(fig.querySelector('figcaption')?.textContent) || null;
    if (!caption) {
      const block = imageBlock(img, root);
      const own = block !== img ? cleanText(block.textContent) : '';
      caption =
        own && own.length <= 150
          ? own
          : (captionText(block.nextElementSibling) ?? (/^T[DH]$/.test(block.tagName) ? rowCaption(block) : null));
    }
    const alt = cleanText(img.getAttribute('alt')) || null;
    out.push({ src, caption, alt });
  }
  return out;
}

/**
 * Mark centred blocks before Readability strips align/style, so captions can still be found. `elements`: the
 * document's elements when the caller has them listed already (byTag(doc, '*') of the same tree).
 */
export function markCentred(doc: Document, elements: readonly Element[] = byTag(doc, '*')): void {
  for (const el of elements) {
    if (el.tagName !== 'CENTER' && !el.hasAttribute('align') && !el.hasAttribute('style')) continue;
    const align = (el.getAttribute('align') ?? '').toLowerCase();
    if (
      el.tagName === 'CENTER' ||
      align === 'center' ||
      /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '')
    ) {
      el.setAttribute('data-cc-center', '1');
    }
  }
}

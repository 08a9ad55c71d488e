/**
 * Finding the body container: a site profile's selectors / CMS comment blocks first, then Readability
 * with Chinese-friendly settings (Latin thresholds would drop short Chinese articles and paragraphs).
 */
import { Readability } from '@mozilla/readability';
import type { SiteProfile } from './sites/types';
import { cmsBlocks } from './sites/cmsBlocks';
import { cleanText } from './parse';
import { selectAll } from './select';
import { byTag } from './dom';

function textLen(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

function linkLen(el: Element): number {
  let n = 0;
  for (const a of byTag(el, 'a')) n += (a.textContent ?? '').replace(/\s+/g, '').length;
  return n;
}

/**
 * A usable body: real text, not mostly links, not the whole page wrapper around the title. Chrome the
 * profile will remove anyway (related lists, share bars) does not count against it.
 */
export function usableBody(el: Element, titleEl: Element | null, minChars = 40, chrome: string[] = []): boolean {
  let len = textLen(el);
  if (len < 15) return false;
  if (titleEl && el.contains(titleEl)) return false;
  let links = linkLen(el);
  for (const sel of chrome) {
    for (const c of selectAll(el, sel)) {
      len -= textLen(c);
      links -= linkLen(c);
    }
  }
  return len >= minChars && links / Math.max(len, 1) < 0.5;
}

/** The profile's body container in the (cloned) document, or null when none is usable. */
export function profileContent(
  doc: Document,
  profile: SiteProfile,
  titleEl: Element | null,
  blocks: Map<string, Node[]>,
): Element | null {
  // A real body first; a one-line one (video pages) only when no container holds more.
  const found = profile.selectors.content.map((sel) => selectAll(doc, sel));
  for (const min of [40, 15]) {
    for (const els of found)
      for (const el of els) if (usableBody(el, titleEl, min, profile.selectors.remove)) return el;
  }
  for (const name of profile.cmsBlocks?.content ?? []) {
    const nodes = blocks.get(name);
    if (!nodes?.length) continue;
    const box = doc.createElement('div');
    for (const n of nodes) box.appendChild(n.cloneNode(true));
    if (usableBody(box, null)) return box;
  }
  return null;
}

/** The CMS blocks of a profile (empty map when the profile has none). */
export function profileBlocks(doc: Document, profile: SiteProfile | null): Map<string, Node[]> {
  return profile?.cmsBlocks ? cmsBlocks(doc, profile.cmsBlocks.start, profile.cmsBlocks.end) : new Map();
}

export interface ReadabilityResult {
  content: Element;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** Readability on an already-cloned document (it mutates it). */
export function readabilityContent(doc: Document): ReadabilityResult | null {
  try {
    const reader = new Readability<Element>(doc, {
      charThreshold: 100,
      nbTopCandidates: 5,
      keepClasses: false,
      serializer: (el) => el as Element,
    });
    const r = reader.parse();
    if (!r?.content) return null;
    return {
      content: r.content,
      byline: cleanText(r.byline) || null,
      publishedTime: r.publishedTime ?? null,
      siteName: cleanText(r.siteName) || null,
    };
  } catch {
    return null;
  }
}

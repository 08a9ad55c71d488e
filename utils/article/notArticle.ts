/**
 * Is this page an article at all? Channel/list pages (URL patterns, mostly links), empty or
 * script-only pages, and pages too short to read. Cheap: one pass over <a> and one body text read.
 */
import type { NotAnArticle, NotAnArticleReason } from '../types';
import { cleanText } from './parse';
import { byTag } from './dom';

const MESSAGES: Record<NotAnArticleReason, string> = {
  'list-page': 'This page is a list of links (a channel or index page), not an article.',
  empty: 'This page has no readable text.',
  'too-short': 'This page has too little text to be an article.',
  unreadable: 'No article could be found on this page.',
};

export function notAnArticle(reason: NotAnArticleReason, url: string, title: string | null): NotAnArticle {
  return { notAnArticle: true, reason, message: MESSAGES[reason], url, title: title || null };
}

/** Minimum body size (characters, whitespace removed) for an article; a Chinese brief is ~60. */
export const MIN_ARTICLE_CHARS = 60;

export interface PageStats {
  textChars: number;
  linkChars: number;
  /** Longest run of non-link text inside one block element. */
  longestPara: number;
}

/**
 * Text/link statistics for the whole body (scripts/styles already removed from the clone); `bodyText`, the body's
 * textContent when the caller already read it (one whole-page read shared by the stages); `inBody`, the body's
 * elements when the caller has them listed (byTag(body, '*')).
 */
export function pageStats(doc: Document, bodyText?: string, inBody?: readonly Element[]): PageStats {
  const body = doc.body;
  if (!body) return { textChars: 0, linkChars: 0, longestPara: 0 };
  const textChars = (bodyText ?? body.textContent ?? '').replace(/\s+/g, '').length;
  const all = inBody ?? byTag(body, '*');
  let linkChars = 0;
  let longestPara = 0;
  for (const p of all) {
    const tag = p.localName;
    if (tag === 'a') linkChars += (p.textContent ?? '').replace(/\s+/g, '').length;
    if ((tag !== 'p' && tag !== 'td' && tag !== 'div') || p.childElementCount > 8) continue;
    let own = 0;
    for (let c = p.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1 && /^(?:SPAN|FONT|STRONG|B|EM|I)$/.test((c as Element).tagName))
        own += cleanText(c.textContent).length;
    }
    if (own > longestPara) longestPara = own;
  }
  return { textChars, linkChars, longestPara };
}

/** A page that is mostly links and holds no paragraph of prose. */
export function looksLikeList(stats: PageStats): boolean {
  if (stats.textChars === 0) return false;
  const density = stats.linkChars / stats.textChars;
  return (density > 0.5 && stats.longestPara < 80) || (density > 0.7 && stats.longestPara < 150);
}

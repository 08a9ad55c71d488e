/**
 * Page metadata from <meta>, Open Graph, JSON-LD and the title. One pass over <meta>, no loops over the DOM.
 * The byline text near the title is read by byline.ts.
 */
import { splitAuthors } from './names';
import { cleanText, splitKeywords, stripTitleSuffix } from './parse';
import { byTag } from './dom';

export interface HeadMeta {
  /** lower-cased name / property / itemprop / http-equiv -> first content */
  meta: Map<string, string>;
  canonical: string | null;
  jsonLd: { headline?: string; authors: string[]; datePublished?: string; keywords: string[]; publisher?: string };
  docTitle: string;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage|BlogPosting/i;

function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return splitAuthors(v);
  if (Array.isArray(v)) return v.flatMap(names);
  // A person, not the publisher or "维基媒体项目贡献者" (Organization-typed or collective authors).
  const o = v as { name?: unknown; '@type'?: unknown };
  if (
    typeof v === 'object' &&
    typeof o.name === 'string' &&
    !/Organization|Corporation/i.test(String(o['@type'] ?? ''))
  )
    return splitAuthors(o.name);
  return [];
}

function readJsonLd(doc: Document): HeadMeta['jsonLd'] {
  const out: HeadMeta['jsonLd'] = { authors: [], keywords: [] };
  for (const s of byTag(doc, 'script')) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    // biome-ignore lint/suspicious/noExplicitAny: JSON-LD is untyped page data, checked field by field below
    const items: any[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const visit = (d: any) => {
      if (Array.isArray(d)) d.forEach(visit);
      else if (d && typeof d === 'object') {
        items.push(d);
        if (d['@graph']) visit(d['@graph']);
      }
    };
    visit(data);
    for (const it of items) {
      const type = [].concat(it['@type'] ?? []).join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      out.headline ??= typeof it.headline === 'string' ? it.headline : undefined;
      if (!out.authors.length) out.authors = names(it.author ?? it.creator);
      out.datePublished ??= it.datePublished ?? it.dateCreated;
      if (!out.keywords.length && it.keywords)
        out.keywords = Array.isArray(it.keywords) ? it.keywords.map(String) : splitKeywords(String(it.keywords));
      out.publisher ??= typeof it.publisher?.name === 'string' ? it.publisher.name : undefined;
    }
  }
  return out;
}

export function readHeadMeta(doc: Document): HeadMeta {
  const meta = new Map<string, string>();
  for (const m of byTag(doc, 'meta')) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      m.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (key && content?.trim() && !meta.has(key)) meta.set(key, content.trim());
  }
  const canonical =
    byTag(doc, 'link')
      .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? '') && l.hasAttribute('href'))
      ?.getAttribute('href') ?? null;
  return { meta, canonical, jsonLd: readJsonLd(doc), docTitle: cleanText(doc.title) };
}

export function metaFirst(h: HeadMeta, keys: string[]): string | null {
  for (const k of keys) {
    const v = h.meta.get(k);
    if (v) return v;
  }
  return null;
}

export const META_DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'publishdate',
  'pubdate',
  'publish_date',
  'published_time',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'date',
  'sailthru.date',
  'weibo:article:create_at',
  'og:release_date',
  'article:modified_time',
];
export const META_AUTHOR_KEYS = [
  'citation_author',
  'citation_authors',
  'dc.creator',
  'article:author',
  'author',
  'og:article:author',
  'byline',
  'sailthru.author',
  'contentsource_author',
];

/** The first meta author value that reads like people's names (site names and URLs in author tags are common). */
export function metaAuthors(
  h: HeadMeta,
  looksLikeNames: (names: string[]) => boolean,
  squeeze: (s: string) => string,
): string[] {
  for (const k of META_AUTHOR_KEYS) {
    const v = h.meta.get(k);
    if (!v) continue;
    const names = splitAuthors(v.split(/[;；]/).map(squeeze).join(' '));
    if (looksLikeNames(names)) return names;
  }
  return [];
}

/** The best title: og/JSON-LD headline or an h1 matching <title>, never the "_频道_站名" suffix. */
export function pickTitle(doc: Document, head: HeadMeta, siteNames: string[]): { title: string; el: Element | null } {
  const docTitle = stripTitleSuffix(head.docTitle, siteNames);
  const h1s = byTag(doc, 'h1');
  const metaTitle = cleanText(metaFirst(head, ['og:title', 'twitter:title']) ?? head.jsonLd.headline ?? '');
  for (const h of [...h1s, ...byTag(doc, 'h2')]) {
    const t = cleanText(h.textContent);
    if (t.length >= 4 && (head.docTitle.includes(t) || metaTitle?.includes(t) || (docTitle && t.includes(docTitle))))
      return { title: t, el: h };
  }
  if (h1s.length === 1 && cleanText(h1s[0].textContent).length >= 4)
    return { title: cleanText(h1s[0].textContent), el: h1s[0] };
  return { title: stripTitleSuffix(metaTitle, siteNames) || docTitle, el: null };
}

const CRUMB_LABEL_RE = /(?:您)?(?:当前|现在|所在)的?位置\s*[:：]/;

/** A breadcrumb no selector knows: the block holding "您现在的位置：" and a ">" (old table layouts: <td class="dh">). */
export function crumbByLabel(doc: Document): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(), seen = 0; n && seen < 400; n = walker.nextNode(), seen++) {
    if (!CRUMB_LABEL_RE.test(n.nodeValue ?? '')) continue;
    const box = n.parentElement?.closest('td,div,p,li,span,dd,nav');
    const t = cleanText(box?.textContent);
    if (t.length <= 200 && /[>›»＞]/.test(t)) return t;
  }
  return '';
}

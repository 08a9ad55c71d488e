/**
 * Page metadata from <meta>, Open Graph, JSON-LD and the Chinese byline text near the title
 * ("发布时间：2018-01-02 10:20 来源：… 作者：… 编辑：…", "记者 XXX"). One pass over <meta>, no loops over the DOM.
 */
import { cleanText, DATE_RE, splitAuthors, splitKeywords, stripTitleSuffix, toBeijingIso } from './parse';

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
  if (typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return splitAuthors((v as { name: string }).name);
  return [];
}

function readJsonLd(doc: Document): HeadMeta['jsonLd'] {
  const out: HeadMeta['jsonLd'] = { authors: [], keywords: [] };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    const items: any[] = [];
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
      if (!out.keywords.length && it.keywords) out.keywords = Array.isArray(it.keywords) ? it.keywords.map(String) : splitKeywords(String(it.keywords));
      out.publisher ??= typeof it.publisher?.name === 'string' ? it.publisher.name : undefined;
    }
  }
  return out;
}

export function readHeadMeta(doc: Document): HeadMeta {
  const meta = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && content.trim() && !meta.has(key)) meta.set(key, content.trim());
  }
  const canonical = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? null;
  return { meta, canonical, jsonLd: readJsonLd(doc), docTitle: cleanText(doc.title) };
}

export function metaFirst(h: HeadMeta, keys: string[]): string | null {
  for (const k of keys) {
    const v = h.meta.get(k);
    if (v) return v;
  }
  return null;
}

export const META_DATE_KEYS = ['article:published_time', 'og:article:published_time', 'publishdate', 'pubdate', 'publish_date', 'published_time', 'datepublished', 'dc.date.issued', 'dc.date', 'date', 'sailthru.date', 'weibo:article:create_at', 'og:release_date', 'article:modified_time'];
export const META_AUTHOR_KEYS = ['article:author', 'author', 'og:article:author', 'dc.creator', 'byline', 'sailthru.author', 'contentsource_author'];

/** The byline fields found in free text (the lines around the title). */
export interface Byline {
  authors: string[];
  source: string | null;
  publishedAt: string | null;
  editor: string | null;
}

const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
// Later names must end at a separator, so "王建宏 张文攀 土豆，听名字" stops before "土豆".
const NAME_LIST = `${NAME}(?:[ 　、，,]+${NAME}(?=[ 　、)）\\]】|｜]|$)){0,5}`;
const LABELED_DATE_RE = /(?:发布|发表|更新|出版|刊发|录入|上传)?(?:时间|日期|于)\s*[:：]?\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?)/;
const DATETIME_RE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?/;
const SOURCE_RE = /(?:来源|稿源|出处)\s*[:：]\s*[【\[]?\s*([^\s【】\[\]|｜:：]{2,30})/;
const AUTHOR_RES = [
  new RegExp(`(?:作\\s*者|撰\\s*文|执笔人?|文\\s*[/／]|作者姓名)\\s*[:：]?\\s*(${NAME_LIST}|[A-Za-z][\\w.&\\- ]{1,30}?)(?=$|[\\s|｜,，。;；()（）\\[\\]【】]|来源|时间|发布|编辑|日期|\\d)`),
  new RegExp(`(?:记者|通讯员|实习生)\\s*[:：]?\\s*(${NAME_LIST})(?=$|[\\s|｜,，。;；()（）]|\\d|报道|发自|摄|来源|编辑)`),
  /本贴由\s*(\S{2,20}?)\s*于/, /(\S{2,20})\s+发表于/,
];
const GLOBAL_AUTHOR_RE = new RegExp(`(?:作\\s*者|执笔人?|作者姓名)\\s*[:：]\\s*(${NAME_LIST}|[A-Za-z][\\w.&\\-]{1,30})`);
const EDITOR_RE = new RegExp(`(?:责任编辑|责编|编辑)\\s*[:：]\\s*(${NAME_LIST}|[A-Za-z][\\w.]{1,20})`);

/** Chinese byline patterns in a short window of text after the title. */
export function parseBylineText(text: string): Byline {
  const t = cleanText(text);
  const out: Byline = { authors: [], source: null, publishedAt: null, editor: null };
  // Labelled date, else the first date printed with a time of day, else any date.
  const ld = LABELED_DATE_RE.exec(t);
  const dt = ld ? null : DATETIME_RE.exec(t) ?? DATE_RE.exec(t);
  out.publishedAt = toBeijingIso(ld ? ld[1] : dt ? dt[0] : null);
  const src = SOURCE_RE.exec(t);
  if (src) out.source = src[1].replace(/[|｜]+$/, '');
  for (const re of AUTHOR_RES) {
    const m = re.exec(t);
    if (m) {
      out.authors = splitAuthors(m[1]);
      if (out.authors.length) break;
    }
  }
  const ed = EDITOR_RE.exec(t);
  if (ed) out.editor = splitAuthors(ed[1]).join(' ') || null;
  return out;
}

/** The best title: og/JSON-LD headline or an h1 matching <title>, never the "_频道_站名" suffix. */
export function pickTitle(doc: Document, head: HeadMeta, siteNames: string[]): { title: string; el: Element | null } {
  const docTitle = stripTitleSuffix(head.docTitle, siteNames);
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  const metaTitle = cleanText(metaFirst(head, ['og:title', 'twitter:title']) ?? head.jsonLd.headline ?? '');
  for (const h of [...h1s, ...Array.from(doc.getElementsByTagName('h2'))]) {
    const t = cleanText(h.textContent);
    if (t.length >= 4 && (head.docTitle.includes(t) || (metaTitle && metaTitle.includes(t)) || (docTitle && t.includes(docTitle)))) return { title: t, el: h };
  }
  if (h1s.length === 1 && cleanText(h1s[0].textContent).length >= 4) return { title: cleanText(h1s[0].textContent), el: h1s[0] };
  return { title: stripTitleSuffix(metaTitle, siteNames) || docTitle, el: null };
}


/** Labelled fields anywhere on the page, for when nothing sits near the title (old portals, forums). */
export function parseBylineGlobal(bodyText: string): Byline {
  const out: Byline = { authors: [], source: null, publishedAt: null, editor: null };
  const ld = LABELED_DATE_RE.exec(bodyText);
  if (ld) out.publishedAt = toBeijingIso(ld[1]);
  if (!out.publishedAt) {
    // First date printed with a time of day: pages print their own timestamp that way, menus don't.
    const m = DATETIME_RE.exec(bodyText);
    if (m) out.publishedAt = toBeijingIso(m[0]);
  }
  // Far from the title only an explicit "作者：" / "本贴由 X 于" counts.
  for (const re of [GLOBAL_AUTHOR_RE, AUTHOR_RES[2]]) {
    const m = re.exec(bodyText);
    if (m) {
      out.authors = splitAuthors(m[1]);
      if (out.authors.length) break;
    }
  }
  const ed = EDITOR_RE.exec(bodyText);
  if (ed) out.editor = splitAuthors(ed[1]).join(' ') || null;
  return out;
}

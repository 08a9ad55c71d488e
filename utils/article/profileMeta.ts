/**
 * Metadata read through a site profile's selectors and CMS blocks (title, info line, 来源/作者/时间
 * spans, 责任编辑, 关键词, breadcrumb). Anything missing stays null/empty for the generic readers to fill.
 */
import type { SiteProfile } from './sites/types';
import { cleanText, parseBreadcrumb, parseInfoLine, splitAuthors, splitKeywords, toBeijingIso } from './parse';

export interface ProfileMeta {
  title: string | null;
  titleEl: Element | null;
  authors: string[];
  source: string | null;
  publishedAt: string | null;
  editor: string | null;
  keywords: string[];
  channel: string[];
}

function firstText(doc: Document, sels: string[]): { text: string; el: Element } | null {
  for (const sel of sels) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const text = cleanText(el.textContent);
      if (text) return { text, el };
    }
  }
  return null;
}

const nodesText = (nodes: Node[] | undefined) => cleanText((nodes ?? []).map((n) => n.textContent ?? '').join(' '));
const stripLabel = (s: string) => s.replace(/^[^:：]{0,8}[:：]\s*/, '');

export function readProfileMeta(doc: Document, p: SiteProfile, blocks: Map<string, Node[]>): ProfileMeta {
  const s = p.selectors;
  const out: ProfileMeta = { title: null, titleEl: null, authors: [], source: null, publishedAt: null, editor: null, keywords: [], channel: [] };
  const title = firstText(doc, s.title);
  if (title && title.text.length >= 4) {
    out.title = title.text;
    out.titleEl = title.el;
  }
  // The combined info line first, then the per-field spans of the _baidu / 2026 templates override it.
  const infoText = firstText(doc, s.info)?.text ?? p.cmsBlocks?.info.map((n) => nodesText(blocks.get(n))).find(Boolean) ?? '';
  if (infoText) Object.assign(out, parseInfoLine(infoText));
  const src = firstText(doc, s.source)?.text;
  if (src) out.source = stripLabel(src).split(/\s+/)[0] || out.source;
  const au = firstText(doc, s.authors)?.text;
  if (au) out.authors = splitAuthors(stripLabel(au));
  const time = firstText(doc, s.publishedAt)?.text;
  if (time) out.publishedAt = toBeijingIso(time) ?? out.publishedAt;
  const ed = firstText(doc, s.editor)?.text;
  if (ed) out.editor = splitAuthors(stripLabel(ed)).join(' ') || out.editor;
  const kw = firstText(doc, s.keywords)?.text;
  if (kw) out.keywords = splitKeywords(kw);
  const crumb = firstText(doc, s.breadcrumb)?.text ?? p.cmsBlocks?.breadcrumb.map((n) => nodesText(blocks.get(n))).find(Boolean);
  if (crumb) out.channel = parseBreadcrumb(crumb);
  return out;
}

/**
 * Metadata read through a site profile's selectors and CMS blocks (title, info line, 来源/作者/时间
 * spans, 责任编辑, 关键词, breadcrumb). Anything missing stays null/empty for the generic readers to fill.
 */
import type { MetaFields } from './meta/resolve';
import type { SiteProfile } from './sites/types';
import { selectByPriority } from './select';
import { toBeijingIso } from './dates';
import { splitAuthors } from './names';
import { cleanText, editorOf, parseBreadcrumb, parseInfoLine, sourceName, splitKeywords } from './parse';

/** The metadata a profile reads (the 'profile' reader of resolveMeta), plus where the title stands. */
export interface ProfileMeta extends Omit<MetaFields, 'title'> {
  title?: string;
  titleEl: Element | null;
}

function firstText(doc: Document, sels: string[]): { text: string; el: Element } | null {
  for (const el of selectByPriority(doc, sels)) {
    const text = cleanText(el.textContent);
    if (text) return { text, el };
  }
  return null;
}

function firstValue<T>(doc: Document, sels: string[], parse: (text: string) => T | null, attr?: string): T | null {
  for (const el of selectByPriority(doc, sels)) {
    // A machine-readable value (<time datetime="2026-03-02T08:00:00+08:00">03-02 08:00</time>) beats the printed one.
    const text = cleanText((attr && el.getAttribute(attr)) || el.textContent);
    const v = text ? parse(text) : null;
    if (v) return v;
  }
  return null;
}

const nonEmpty = (xs: string[]) => (xs.length ? xs : null);
const nodesText = (nodes: Node[] | undefined) => cleanText((nodes ?? []).map((n) => n.textContent ?? '').join(' '));
const stripLabel = (s: string) => s.replace(/^[^:：]{0,8}[:：]\s*/, '');

export function readProfileMeta(doc: Document, p: SiteProfile, blocks: Map<string, Node[]>): ProfileMeta {
  const s = p.selectors;
  const out: ProfileMeta = {
    titleEl: null,
    authors: [],
    source: null,
    publishedAt: null,
    editor: null,
    keywords: [],
    channel: [],
  };
  const title = firstText(doc, s.title);
  if (title && title.text.length >= 4) {
    out.title = title.text;
    out.titleEl = title.el;
  }
  // The combined info line first, then the per-field spans of the _baidu / 2026 templates override it.
  const infoText =
    firstText(doc, s.info)?.text ?? p.cmsBlocks?.info.map((n) => nodesText(blocks.get(n))).find(Boolean) ?? '';
  if (infoText) Object.assign(out, parseInfoLine(infoText));
  // Each field: the first element of its selectors that holds a value (an empty "作者：" span lets the next one speak).
  out.source = firstValue(doc, s.source, (t) => sourceName(stripLabel(t))) ?? out.source;
  const au = firstValue(doc, s.authors, (t) => nonEmpty(splitAuthors(stripLabel(t))));
  if (au) out.authors = au;
  out.publishedAt = firstValue(doc, s.publishedAt, toBeijingIso, 'datetime') ?? out.publishedAt;
  out.editor = firstValue(doc, s.editor, editorOf) ?? out.editor;
  const kw = firstText(doc, s.keywords)?.text;
  if (kw) out.keywords = splitKeywords(kw);
  const crumb =
    firstText(doc, s.breadcrumb)?.text ?? p.cmsBlocks?.breadcrumb.map((n) => nodesText(blocks.get(n))).find(Boolean);
  if (crumb) out.channel = parseBreadcrumb(crumb);
  return out;
}

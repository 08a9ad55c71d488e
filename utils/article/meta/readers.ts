/**
 * The metadata readers: each turns what a stage of extractArticle found into a MetaCandidate for resolveMeta.
 * The closing signature is read (and, when it repeats the byline, taken out of the body) here; other parsing
 * lives in byline.ts, dates.ts, metadata.ts, profileMeta.ts.
 */
import type { ReadabilityResult } from '../extract';
import { closingAuthors, parseBylineGlobal, parseBylineText, sourcePerson } from '../byline';
import { closingMonth, dateFromUrl, preferZoned, toBeijingIso } from '../dates';
import { type HeadMeta, META_DATE_KEYS, metaAuthors, metaFirst } from '../metadata';
import { isPersonName, looksLikeNames, SIGNATURE_RE, splitAuthors, squeezeName } from '../names';
import { cleanText } from '../strings';
import { eachIn, tagSet } from '../dom';
import { parseBreadcrumb, splitKeywords } from '../parse';
import { type MetaCandidate, type MetaCandidates, resolveField } from './resolve';

/** The byline next to the title; a zoned head timestamp of the same moment gives its true instant. */
export function infoLineMeta(window: string, head: HeadMeta): MetaCandidate {
  const near = parseBylineText(window);
  const zoned = head.jsonLd.datePublished ?? head.meta.get('article:published_time') ?? null;
  return { ...near, publishedAt: preferZoned(near.publishedAt, zoned) };
}

const KEYWORD_LINE = /关键[词字]\s*[:：]\s*([^\n]{1,100}?)(?=\s*(?:责任编辑|编辑|$))/;

/** The chrome lines cleaning cut from the body: 来源, 责任编辑, 关键词 (the first "关键词：" line), a byline. */
export function removedLinesMeta(removed: string[]): MetaCandidate {
  const labelled = parseBylineText(removed.join(' '));
  const kw = KEYWORD_LINE.exec(removed.find((r) => /^关键[词字]/.test(r)) ?? '');
  return {
    authors: labelled.authors,
    source: labelled.source,
    editor: labelled.editor,
    keywords: kw ? splitKeywords(kw[1]) : undefined,
  };
}

/** The byline-only line removed from the top of the body ("本报记者 张伟 通讯员 李娜"): its names come first. */
export function removedBylineMeta(lines: MetaCandidate | undefined, leadNames: string[]): MetaCandidate {
  return leadNames.length ? { ...lines, authors: leadNames } : { ...lines };
}

const SIGNATURE_LINES = tagSet('p,div,center,span,font');

/**
 * The reporters repeated at the end, e.g. "(白万军 黄蕾 祝雪娟)". Returns the names and removes the
 * line when it equals the known authors (or when none are known, so the caller can adopt them). A signature
 * closing the last paragraph ("…标准。（记者 周洋）") counts too; it is cut from the text only when `cutInline`
 * (site profiles whose pages never print it as part of the story).
 */
export function takeTrailingAuthors(root: Element, authors: string[], cutInline = false): string[] {
  let seen = 0;
  for (const el of eachIn(root, SIGNATURE_LINES, true)) {
    if (seen >= 4) break;
    const t = cleanText(el.textContent);
    if (!t) continue;
    seen++;
    const m = SIGNATURE_RE.exec(t);
    if (!m) continue;
    const names = splitAuthors(m[1].replace(/\s*[\u4e00-\u9fa5]{2,4}报道$/, ''));
    if (!names.length) return [];
    const same = !authors.length || names.every((n) => authors.includes(n));
    if (same) el.remove();
    return names;
  }
  return inlineSignature(root, authors, cutInline);
}

/** "…达到Ⅲ类标准。（记者 周洋）": the signature closing the last paragraph, cut from its text node. */
function inlineSignature(root: Element, authors: string[], cut: boolean): string[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (cleanText(n.nodeValue)) last = n;
  const v = last?.nodeValue ?? '';
  const m = /([。！？!?”"])\s*([（(][^（()）]{2,60}[)）])\s*$/.exec(v);
  const sig = m && SIGNATURE_RE.exec(cleanText(m[2]));
  if (!m || !sig) return [];
  const names = splitAuthors(sig[1].replace(/\s*[\u4e00-\u9fa5]{2,4}报道$/, ''));
  // A person, not an agency closing the story ("（新华社）", "（完）").
  if (!names.length || !names.every(isPersonName)) return [];
  if (cut && (!authors.length || names.every((n) => authors.includes(n)))) last!.nodeValue = v.slice(0, m.index + 1);
  return names;
}

/** The story's close: its reporters' line (already taken by takeTrailingAuthors) or "（姚峰 上海报道）" in its tail. */
export function signatureMeta(trailing: string[], tail: string): MetaCandidate {
  return { authors: trailing.length ? trailing : closingAuthors(tail) };
}

export function jsonLdMeta(head: HeadMeta): MetaCandidate {
  return { authors: head.jsonLd.authors, keywords: head.jsonLd.keywords };
}

/** <meta>/OG tags (Readability's published time when they give none) and the title picked from the head. */
export function headMeta(head: HeadMeta, title: string, rb: ReadabilityResult | null): MetaCandidate {
  const date = head.jsonLd.datePublished ?? metaFirst(head, META_DATE_KEYS) ?? rb?.publishedTime ?? null;
  return {
    title,
    authors: metaAuthors(head, looksLikeNames, squeezeName),
    publishedAt: toBeijingIso(date ?? ''),
    keywords: splitKeywords(metaFirst(head, ['keywords', 'news_keywords'])),
  };
}

/** Labelled fields anywhere in the page text (its 来源 only feeds sourcePerson). */
export function bodyScanMeta(bodyText: string): MetaCandidate {
  return parseBylineGlobal(bodyText);
}

export function breadcrumbMeta(crumbText: string): MetaCandidate {
  return { channel: crumbText && /[>›»]/.test(crumbText) ? parseBreadcrumb(crumbText) : [] };
}

export function urlMeta(url: string): MetaCandidate {
  return { publishedAt: dateFromUrl(url) };
}

/** "来源: 尹娟": the resolved 来源 (or one labelled anywhere in the page) when it is a person's name. */
export function sourcePersonMeta(c: MetaCandidates): MetaCandidate {
  return { authors: sourcePerson(resolveField('source', c) ?? c.bodyScan?.source ?? null) };
}

/** The month the story's text closes with, to month precision. */
export function closingDateMeta(text: string): MetaCandidate {
  return { publishedAt: closingMonth(text) };
}

/**
 * The metadata readers that are not a parser of their own: each turns what a stage of extractArticle found
 * into a MetaCandidate for resolveMeta. The parsing lives in byline.ts, dates.ts, metadata.ts, profileMeta.ts.
 */
import type { ReadabilityResult } from '../extract';
import { closingAuthors, parseBylineGlobal, parseBylineText, sourcePerson } from '../byline';
import { closingMonth, dateFromUrl, preferZoned, toBeijingIso } from '../dates';
import { type HeadMeta, META_DATE_KEYS, metaAuthors, metaFirst } from '../metadata';
import { looksLikeNames, squeezeName } from '../names';
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

/**
 * extractArticle: Document -> Article without its figures (or NotAnArticle). Pure: works on one clone of the
 * document, so it runs the same in a content script (live DOM untouched), in vitest/jsdom and in the Node CLI.
 * The capture pipeline (utils/pipeline/capture.ts) adds the figures.
 */
import type { ExtractedArticle, NotAnArticle } from '../types';
import { sanitizeArticleElement } from './sanitize';
import { byTag } from './dom';
import { cleanContent, dropCmsBlocks, GENERIC_BOILERPLATE, markCentred, takeTrailingAuthors } from './clean';
import { collectImages, fixImages, fixLinks } from './images';
import { replaceVideos } from './media';
import { crumbByLabel, metaAuthors, metaFirst, META_DATE_KEYS, pickTitle, readHeadMeta } from './metadata';
import { closingAuthors, parseBylineGlobal, parseBylineText, sourcePerson } from './byline';
import { closingMonth, preferZoned } from './dates';
import { squeezeName } from './names';
import { readProfileMeta } from './profileMeta';
import {
  canonicalize,
  cleanText,
  dateFromUrl,
  looksLikeNames,
  parseBreadcrumb,
  splitKeywords,
  toBeijingIso,
} from './parse';
import { looksLikeList, MIN_ARTICLE_CHARS, notAnArticle, pageStats } from './notArticle';
import { bestProseElement } from './density';
import { profileBlocks, profileContent, readabilityContent } from './extract';
import { joinParagraphs, makeExcerpt, paragraphsOf } from './text';
import { profileFor } from './sites';
import { bareNamesAfterTitle, bylineWindow, dropLeadingByline, dropLeadingTitle, tailText } from './around';

export { sanitizeArticleHtml } from './sanitize';
export { decodeHtml } from './decodeHtml';

export interface CaptureOptions {
  /** Extract even from list pages / very short pages, when anything readable exists. */
  force?: boolean;
}

/** Body size a recognised site article needs (a video page's caption line). */
const SITE_MIN_CHARS = 15;
const GENERIC_CRUMBS = '.breadcrumb,.crumbs,.crumb,.position,.location,#position,#location,.bread,.nav_path,.path';

function baseUrlOf(doc: Document, url: string): string {
  const href = byTag(doc, 'base')
    .find((b) => b.hasAttribute('href'))
    ?.getAttribute('href');
  try {
    return href ? new URL(href, url).href : url;
  } catch {
    return url;
  }
}

export function extractArticle(
  doc: Document,
  url: string,
  options: CaptureOptions = {},
): ExtractedArticle | NotAnArticle {
  const force = !!options.force;
  const win = (doc.defaultView ?? (globalThis as { window?: Window }).window) as Window;
  const clone = doc.cloneNode(true) as Document;
  const base = baseUrlOf(clone, url);
  const profile = profileFor(url);
  const siteNames = profile ? [profile.siteName] : [];

  const head = readHeadMeta(clone);
  for (const tag of ['script', 'style', 'noscript', 'template']) for (const el of byTag(clone, tag)) el.remove();
  const blocks = profileBlocks(clone, profile);
  const pm = profile ? readProfileMeta(clone, profile, blocks) : null;
  const picked = pm?.title ? { title: pm.title, el: pm.titleEl } : pickTitle(clone, head, siteNames);
  const title = picked.title;

  const stats = pageStats(clone);
  if (stats.textChars === 0) return notAnArticle('empty', url, title);
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL: no path rules */
  }
  const listByUrl = !!profile && profile.listUrls.some((re) => re.test(path));
  // A site article (its URL shape and its own info line): a video page with one line of text under a big
  // menu and hot lists is still an article, whatever the link density says.
  const siteArticle =
    !!profile &&
    !listByUrl &&
    !!(profile.articleUrls ?? []).some((re) => re.test(path)) &&
    !!(pm?.publishedAt || pm?.source);
  if (!force && (listByUrl || (!siteArticle && looksLikeList(stats)))) return notAnArticle('list-page', url, title);

  // Metadata from the text around the title, read before Readability rewrites the clone.
  const near = parseBylineText(bylineWindow(clone, picked.el, title));
  const bare = pm?.authors.length || near.authors.length ? [] : bareNamesAfterTitle(clone, picked.el, title);
  const bodyText = cleanText(clone.body?.textContent);
  const crumbText = pm?.channel.length
    ? ''
    : cleanText(clone.querySelector(GENERIC_CRUMBS)?.textContent) || crumbByLabel(clone);
  markCentred(clone);

  let content = profile ? profileContent(clone, profile, picked.el, blocks) : null;
  let rb = null;
  if (!content) {
    // Fallback when Readability finds nothing: the densest block of punctuated prose (taken before it rewrites the clone).
    const dense = bestProseElement(clone);
    const denseCopy = dense ? (dense.el.cloneNode(true) as Element) : null;
    rb = readabilityContent(clone);
    content = rb?.content ?? denseCopy;
  }
  if (!content) return notAnArticle(force ? 'unreadable' : 'too-short', url, title);

  dropLeadingTitle(content, title);
  const cms = profile?.cmsBlocks;
  if (cms?.remove) dropCmsBlocks(content, cms.start, cms.end, cms.remove);
  fixImages(content, base);
  replaceVideos(content, url);
  // Chrome before links are rewritten: its javascript: links (doZoom, window.print) still show what they are.
  const removed = cleanContent(
    content,
    [...GENERIC_BOILERPLATE, ...(profile?.boilerplate ?? [])],
    profile?.selectors.remove ?? [],
  );
  fixLinks(content, base);
  const removedText = removed.join(' ');

  // Bylines: visible labelled text first, then unlabelled names shaped like people's names, then meta.
  let authors = pm?.authors.length ? pm.authors : near.authors;
  const trailing = takeTrailingAuthors(content, authors, !!profile);
  if (!authors.length && trailing.length) authors = trailing;
  if (!authors.length) authors = closingAuthors(tailText(content));
  if (!authors.length) authors = bare;
  if (!authors.length) authors = head.jsonLd.authors;
  const global = parseBylineGlobal(bodyText);
  if (!authors.length) authors = global.authors;
  if (!authors.length) authors = metaAuthors(head, looksLikeNames, squeezeName);
  dropLeadingByline(content, authors);

  const paras = paragraphsOf(content);
  const text = joinParagraphs(paras);
  const chars = text.replace(/\s+/g, '').length;
  if (!chars) return notAnArticle(stats.textChars > 0 ? 'unreadable' : 'empty', url, title);
  if (!force && chars < (siteArticle ? SITE_MIN_CHARS : MIN_ARTICLE_CHARS))
    return notAnArticle('too-short', url, title);

  const removedMeta = parseBylineText(removedText);
  const headDate = head.jsonLd.datePublished ?? metaFirst(head, META_DATE_KEYS) ?? rb?.publishedTime ?? null;
  const publishedAt =
    pm?.publishedAt ??
    preferZoned(near.publishedAt, head.jsonLd.datePublished ?? head.meta.get('article:published_time') ?? null) ??
    toBeijingIso(headDate ?? '') ??
    global.publishedAt ??
    dateFromUrl(url) ??
    closingMonth(text);
  const kwLine = /关键[词字]\s*[:：]\s*([^\n]{1,100}?)(?=\s*(?:责任编辑|编辑|$))/.exec(
    removed.find((r) => /^关键[词字]/.test(r)) ?? '',
  );
  const keywords = pm?.keywords.length
    ? pm.keywords
    : kwLine
      ? splitKeywords(kwLine[1])
      : head.jsonLd.keywords.length
        ? head.jsonLd.keywords
        : splitKeywords(metaFirst(head, ['keywords', 'news_keywords']));
  let canonicalUrl = canonicalize(url);
  if (head.canonical) {
    try {
      const c = new URL(head.canonical, base);
      if (/^https?:$/.test(c.protocol) && c.pathname.length > 1) canonicalUrl = canonicalize(c.href);
    } catch {
      /* keep the page URL */
    }
  }

  const source = pm?.source ?? near.source ?? removedMeta.source ?? null;
  // "来源: 尹娟": when nothing else signs the page, a source that is a person's name is its writer.
  if (!authors.length) authors = sourcePerson(source ?? global.source);
  const article: ExtractedArticle = {
    url,
    canonicalUrl,
    site: profile?.id ?? 'generic',
    siteName:
      profile?.siteName ??
      (cleanText(
        metaFirst(head, ['og:site_name', 'application-name']) ?? head.jsonLd.publisher ?? rb?.siteName ?? '',
      ) ||
        null),
    title,
    authors,
    source,
    publishedAt,
    editor: pm?.editor ?? near.editor ?? removedMeta.editor ?? global.editor ?? null,
    keywords,
    channel: pm?.channel.length ? pm.channel : crumbText && /[>›»]/.test(crumbText) ? parseBreadcrumb(crumbText) : [],
    excerpt: makeExcerpt(paras),
    text,
    contentHtml: '', // sanitised below, once the images are read
    images: collectImages(content), // before sanitising: captions are found by centring marks and class names
    length: text.length,
  };
  article.contentHtml = sanitizeArticleElement(content, win);
  return article;
}

/**
 * readArticle: Document -> Article without its figures (or NotAnArticle), its body element not yet sanitised:
 * extractArticle (index.ts) sanitises it in place, extractRawArticle (raw.ts, the script injected on a click)
 * serialises it for the extension page to sanitise. This module never imports the sanitiser. Pure: works on one
 * copy of the document (the document itself only when the caller hands it over: ownsDocument), so it runs the same
 * in a content script (live DOM untouched), in vitest/jsdom and in the Node CLI.
 * The capture pipeline (utils/pipeline/capture.ts) adds the figures. The stages, in order:
 *   preparePage (clone, head meta, site profile, title) -> listVerdict -> readAroundTitle (before Readability
 *   rewrites the clone) -> findBody -> cleanBody -> metadata candidates -> resolveMeta -> text -> Article.
 */
import type { ExtractedArticle, NotAnArticle } from '../types';
import { closingDateMeta, removedBylineMeta, sourcePersonMeta } from './meta/readers';
import { type MetaCandidates, resolveField, resolveMeta } from './meta/resolve';
import { collectImages } from './images';
import { metaFirst } from './metadata';
import { cleanText } from './parse';
import { MIN_ARTICLE_CHARS, notAnArticle } from './notArticle';
import { joinParagraphs, makeExcerpt, paragraphsOf } from './text';
import { dropLeadingByline } from './around';
import { isCaptionLike } from './lead';
import { trustedCanonical } from '../urls';
import {
  type Body,
  cleanBody,
  findBody,
  listVerdict,
  type Page,
  preparePage,
  readAroundTitle,
  readCandidates,
} from './stages';

export interface CaptureOptions {
  /** Extract even from list pages / very short pages, when anything readable exists. */
  force?: boolean;
  /**
   * The caller hands the document over (it parsed it for this capture and drops it after): the stages cut it
   * instead of a copy, which saves a whole-document clone. The content script never sets this.
   */
  ownsDocument?: boolean;
  /**
   * With ownsDocument: parses the page again, untouched. Called only when Readability finds nothing, for the
   * densest-prose fallback, which otherwise copies part of the page on every capture before Readability runs.
   */
  reread?: () => Document;
}

/** Body size a recognised site article needs (a video page's caption line). */
const SITE_MIN_CHARS = 15;

/** The article, its `contentHtml` still '', and the body element it is to be made from (a part of the copy). */
export interface ReadArticle {
  article: ExtractedArticle;
  content: Element;
  win: Window;
}

export function readArticle(doc: Document, url: string, options: CaptureOptions = {}): ReadArticle | NotAnArticle {
  const force = !!options.force;
  const page = preparePage(doc, url, !!options.ownsDocument, options.reread);
  const verdict = listVerdict(page, force);
  if ('notAnArticle' in verdict) return verdict;
  const around = readAroundTitle(page);
  const body = findBody(page);
  if (!body) return notAnArticle(force ? 'unreadable' : 'too-short', url, page.title);
  const removed = cleanBody(page, body);
  const candidates = readCandidates(page, around, body, removed);

  // A name line at the top of the body that repeats the byline goes (a 来源 read as the writer does not count);
  // its names are a removed line's byline, taken when nothing else names the authors (PRECEDENCE).
  const leadNames = dropLeadingByline(body.content, resolveField('authors', candidates) ?? []);
  candidates.removedLines = removedBylineMeta(candidates.removedLines, leadNames);
  const paras = paragraphsOf(body.content);
  const text = joinParagraphs(paras);
  const chars = text.replace(/\s+/g, '').length;
  if (!chars) return notAnArticle(verdict.textChars > 0 ? 'unreadable' : 'empty', url, page.title);
  if (!force && chars < (verdict.siteArticle ? SITE_MIN_CHARS : MIN_ARTICLE_CHARS))
    return notAnArticle('too-short', url, page.title);

  candidates.signature = { ...candidates.signature, ...closingDateMeta(text) };
  candidates.sourcePerson = sourcePersonMeta(candidates);
  return assemble(page, body, candidates, paras, text);
}

/** Trusted only on the page's own site (issue 9 §4): <link rel=canonical>, then og:url, else the page's URL. */
function canonicalOf(page: Page): string {
  return trustedCanonical(page.url, [page.head.canonical, page.head.meta.get('og:url')], page.base);
}

function siteNameOf(page: Page, body: Body): string | null {
  if (page.profile) return page.profile.siteName;
  const head = page.head;
  const named = metaFirst(head, ['og:site_name', 'application-name']) ?? head.jsonLd.publisher ?? body.rb?.siteName;
  return cleanText(named ?? '') || null;
}

function assemble(page: Page, body: Body, c: MetaCandidates, paras: string[], text: string): ReadArticle {
  const meta = resolveMeta(c);
  // Before sanitising: captions are found by centring marks and class names.
  const images = collectImages(body.content);
  const captions = new Set(images.map((i) => i.caption));
  const article: ExtractedArticle = {
    url: page.url,
    canonicalUrl: canonicalOf(page),
    site: page.profile?.id ?? 'generic',
    siteName: siteNameOf(page, body),
    title: page.title,
    authors: meta.authors,
    source: meta.source,
    publishedAt: meta.publishedAt,
    editor: meta.editor,
    keywords: meta.keywords,
    channel: meta.channel,
    excerpt: makeExcerpt(paras, 120, (p) => captions.has(p) || isCaptionLike(p)),
    text,
    contentHtml: '', // made from `content` by the caller (sanitised), once the images are read
    images,
    length: text.length,
  };
  return { article, content: body.content, win: page.win };
}

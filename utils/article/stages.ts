/**
 * The stages of extractArticle (index.ts), each a small function over one Page: the clone and what was
 * read from it before the body was cut out.
 */
import type { NotAnArticle } from '../types';
import type { SiteProfile } from './sites/types';
import { profileFor } from './sites';
import { byTag, copyFlattened, deeperThan, unshadowForms } from './dom';
import { cleanContent, GENERIC_BOILERPLATE } from './clean';
import { dropCmsBlocks } from './sites/cmsBlocks';
import { fixImages, fixLinks, markCentred } from './images';
import { replaceVideos } from './media';
import { crumbByLabel, type HeadMeta, pickTitle, readHeadMeta } from './metadata';
import { type ProfileMeta, readProfileMeta } from './profileMeta';
import { cleanText } from './parse';
import { looksLikeList, notAnArticle, pageStats } from './notArticle';
import { bestProseElement } from './density';
import { firstOfList } from './select';
import { profileBlocks, profileContent, type ReadabilityResult, readabilityContent } from './extract';
import { bareNamesAfterTitle, bylineWindow, dropLeadingTitle, tailText } from './around';
import { type MetaCandidates, resolveField, winner } from './meta/resolve';
import {
  bodyScanMeta,
  breadcrumbMeta,
  headMeta,
  infoLineMeta,
  jsonLdMeta,
  removedLinesMeta,
  signatureMeta,
  takeTrailingAuthors,
  urlMeta,
} from './meta/readers';

export interface Page {
  url: string;
  /** Base for relative links: <base href> or the page URL. */
  base: string;
  win: Window;
  /** The copy every stage reads and cuts (the caller's document itself only when it handed it over). */
  clone: Document;
  profile: SiteProfile | null;
  head: HeadMeta;
  blocks: Map<string, Node[]>;
  pm: ProfileMeta | null;
  title: string;
  titleEl: Element | null;
  /** The title as the head gives it (the 'headMeta' reader's title). */
  headTitle: string;
  /**
   * An untouched page on demand, for the fallback when Readability finds nothing: the caller's document when the
   * stages cut a copy, or the caller's `reread` when it handed its document over; null: none (read eagerly).
   */
  again: (() => Document) | null;
  /** The body's textContent, read once for the whole-page stages (list verdict, metadata scan) before any cut. */
  bodyText: string;
  /** The clone's elements listed once for the whole-page stages (see listing), made on first use. */
  listed?: Listing;
}

/** The clone's elements in document order, and the part of them inside its body. */
interface Listing {
  all: Element[];
  inBody: Element[];
}

/**
 * One listing of the page's elements shared by the whole-page stages that read it before Readability (list
 * verdict, breadcrumb, centred blocks): each of them walked the whole document on its own. Valid until the body
 * is cut (findBody): the stages before it change no element (markCentred only sets an attribute, last).
 */
function listing(page: Page): Listing {
  if (page.listed) return page.listed;
  const all = byTag(page.clone, '*');
  const body = page.clone.body;
  let inBody: Element[] = [];
  if (body) {
    // The body's descendants follow it in document order up to the first element after it outside it.
    let after: Element | null = null;
    for (let at: Element | null = body; at && !after; at = at.parentElement) after = at.nextElementSibling;
    const start = all.indexOf(body) + 1;
    const end = after ? all.indexOf(after, start) : all.length;
    inBody = start > 0 && end >= start ? all.slice(start, end) : byTag(body, '*');
  }
  page.listed = { all, inBody };
  return page.listed;
}

export interface Body {
  content: Element;
  rb: ReadabilityResult | null;
}

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

/**
 * The document the stages cut: a page nested deeper than MAX_DEPTH is copied flattened (in a loop: no recursion,
 * whatever the depth); otherwise the caller's own document when it handed it over (`owned`: the CLI's, parsed for
 * this capture only), else a native copy (the live page in a content script is never touched).
 */
function workingCopy(doc: Document, owned: boolean): Document {
  const deep = !!doc.documentElement && deeperThan(doc.documentElement);
  const copy = deep ? copyFlattened(doc) : owned ? doc : (doc.cloneNode(true) as Document);
  unshadowForms(copy);
  return copy;
}

const DROPPED_TAGS = ['script', 'style', 'noscript', 'template'];

/** Copy, head metadata, scripts gone, the site profile's metadata and the title (profile first, see PRECEDENCE). */
export function preparePage(doc: Document, url: string, owned = false, reread?: () => Document): Page {
  const win = (doc.defaultView ?? (globalThis as { window?: Window }).window) as Window;
  const clone = workingCopy(doc, owned);
  const base = baseUrlOf(clone, url);
  const profile = profileFor(url);
  const head = readHeadMeta(clone);
  for (const tag of DROPPED_TAGS) for (const el of byTag(clone, tag)) el.remove();
  const blocks = profileBlocks(clone, profile);
  const pm = profile ? readProfileMeta(clone, profile, blocks) : null;
  const picked = pickTitle(clone, head, profile ? [profile.siteName] : []);
  const titles: MetaCandidates = { profile: { title: pm?.title }, headMeta: { title: picked.title } };
  const byProfile = winner('title', titles) === 'profile';
  return {
    url,
    base,
    win,
    clone,
    profile,
    head,
    blocks,
    pm,
    title: resolveField('title', titles) ?? '',
    titleEl: byProfile ? pm!.titleEl : picked.el,
    headTitle: picked.title,
    bodyText: clone.body?.textContent ?? '',
    again: clone !== doc ? () => workingCopy(doc, false) : reread ? () => workingCopy(reread(), true) : null,
  };
}

/** A list or empty page is no article (unless forced); a site's own article URL with its info line always is. */
export function listVerdict(page: Page, force: boolean): NotAnArticle | { siteArticle: boolean; textChars: number } {
  const { clone, profile, pm, url } = page;
  const stats = pageStats(clone, page.bodyText, listing(page).inBody);
  if (stats.textChars === 0) return notAnArticle('empty', url, page.title);
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
  if (!force && (listByUrl || (!siteArticle && looksLikeList(stats))))
    return notAnArticle('list-page', url, page.title);
  return { siteArticle, textChars: stats.textChars };
}

export interface AroundTitle {
  /** ~300 characters after the title and ~80 before it. */
  window: string;
  bareNames: string[];
  bodyText: string;
  crumbText: string;
}

/** What only the whole page shows, read before Readability rewrites the clone. */
export function readAroundTitle(page: Page): AroundTitle {
  const { clone, titleEl, title, pm } = page;
  const window = bylineWindow(clone, titleEl, title);
  const bareNames = bareNamesAfterTitle(clone, titleEl, title);
  const bodyText = cleanText(page.bodyText);
  // The generic breadcrumb selectors scan the whole page: only when the profile found none.
  const { all } = listing(page);
  const crumbText = pm?.channel.length
    ? ''
    : cleanText(firstOfList(clone, GENERIC_CRUMBS, all)?.textContent) || crumbByLabel(clone);
  markCentred(clone, all);
  return { window, bareNames, bodyText, crumbText };
}

/** The profile's body container, else Readability's, else the densest block of punctuated prose. */
export function findBody(page: Page): Body | null {
  const { clone, profile } = page;
  const content = profile ? profileContent(clone, profile, page.titleEl, page.blocks) : null;
  if (content) return { content, rb: null };
  // The fallback is read before Readability rewrites the copy, unless an untouched page can be had again: then
  // only when Readability finds nothing (no CWCED page nor fixture), from a new copy prepared alike.
  const eager = page.again ? null : densestProse(clone);
  const rb = readabilityContent(clone);
  const found = rb?.content ?? (page.again ? densestProse(preparedAgain(page.again())) : eager);
  return found ? { content: found, rb } : null;
}

/** A copy of the densest block of prose (bestProseElement), or null on a page without prose. */
export function densestProse(doc: Document): Element | null {
  const dense = bestProseElement(doc);
  return dense ? (dense.el.cloneNode(true) as Element) : null;
}

/** A working copy made as the stages had theirs when Readability started (generic page): tags gone, centres marked. */
export function preparedAgain(copy: Document): Document {
  for (const tag of DROPPED_TAGS) for (const el of byTag(copy, tag)) el.remove();
  markCentred(copy);
  return copy;
}

/** Title repeated, CMS pagination, lazy images, videos, chrome lines and links; returns the removed lines. */
export function cleanBody(page: Page, body: Body): string[] {
  const { content } = body;
  const { profile } = page;
  dropLeadingTitle(content, page.title);
  const cms = profile?.cmsBlocks;
  if (cms?.remove) dropCmsBlocks(content, cms.start, cms.end, cms.remove);
  fixImages(content, page.base);
  replaceVideos(content, page.url);
  // Chrome before links are rewritten: its javascript: links (doZoom, window.print) still show what they are.
  const removed = cleanContent(
    content,
    [...GENERIC_BOILERPLATE, ...(profile?.boilerplate ?? [])],
    profile?.selectors.remove ?? [],
  );
  fixLinks(content, page.base);
  return removed;
}

/**
 * Every metadata reader's candidate. The signature reader cuts the reporters' closing line from the body
 * when it repeats the byline already known (profile or info line).
 */
export function readCandidates(page: Page, around: AroundTitle, body: Body, removed: string[]): MetaCandidates {
  const { head, pm } = page;
  const out: MetaCandidates = {};
  if (pm) out.profile = pm;
  out.infoLine = infoLineMeta(around.window, head);
  const known = pm?.authors.length ? pm.authors : (out.infoLine.authors ?? []);
  const trailing = takeTrailingAuthors(body.content, known, !!page.profile);
  out.signature = signatureMeta(trailing, tailText(body.content));
  out.bareNames = { authors: around.bareNames };
  out.removedLines = removedLinesMeta(removed);
  out.jsonLd = jsonLdMeta(head);
  out.headMeta = headMeta(head, page.headTitle, body.rb);
  out.bodyScan = bodyScanMeta(around.bodyText);
  out.breadcrumb = breadcrumbMeta(around.crumbText);
  out.url = urlMeta(page.url);
  return out;
}

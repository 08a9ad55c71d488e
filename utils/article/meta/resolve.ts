/**
 * One place that decides where each metadata field comes from. Every reader of a page (site profile spans,
 * the info line near the title, the chrome lines removed from the body, the closing signature, …) returns a
 * MetaCandidate; resolveMeta takes each field from the first reader in that field's precedence list that has
 * a value (null, '' and [] are no value). To change where a field comes from, change its row here.
 */
import type { Article } from '../../types';

/** The metadata fields readers can find. */
export type MetaFields = Pick<
  Article,
  'title' | 'authors' | 'source' | 'publishedAt' | 'editor' | 'keywords' | 'channel'
>;

/** What one reader found: any subset of the fields. */
export type MetaCandidate = Partial<MetaFields>;

/** What the free-text byline parsers (info line, labelled scan) always answer, found or not (null / []). */
export type BylineFields = Pick<MetaFields, 'authors' | 'source' | 'publishedAt' | 'editor'>;

/** The readers, by where they look. */
export type MetaReader =
  | 'profile' // the site profile's own spans and CMS blocks (sites/*.ts)
  | 'infoLine' // the labelled text right around the title ("来源：… 作者：… 2019-05-24 11:34")
  | 'removedLines' // chrome lines cut from the body (关键词：…, 责任编辑：…, 本文来源：…)
  | 'signature' // the story's close: "（白万军 黄蕾）", "（记者 周洋）", "——1998年3月号"
  | 'bareNames' // a name alone on the line under the title ("赵延东、风笑天")
  | 'jsonLd' // <script type="application/ld+json"> Article data
  | 'headMeta' // <meta> / Open Graph tags (and Readability's reading of them), <title>, <h1>
  | 'bodyScan' // labelled fields anywhere in the page text (old portals, forums)
  | 'breadcrumb' // a generic breadcrumb ("您现在的位置：… > …")
  | 'sourcePerson' // a 来源 that is a person's name
  | 'url'; // /system/2019/05/24/… in the address

export type MetaCandidates = Partial<Record<MetaReader, MetaCandidate>>;

interface Row {
  from: MetaReader;
  why: string;
}

/** Per field, the readers in order of trust, each with the reason it stands where it stands. */
export const PRECEDENCE: { [F in keyof MetaFields]: Row[] } = {
  title: [
    { from: 'profile', why: "the site's title element is the headline as published" },
    {
      from: 'headMeta',
      why: 'an <h1>/<h2> that <title> or og:title repeats, else og:title or <title> minus "_频道_站名"',
    },
  ],
  authors: [
    { from: 'profile', why: "the site's 作者 span holds names only" },
    { from: 'infoLine', why: 'a labelled byline next to the title is what the reader sees as the byline' },
    { from: 'signature', why: '"（白万军 黄蕾）" closing the story signs it when no byline does' },
    { from: 'bareNames', why: 'a person-shaped name alone under the title is an unlabelled byline' },
    { from: 'jsonLd', why: 'structured data, but it often names the publisher (Organization authors are dropped)' },
    { from: 'bodyScan', why: 'an explicit 作者：/poster line far from the title still names the writer' },
    { from: 'headMeta', why: 'author meta tags often hold the site name: only name-shaped values get here' },
    { from: 'sourcePerson', why: '"来源: 尹娟": small sites sign with the source when nothing else does' },
    {
      from: 'removedLines',
      why: 'a byline line removed from the body (本报记者 张伟 at its top, 作者：张三 in chrome) when nothing names anyone',
    },
  ],
  source: [
    { from: 'profile', why: "the site's 来源 span, link text included" },
    { from: 'infoLine', why: 'the 来源： label next to the title' },
    { from: 'removedLines', why: 'a "来源：…" chrome line cut from the body' },
  ],
  publishedAt: [
    { from: 'profile', why: "the site's time span (a <time datetime> by its attribute)" },
    { from: 'infoLine', why: 'the printed date near the title (a zoned head timestamp within 36 h gives the instant)' },
    { from: 'headMeta', why: 'JSON-LD datePublished, article:published_time and the other date meta tags' },
    { from: 'bodyScan', why: 'a labelled date, or a timed one the page prints once, anywhere in the text' },
    { from: 'url', why: 'the CMS path date (/system/2019/05/24/): the day, not the time' },
    { from: 'signature', why: 'the month an essay closes with ("1998年3月号"): month precision only' },
  ],
  editor: [
    { from: 'profile', why: "the site's 责任编辑 element" },
    { from: 'infoLine', why: 'a 责任编辑： label next to the title' },
    { from: 'removedLines', why: 'the 责任编辑 chrome line cut from the body' },
    { from: 'bodyScan', why: 'an 编辑： label anywhere in the page text' },
  ],
  keywords: [
    { from: 'profile', why: "the site's 关键词 element" },
    { from: 'removedLines', why: 'a "关键词：…" chrome line cut from the body' },
    { from: 'jsonLd', why: 'structured keywords' },
    { from: 'headMeta', why: 'keywords / news_keywords meta tags, often SEO lists' },
  ],
  channel: [
    { from: 'profile', why: "the site's breadcrumb element or CMS block" },
    { from: 'breadcrumb', why: 'a generic breadcrumb with ">" separators' },
  ],
};

const present = (v: unknown): boolean => v != null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The reader a field comes from: the first in its precedence list that has a value. */
export function winner(field: keyof MetaFields, c: MetaCandidates): MetaReader | undefined {
  return PRECEDENCE[field].find((row) => present(c[row.from]?.[field]))?.from;
}

/** One field from its precedence list, or undefined when no reader has it. */
export function resolveField<F extends keyof MetaFields>(field: F, c: MetaCandidates): MetaFields[F] | undefined {
  const from = winner(field, c);
  return from && (c[from]?.[field] as MetaFields[F]);
}

/** Every field from its precedence list; absent ones are null or []. */
export function resolveMeta(c: MetaCandidates): MetaFields {
  return {
    title: resolveField('title', c) ?? '',
    authors: resolveField('authors', c) ?? [],
    source: resolveField('source', c) ?? null,
    publishedAt: resolveField('publishedAt', c) ?? null,
    editor: resolveField('editor', c) ?? null,
    keywords: resolveField('keywords', c) ?? [],
    channel: resolveField('channel', c) ?? [],
  };
}

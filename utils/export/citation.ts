/**
 * A reference to an article in GB/T 7714-2015 form (信息与文献 参考文献著录规则), the way Chinese reports and
 * theses cite an online newspaper article:
 *
 *   主要责任者. 题名[N/OL]. 报纸名, 出版日期[引用日期]. 获取和访问路径.
 *   白万军. 大厂：打造北京城市副中心后花园[N/OL]. 长城网, 2019-05-24[2024-06-01]. http://lf.hebei.com.cn/….
 *
 * Rules applied (clause numbers of the standard):
 * - 8.1.2: up to three authors are all given, separated by ", "; with more, the first three and ", 等".
 * - 8.1.4 / 顺序编码制: with no known author the author part is left out and the entry starts with the title.
 * - 8.8.2: dates in ISO form YYYY-MM-DD; the citation date in square brackets right after the publication date.
 * Pure: the caller passes the citation date (today), so tests and the popup agree.
 */
import type { Article } from '../types';

export type CitationArticle = Pick<Article, 'title' | 'authors' | 'siteName' | 'site' | 'url' | 'canonicalUrl'> & {
  publishedAt: string | null;
};

/**
 * Role words 长城网 bylines put before a name (记者 张三, 通讯员：李四, 文/图：王五): the standard cites the person.
 * One-character roles (文, 图) only count with a colon or slash after them, so 文静 stays a name.
 */
const ROLE_WORD = '(?:本网|长城网|特约|见习|实习)?(?:记者|通讯员|实习生|摄影)';
const SHORT_ROLE = '(?:文|图|编辑|撰稿)(?=\\s*[:：/／])';
const ROLE_PREFIX = new RegExp(`^(?:(?:${ROLE_WORD}|${SHORT_ROLE})\\s*[:：/／]?\\s*)+`, 'u');
const MAX_AUTHORS = 3;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Authors as the standard lists them: at most three, then "等". */
export function citationAuthors(authors: readonly string[] | null | undefined): string {
  const names = [
    ...new Set((authors ?? []).map((name) => clean(name).replace(ROLE_PREFIX, '').trim()).filter(Boolean)),
  ];
  if (names.length === 0) return '';
  const shown = names.slice(0, MAX_AUTHORS);
  return names.length > MAX_AUTHORS ? `${shown.join(', ')}, 等` : shown.join(', ');
}

/** YYYY-MM-DD as written in an ISO string (the page's own calendar day), else ''. */
function isoDay(value: string | null | undefined): string {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1] ?? '';
}

/** Local calendar day of a Date, YYYY-MM-DD (the day the reader looked at the page). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The newspaper: 长城网 for its pages, else the site's own name, else the host name. */
function outletName(article: CitationArticle, url: string): string {
  if (article.site === 'changcheng') return '长城网';
  const named = clean(article.siteName);
  if (named) return named;
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Drops a full stop the title ends with, so the entry does not read "题名。[N/OL]". */
function citationTitle(title: string): string {
  return clean(title).replace(/[.。]+$/u, '') || '无题名';
}

/**
 * The GB/T 7714-2015 reference, e.g.
 * `白万军. 大厂：打造北京城市副中心后花园[N/OL]. 长城网, 2019-05-24[2024-06-01]. http://lf.hebei.com.cn/….`
 * `text` is applied to every part taken from the page (authors, title, outlet, URL), never to the entry's own
 * marks ([N/OL], the dates): a Markdown export passes its text escaping, so a title stays text.
 */
export function gbt7714Citation(
  article: CitationArticle,
  citedOn: Date | string = new Date(),
  text: (pageText: string) => string = (pageText) => pageText,
): string {
  const url = clean(article.canonicalUrl || article.url);
  const cited = typeof citedOn === 'string' ? isoDay(citedOn) || citedOn : localDay(citedOn);
  const authors = citationAuthors(article.authors);
  const outlet = outletName(article, url);
  const published = isoDay(article.publishedAt);
  const publication = [outlet && text(outlet), published].filter(Boolean).join(', ');
  const parts = [
    authors ? `${text(authors)}. ` : '',
    `${text(citationTitle(article.title))}[N/OL]. `,
    publication,
    `[${cited}]`,
    url ? `. ${text(url)}` : '',
    '.',
  ];
  return parts.join('');
}

/**
 * The product's data shapes: one definition each, imported everywhere.
 * They follow the contracts in the README ("Contracts"); extra fields are allowed, none removed.
 */

/** Every figure kind, in the order the figures panel groups them (money first, other last). */
export const FIGURE_KINDS = [
  'money',
  'count',
  'percent',
  'area',
  'length',
  'weight',
  'volume',
  'duration',
  'date',
  'age',
  'temperature',
  /** Added (issue 8): 2.3倍, 翻两番 (unit times), 男女比例105∶100 (unit ratio, value a/b). */
  'ratio',
  /** Added (issue 8): 千瓦时/度电 (kWh), 兆瓦时 (MWh). */
  'energy',
  /** Added (issue 8): 时速350公里, 120公里/小时 (km/h), 米/秒 (m/s). */
  'speed',
  'other',
] as const;

export type FigureKind = (typeof FIGURE_KINDS)[number];

export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'range';

export interface Figure {
  /** Exact span of the text it was read from. */
  text: string;
  /** UTF-16 offsets into the text it was read from; end exclusive. */
  start: number;
  end: number;
  kind: FigureKind;
  /** Normalised value: 88.85亿元 -> 8885000000, 3.6万人次 -> 36000, 三成 -> 30. */
  value: number | null;
  /** Upper end of a range (3至5年: value 3, max 5). */
  max?: number;
  /** Normalised unit: CNY, USD, km2, m2, mu, %, pp, year, hour, ... ('' when none). */
  unit: string;
  /** Measure word as written: 个, 家, 项, 人次, 期 ... */
  measure?: string;
  qualifier: Qualifier;
  /** What is measured, e.g. 签约项目, 意向投资额. */
  label?: string;
  /** kind "date": ISO date or period (2019-01-26, 2018-08, 2024-Q1, 2018/2020). */
  date?: string;
  sentence: string;
  /** How "key" the figure is; higher first. */
  score: number;
}

export interface ArticleImage {
  /** Absolute URL of the full-size image. */
  src: string;
  caption: string | null;
  alt?: string | null;
}

export type SiteId = 'changcheng' | 'generic';

export interface Article {
  url: string;
  canonicalUrl: string;
  site: SiteId;
  siteName: string | null;
  title: string;
  authors: string[];
  /** 来源 */
  source: string | null;
  /** ISO 8601 with offset, e.g. 2019-05-24T11:34:00+08:00 */
  publishedAt: string | null;
  /** 责任编辑 */
  editor: string | null;
  /** 关键词 */
  keywords: string[];
  /** Breadcrumb, e.g. ["长城网","廊坊频道","廊坊新闻","本网原创"] */
  channel: string[];
  excerpt: string;
  /** Plain body text, paragraphs separated by a blank line. */
  text: string;
  /** Sanitised body HTML. */
  contentHtml: string;
  images: ArticleImage[];
  /** Characters of text. */
  length: number;
  figures: Figure[];
  /**
   * What the reader should know about this capture, one English sentence each; absent when there is nothing. Set
   * when the page was not read whole (the CLI cuts a page longer than --max-page at an element boundary).
   */
  warnings?: string[];
}

/** Why a page was not taken as an article. */
export type NotAnArticleReason = 'list-page' | 'empty' | 'too-short' | 'unreadable';

export interface NotAnArticle {
  notAnArticle: true;
  reason: NotAnArticleReason;
  /** One clear sentence for people (English; the UI translates by reason). */
  message: string;
  url: string;
  title: string | null;
}

export type CaptureResult = Article | NotAnArticle;

/** An Article as utils/article extracts it, before the capture pipeline adds its figures. */
export type ExtractedArticle = Omit<Article, 'figures'>;

/**
 * A node of an article body as the page's DOM held it, structured-clone safe: text, a comment ({c}), or an element
 * [local name, attributes as [name, value] (or [name, value, namespace]), children, namespace when not HTML].
 * A tree, not HTML: markup serialised from a DOM does not always parse back into the same tree (a <p> that DOM
 * changes left inside a <p>), and the body must be sanitised as the tree it was.
 */
export type RawNode = string | { c: string } | RawElement;
export type RawElement = [name: string, attributes: string[][], children: RawNode[], namespace?: string];

/**
 * An article as the injected extractor returns it (entrypoints/extractor.content.ts): `unsafeBody` is the page's
 * body, not sanitised — the script injected on a click carries no sanitiser. `sanitizeRawArticle`
 * (utils/article/sanitize.ts) makes it an ExtractedArticle in the extension page, with the `contentHtml` the
 * in-page sanitiser gives. Never stored, shown or exported as it is: it has no `contentHtml` to be read as safe.
 */
export type RawArticle = Omit<ExtractedArticle, 'contentHtml'> & { unsafeBody: RawElement };

export function isNotAnArticle(r: ExtractedArticle | RawArticle | NotAnArticle): r is NotAnArticle {
  return (r as NotAnArticle).notAnArticle === true;
}

/** What the user changed about one figure, keyed by the figure's position in Article.text. */
export interface FigureEdit {
  /** `${start}:${end}` of the figure in Article.text. */
  key: string;
  pinned?: boolean;
  hidden?: boolean;
  /** User corrections: any Figure field the user overrode. */
  corrected?: Partial<Pick<Figure, 'value' | 'max' | 'unit' | 'label' | 'qualifier' | 'kind' | 'measure'>>;
}

/** A saved article: one record per canonical URL. */
export interface Capture extends Article {
  /** Stable id, derived from the canonical URL. */
  id: string;
  /** ISO time of the first capture. */
  capturedAt: string;
  /** ISO time of the last change (recapture or edit). */
  updatedAt: string;
  tags: string[];
  note: string;
  figureEdits: FigureEdit[];
  schemaVersion: number;
}

/**
 * A figure as the user left it: corrections merged in, pinned / hidden flags set. The one type every view
 * and export uses for "a figure with the user's edits applied" (made by utils/display/figureEdits).
 */
export type EditedFigure = Figure & { pinned: boolean; hidden: boolean };

export function figureKey(f: Pick<Figure, 'start' | 'end'>): string {
  return `${f.start}:${f.end}`;
}

/**
 * Article or Capture -> one Markdown document: YAML front matter, title, key figures table, body
 * (turndown + GFM), source link and the user's note. Pure: runs in extension pages and in the Node CLI.
 */
import type { Article, Capture } from '../types';
import { withoutEventHandlers } from '../article/eventHandlers';
import { displayFigures, formatFigureUnit, formatFigureValue } from './figureView';
import { escapeMarkdownText, escapeNoteHtml, oneLine, tableCell } from './markdownEscape';
import { createTurndown, linkText, markdownUrl, safeUrl } from './markdownTurndown';
import { frontMatter } from './yaml';
import type TurndownService from 'turndown';
import { obsidianFrontMatter, type FrontMatterStyle } from './obsidian';

export interface MarkdownOptions {
  /** Rows in the 关键数字 table (pinned figures count too). */
  maxFigures?: number;
  /** 'default': today's fields; 'obsidian': the properties Obsidian reads (see obsidian.ts). */
  frontMatterStyle?: FrontMatterStyle;
}

export const DEFAULT_MAX_FIGURES = 20;

function isCapture(article: Article | Capture): article is Capture {
  return typeof (article as Capture).capturedAt === 'string';
}

export function articleToMarkdown(article: Article | Capture, options: MarkdownOptions = {}): string {
  const capture = isCapture(article) ? article : null;
  const url = article.canonicalUrl || article.url;
  const sections = [
    frontMatter([
      ['title', article.title],
      ['url', url],
      ['source', article.source],
      ['authors', article.authors ?? []],
      ['publishedAt', article.publishedAt],
      ['keywords', article.keywords ?? []],
      ['channel', article.channel ?? []],
      ['editor', article.editor],
      ['tags', capture ? (capture.tags ?? []) : undefined],
      ['capturedAt', capture?.capturedAt],
    ]),
    `# ${escapeMarkdownText(oneLine(article.title))}`,
    figuresTable(article, options.maxFigures ?? DEFAULT_MAX_FIGURES),
    articleBodyMarkdown(article),
    `原文：${sourceLink(article.title, url)}`,
    capture?.note?.trim() ? `## 笔记\n\n${escapeNoteHtml(capture.note.replace(/\r\n?/g, '\n').trim())}` : '',
  ];
  if (options.frontMatterStyle === 'obsidian') sections[0] = obsidianFrontMatter(article);
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

export { tableCell };

function figuresTable(article: Article | Capture, maxFigures: number): string {
  const figures = displayFigures(article).slice(0, Math.max(0, maxFigures));
  if (figures.length === 0) return '';
  const rows = figures.map(
    (figure) =>
      `| ${[
        figure.text,
        figure.label ?? '',
        formatFigureValue(figure, 'normalised'),
        formatFigureUnit(figure),
        figure.sentence,
      ]
        .map(tableCell)
        .join(' | ')} |`,
  );
  return ['## 关键数字', '', '| 数字 | 含义 | 数值 | 单位 | 句子 |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

function sourceLink(title: string, url: string): string {
  const href = safeUrl(url, '');
  return href ? `[${linkText(title)}](${markdownUrl(href)})` : linkText(title);
}

/**
 * Converted bodies of stored captures, newest last (the conversion is most of an export's time, so a second
 * export of the same captures skips it). Keyed by everything the conversion reads, hashed.
 */
const bodyCache = new Map<string, string>();
const BODY_CACHE_SIZE = 2_000;

/** FNV-1a over UTF-16 code units: a cheap fingerprint (a hundred times faster than the conversion). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}.${(hash >>> 0).toString(36)}`;
}

/** How a body's HTML becomes what turndown converts: turndown's own parser (the page's DOMParser, domino in Node). */
let parseBody: (html: string) => string | TurndownService.Node = (html) => html;
let cacheBodies = true;

/**
 * Where turndown has no parser of its own (a worker has no DOMParser), the export worker sets one: domino, which
 * turndown itself uses in Node, wrapped the way turndown wraps the HTML (bodyParser.ts). `cache: false` where
 * every body is converted once (a worker lives for one export): no fingerprints computed for nothing.
 */
export function setBodyParser(parse: (html: string) => TurndownService.Node, options: { cache?: boolean } = {}): void {
  parseBody = parse;
  cacheBodies = options.cache ?? true;
}

/**
 * The body alone, as it stands in the document: the page's own content in Markdown. Event handler attributes are
 * cut before it is parsed (none is converted; Chromium's DOMParser would report each one, eventHandlers.ts).
 */
export function articleBodyMarkdown(article: Article | Capture): string {
  if (!article.contentHtml?.trim()) return plainBody(article);
  const convert = () =>
    createTurndown(article)
      .turndown(parseBody(withoutEventHandlers(article.contentHtml)))
      .trim();
  if (!cacheBodies) return convert();
  const key = [
    article.url,
    article.canonicalUrl,
    fingerprint(article.contentHtml),
    fingerprint(article.text ?? ''),
    fingerprint(JSON.stringify(article.images ?? [])),
  ].join('|');
  const cached = bodyCache.get(key);
  if (cached !== undefined) return cached;
  const body = convert();
  bodyCache.set(key, body);
  if (bodyCache.size > BODY_CACHE_SIZE) bodyCache.delete(bodyCache.keys().next().value as string);
  return body;
}

function plainBody(article: Article | Capture): string {
  // No HTML (e.g. a record from plain text): paragraphs of the text, escaped.
  return (article.text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => escapeMarkdownText(paragraph.trim()))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Article or Capture -> one Markdown document: YAML front matter, title, key figures table, body
 * (turndown + GFM), source link and the user's note. Pure: runs in extension pages and in the Node CLI.
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { Article, Capture } from '../types';
import { displayFigures, formatFigureUnit, formatFigureValue } from './figureView';
import { frontMatter } from './yaml';

export interface MarkdownOptions {
  /** Rows in the 关键数字 table (pinned figures count too). */
  maxFigures?: number;
}

export const DEFAULT_MAX_FIGURES = 20;

function isCapture(article: Article | Capture): article is Capture {
  return typeof (article as Capture).capturedAt === 'string';
}

export function articleToMarkdown(article: Article | Capture, options: MarkdownOptions = {}): string {
  const capture = isCapture(article) ? article : null;
  const url = article.canonicalUrl || article.url;
  const turndown = createTurndown(article);
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
    `# ${turndown.escape(oneLine(article.title))}`,
    figuresTable(article, options.maxFigures ?? DEFAULT_MAX_FIGURES),
    bodyMarkdown(article, turndown),
    `原文：${sourceLink(article.title, url, turndown)}`,
    capture?.note?.trim() ? `## 笔记\n\n${capture.note.replace(/\r\n?/g, '\n').trim()}` : '',
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A table cell: one line, pipes escaped (backslashes first so `\|` in page text cannot unescape one). */
export function tableCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

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

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** Absolute URL when it parses and its scheme is allowed (javascript:, data: and friends are not). */
function safeUrl(raw: string | null | undefined, base: string, allowed: Set<string>): string | null {
  if (!raw?.trim()) return null;
  try {
    const resolved = new URL(raw.trim(), base || undefined);
    return allowed.has(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Parentheses and spaces would end a Markdown link destination early. */
function markdownUrl(href: string): string {
  return href.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function linkText(text: string, turndown: TurndownService): string {
  return turndown.escape(oneLine(text));
}

function sourceLink(title: string, url: string, turndown: TurndownService): string {
  const href = safeUrl(url, '', LINK_PROTOCOLS);
  return href ? `[${linkText(title, turndown)}](${markdownUrl(href)})` : linkText(title, turndown);
}

/** Whitespace-free form, to tell whether a caption already stands in the body text. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function createTurndown(article: Article | Capture): TurndownService {
  const base = article.url || article.canonicalUrl || '';
  const captions = new Map<string, string>();
  for (const image of article.images ?? []) {
    const src = safeUrl(image.src, base, IMAGE_PROTOCOLS);
    if (src && image.caption?.trim()) captions.set(src, oneLine(image.caption));
  }
  const bodyText = squeeze(article.text ?? '');

  const turndown = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  turndown.use(gfm);
  turndown.remove([
    'script',
    'style',
    'iframe',
    'noscript',
    'object',
    'embed',
    'template',
    'form',
    'button',
    'select',
    'textarea',
    'input',
  ]);

  // Turndown pads list markers to four columns ("-   item"); one space is the common Markdown style.
  turndown.addRule('compactListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start')) || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const isParagraph = /\n$/.test(content);
      const body = content.replace(/^\n+|\n+$/g, '') + (isParagraph ? '\n' : '');
      return prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
    },
  });

  turndown.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const element = node as HTMLElement;
      const href = safeUrl(element.getAttribute('href'), base, LINK_PROTOCOLS);
      if (!href || !content.trim()) return content; // unsafe or empty link: keep the words only
      const title = element.getAttribute('title');
      const titlePart = title ? ` ${JSON.stringify(oneLine(title))}` : '';
      return `[${content}](${markdownUrl(href)}${titlePart})`;
    },
  });

  turndown.addRule('captionedImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      // Lazy-loading pages keep the full-size image in data-* attributes.
      const src = ['data-original', 'data-src', 'src']
        .map((attribute) => safeUrl(element.getAttribute(attribute), base, IMAGE_PROTOCOLS))
        .find(Boolean);
      if (!src) return '';
      const caption = captions.get(src) ?? null;
      const alt = caption ?? element.getAttribute('alt') ?? '';
      const image = `![${linkText(alt, turndown)}](${markdownUrl(src)})`;
      // The caption goes under the image unless the body already has it as its own paragraph.
      const insideLink = !!element.closest?.('a');
      if (!caption || insideLink || bodyText.includes(squeeze(caption))) return image;
      return `${image}\n\n*${turndown.escape(caption)}*`;
    },
  });
  return turndown;
}

function bodyMarkdown(article: Article | Capture, turndown: TurndownService): string {
  if (article.contentHtml?.trim()) return turndown.turndown(article.contentHtml).trim();
  // No HTML (e.g. a record from plain text): paragraphs of the text, escaped.
  return (article.text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => turndown.escape(paragraph.trim()))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The turndown set-up for article bodies: text escaped so it never reads as markup (markdownEscape), emphasis
 * that renders beside Chinese punctuation (markdownEmphasis), GFM tables (markdownTables), safe links and images
 * with their captions, and everything active dropped.
 */
import TurndownService from 'turndown';
import { strikethrough } from 'turndown-plugin-gfm';
import type { Article, Capture } from '../types';
import { emphasis } from './markdownEmphasis';
import { escapeMarkdownText, oneLine } from './markdownEscape';
import { addTableRules } from './markdownTables';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** Absolute URL when it parses and its scheme is allowed (javascript:, data: and friends are not). */
export function safeUrl(raw: string | null | undefined, base: string, allowed = LINK_PROTOCOLS): string | null {
  if (!raw?.trim()) return null;
  try {
    const resolved = new URL(raw.trim(), base || undefined);
    return allowed.has(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/**
 * A link destination that ends where it should: parentheses, spaces and angle brackets would end or open it
 * early, `|` would end a table cell and a backtick could open a code span; all are percent-encoded.
 */
export function markdownUrl(href: string): string {
  return href.replace(/[()\s<>|`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link title in double quotes: quotes, backslashes, pipes and character references escaped. */
function linkTitle(title: string): string {
  return `"${oneLine(title).replace(/[\\"|&]/g, '\\$&')}"`;
}

export function linkText(text: string): string {
  return escapeMarkdownText(oneLine(text));
}

/** Whitespace-free form, to tell whether a caption already stands in the body text. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

const DROPPED: TurndownService.Filter = [
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
];

export function createTurndown(article: Article | Capture): TurndownService {
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
  // Every text node goes through this (turndown calls `this.escape`): page text is never markup.
  turndown.escape = escapeMarkdownText;
  turndown.use(strikethrough);
  addTableRules(turndown);
  turndown.remove(DROPPED);

  turndown.addRule('strongThatRenders', {
    filter: ['strong', 'b'],
    replacement: (content, node) => emphasis(content, node, '**'),
  });
  turndown.addRule('emphasisThatRenders', {
    filter: ['em', 'i'],
    replacement: (content, node) => emphasis(content, node, '*'),
  });

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
      const title = element.getAttribute('title')?.trim();
      return `[${content}](${markdownUrl(href)}${title ? ` ${linkTitle(title)}` : ''})`;
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
      const image = `![${linkText(alt)}](${markdownUrl(src)})`;
      // The caption goes under the image unless the body already has it as its own paragraph.
      const insideLink = !!element.closest?.('a');
      if (!caption || insideLink || bodyText.includes(squeeze(caption))) return image;
      return `${image}\n\n*${escapeMarkdownText(caption)}*`;
    },
  });
  return turndown;
}

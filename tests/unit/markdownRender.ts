/**
 * Renders an exported Markdown document the way a note app or a site would — markdown-it, CommonMark + GFM
 * tables and strikethrough, raw HTML allowed — and reports everything that is not the page's content as text:
 * elements, attributes or comments the sanitised body did not have, and visible text that differs from it.
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { articleBodyMarkdown } from '../../utils/export/markdown';
import type { Article, Capture } from '../../utils/types';

const md = new MarkdownIt({ html: true });

export function render(markdown: string): HTMLElement {
  return new JSDOM(`<body>${md.render(markdown)}</body>`).window.document.body;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function elements(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

function comments(root: Node): string[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found: string[] = [];
  while (walker.nextNode()) found.push(walker.currentNode.nodeValue ?? '');
  return found;
}

/** The Markdown element each content element becomes (b -> strong, div -> p ...). */
const RENDERED_AS: Record<string, string[]> = {
  b: ['strong'],
  i: ['em'],
  strike: ['s'],
  del: ['s'],
  pre: ['pre', 'code'],
  table: ['table', 'thead', 'tbody', 'tr', 'th', 'td'],
};

/** Attributes markdown-it itself writes; anything else came from page text. */
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'start', 'style']);

/** Problems with a rendered document, whatever its content: what no export may ever contain. */
export function unsafeParts(root: HTMLElement): string[] {
  const problems = comments(root).map((c) => `comment <!--${c}-->`);
  for (const el of elements(root)) {
    const tag = el.tagName.toLowerCase();
    if (!/^(?:p|h[1-6]|ul|ol|li|a|img|strong|em|s|code|pre|br|hr|blockquote|table|thead|tbody|tr|th|td)$/.test(tag))
      problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ATTRIBUTES.has(attr.name)) problems.push(`attribute ${attr.name} on <${tag}>`);
      // markdown-it writes text-align for aligned GFM columns only.
      if (attr.name === 'style' && !/^text-align:(?:left|right|center)$/.test(attr.value)) problems.push(attr.value);
      if (attr.name === 'href' && !/^(?:https?|mailto):/i.test(attr.value)) problems.push(`href ${attr.value}`);
      if (attr.name === 'src' && !/^https?:/i.test(attr.value)) problems.push(`src ${attr.value}`);
    }
  }
  return problems;
}

/** The captions the export adds under images (as `*caption*` paragraphs), which the body text does not have. */
function addedCaptions(root: HTMLElement, article: Article | Capture): Element[] {
  const captions = new Set((article.images ?? []).map((image) => oneLine(image.caption ?? '')).filter(Boolean));
  return Array.from(root.querySelectorAll('p')).filter((p) => {
    const em = p.firstElementChild;
    const previous = p.previousElementSibling;
    return (
      p.childNodes.length === 1 &&
      em?.tagName === 'EM' &&
      captions.has(oneLine(em.textContent ?? '')) &&
      !!previous?.querySelector('img')
    );
  });
}

export interface BodyReport {
  problems: string[];
  /** Visible text of the rendered body and of the sanitised content, whitespace removed. */
  renderedText: string;
  contentText: string;
  /** Emphasis in the content (non-blank <strong>/<b>, <em>/<i>) and in the rendered body. */
  strong: [content: number, rendered: number];
  em: [content: number, rendered: number];
}

/** The body's Markdown, rendered, against the article's sanitised contentHtml. */
export function checkBody(article: Article | Capture): BodyReport {
  const content = new JSDOM(`<body>${article.contentHtml}</body>`).window.document.body;
  const root = render(articleBodyMarkdown(article));
  const problems = unsafeParts(root);

  const allowed = new Set(['p', 'br']);
  for (const el of elements(content)) {
    const tag = el.tagName.toLowerCase();
    for (const name of RENDERED_AS[tag] ?? [tag]) allowed.add(name);
  }
  const captions = addedCaptions(root, article);
  if (captions.length) allowed.add('em');
  for (const el of elements(root)) {
    const tag = el.tagName.toLowerCase();
    if (!allowed.has(tag)) problems.push(`element <${tag}> that the page did not have`);
  }
  const count = (box: Element, selector: string) =>
    Array.from(box.querySelectorAll(selector)).filter((el) => el.textContent?.trim()).length;
  const strongContent = count(content, 'strong, b') - count(content, ':is(strong, b) :is(strong, b)');
  const emContent = count(content, 'em, i') - count(content, ':is(em, i) :is(em, i)');
  const strong: [number, number] = [strongContent, count(root, 'strong')];
  const em: [number, number] = [emContent, count(root, 'em') - captions.length];

  for (const caption of captions) caption.remove();
  return {
    problems,
    renderedText: squeeze(root.textContent ?? ''),
    contentText: squeeze(content.textContent ?? ''),
    strong,
    em,
  };
}

/** The whole document: nothing unsafe, the title heading and the figure cells read as the text they hold. */
export function checkDocument(markdown: string, article: Article | Capture): string[] {
  // A renderer that knows front matter drops it; one that does not shows it as text (checked below too).
  const end = markdown.indexOf('\n---\n', 4);
  const front = markdown.slice(0, end + 5);
  const problems = [...unsafeParts(render(markdown)), ...unsafeParts(render(markdown.slice(end + 5)))];
  if (!front.startsWith('---\n')) problems.push('no front matter');
  const root = render(markdown.slice(end + 5));
  const h1 = root.querySelector('h1');
  if (oneLine(h1?.textContent ?? '') !== oneLine(article.title)) problems.push(`title reads ${h1?.textContent}`);
  const figureTable = Array.from(root.querySelectorAll('table')).find(
    (t) => t.querySelector('th')?.textContent === '数字',
  );
  for (const row of Array.from(figureTable?.querySelectorAll('tbody tr') ?? [])) {
    const sentence = row.querySelectorAll('td')[4]?.textContent ?? '';
    if (!(article.figures ?? []).some((f) => oneLine(f.sentence) === sentence))
      problems.push(`figure cell ${sentence}`);
  }
  const source = Array.from(root.querySelectorAll('p')).find((p) => p.textContent?.startsWith('原文：'));
  if (oneLine(source?.textContent ?? '') !== `原文：${oneLine(article.title)}`) {
    problems.push(`source line reads ${source?.textContent}`);
  }
  return problems;
}

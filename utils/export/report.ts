/**
 * Many captures as one Markdown report: a title, a table of contents, one table of the key figures of all
 * articles, each article (its headings one level down), and a 参考文献 list in GB/T 7714-2015 form.
 */
import type { Article, Capture } from '../types';
import { gbt7714Citation } from './citation';
import { displayFigures, formatFigureUnit, formatFigureValue } from './figureView';
import { articleToMarkdown, DEFAULT_MAX_FIGURES, type MarkdownOptions } from './markdown';
import { escapeMarkdownText, oneLine, tableCell } from './markdownEscape';
import { forEachChunk, type ChunkOptions } from './chunks';
import { frontMatter, yamlString } from './yaml';

export interface ReportOptions extends ChunkOptions {
  /** The report's heading (default 长城网文章汇编). */
  title?: string;
  /** Figures per article in the combined table (default 20, as in single exports). */
  maxFigures?: number;
  /** The day the articles are cited on (引用日期), default today. */
  citedOn?: Date;
  frontMatterStyle?: MarkdownOptions['frontMatterStyle'];
}

export const DEFAULT_REPORT_TITLE = '长城网文章汇编';

/** Page text on one line, never markup (the same escaping as titles in single exports). */
function linkLabel(text: string): string {
  return escapeMarkdownText(oneLine(text));
}

function day(iso: string | null | undefined): string {
  return /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? '')?.[1] ?? '';
}

/** An article's Markdown without its front matter and title line, headings one level down (outside code). */
export function articleSection(markdown: string): string {
  const withoutFront = markdown.replace(/^---\n[\s\S]*?\n---\n+/, '');
  const withoutTitle = withoutFront.replace(/^# [^\n]*\n+/, '');
  let fence: string | null = null;
  return withoutTitle
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || marker.startsWith(fence))) fence = fence ? null : marker;
      if (fence || marker) return line;
      return /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n')
    .trim();
}

function figuresTable(captures: ReadonlyArray<Article | Capture>, maxFigures: number): string {
  const rows: string[] = [];
  captures.forEach((capture, index) => {
    for (const figure of displayFigures(capture).slice(0, Math.max(0, maxFigures))) {
      const cells = [
        figure.label ?? '',
        figure.text,
        formatFigureValue(figure, 'normalised'),
        formatFigureUnit(figure),
        day(capture.publishedAt),
        figure.sentence,
      ];
      // The first cell links to the article's section: [n](#article-n), written here, not page text.
      rows.push(`| [${index + 1}](#article-${index + 1}) | ${cells.map(tableCell).join(' | ')} |`);
    }
  });
  if (rows.length === 0) return '';
  return [
    '## 关键数字',
    '',
    '| 文献 | 含义 | 数字 | 数值 | 单位 | 发布日期 | 句子 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The report's own front matter. Obsidian style (as single articles get it): the title quoted, `created` a bare
 * local YYYY-MM-DD so Obsidian types it as a date, and the article count a number.
 */
function reportFrontMatter(title: string, citedOn: Date, count: number, style: ReportOptions['frontMatterStyle']) {
  if (style !== 'obsidian')
    return frontMatter([
      ['title', title],
      ['created', citedOn.toISOString()],
      ['articles', String(count)],
    ]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const created = `${citedOn.getFullYear()}-${pad(citedOn.getMonth() + 1)}-${pad(citedOn.getDate())}`;
  return ['---', `title: ${yamlString(title)}`, `created: ${created}`, `articles: ${count}`, '---'].join('\n');
}

/** The whole report as one Markdown string, built a chunk of articles at a time. */
export async function combinedReport(
  captures: ReadonlyArray<Article | Capture>,
  options: ReportOptions = {},
): Promise<string> {
  const title = oneLine(options.title ?? '') || DEFAULT_REPORT_TITLE;
  const citedOn = options.citedOn ?? new Date();
  const maxFigures = options.maxFigures ?? DEFAULT_MAX_FIGURES;
  const sections: string[] = [];
  await forEachChunk(captures, options, (capture, index) => {
    const number = index + 1;
    const markdown = articleToMarkdown(capture, { maxFigures: 0 });
    const meta = [capture.source ?? '', day(capture.publishedAt), (capture.authors ?? []).join(' ')].filter(Boolean);
    sections.push(
      [
        `<a id="article-${number}"></a>`,
        '',
        `## ${number}. ${linkLabel(capture.title || '无题名')}`,
        '',
        ...(meta.length > 0 ? [`*${meta.map((part) => linkLabel(part)).join(' · ')}* [${number}]`, ''] : []),
        articleSection(markdown),
      ].join('\n'),
    );
  });
  const toc = captures.map(
    (capture, index) =>
      `${index + 1}. [${linkLabel(capture.title || '无题名')}](#article-${index + 1})` +
      (day(capture.publishedAt) ? ` — ${day(capture.publishedAt)}` : ''),
  );
  // Page text in each entry (title, authors, site, URL) is escaped like every other line: a title such as
  // `<h>`, `*星*` or `[x](javascript:…)` reads as text, not as HTML, emphasis or a link.
  const references = captures.map((capture, index) => `[${index + 1}] ${gbt7714Citation(capture, citedOn, linkLabel)}`);
  const parts = [
    reportFrontMatter(title, citedOn, captures.length, options.frontMatterStyle),
    `# ${linkLabel(title)}`,
    captures.length > 0 ? ['## 目录', '', ...toc].join('\n') : '（没有文章）',
    figuresTable(captures, maxFigures),
    ...sections,
    captures.length > 0 ? ['## 参考文献', ...references].join('\n\n') : '',
  ];
  return `${parts.filter(Boolean).join('\n\n').trimEnd()}\n`;
}

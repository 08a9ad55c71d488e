/**
 * Front matter in the shape Obsidian reads as note properties (and Obsidian Web Clipper writes):
 * title, source, author (list), published and created (dates), tags (list), url. Every free-text value is a
 * double-quoted YAML scalar, so any title survives; dates are bare YYYY-MM-DD so Obsidian types them as dates.
 */
import type { Article, Capture } from '../types';
import { yamlString } from './yaml';

export type FrontMatterStyle = 'default' | 'obsidian';

/** Local calendar day of an ISO instant (when the user captured it), YYYY-MM-DD. */
function localDay(iso: string | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The page's own calendar day, as written in the ISO string (no time-zone shift). */
function writtenDay(iso: string | null | undefined): string | null {
  return /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? '')?.[1] ?? null;
}

/**
 * An Obsidian tag: letters, digits, _, - and / only (a space would split it), and not all digits
 * (Obsidian ignores #2019), e.g. "廊坊 新闻" -> "廊坊-新闻", "2019" -> "_2019".
 */
export function obsidianTag(tag: string): string {
  const clean = tag
    .normalize('NFC')
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (!clean) return '';
  return /^[\d/-]+$/.test(clean) ? `_${clean}` : clean;
}

function list(key: string, values: readonly string[]): string[] {
  return values.length === 0 ? [`${key}: []`] : [`${key}:`, ...values.map((value) => `  - ${yamlString(value)}`)];
}

/** `---` block of Obsidian properties for an article or capture. */
export function obsidianFrontMatter(article: Article | Capture): string {
  const capture = typeof (article as Capture).capturedAt === 'string' ? (article as Capture) : null;
  const url = article.canonicalUrl || article.url;
  const published = writtenDay(article.publishedAt);
  const created = localDay(capture?.capturedAt);
  const tags = [...new Set((capture?.tags ?? []).map(obsidianTag).filter(Boolean))];
  const lines = [
    '---',
    `title: ${yamlString(article.title ?? '')}`,
    `source: ${yamlString(article.source || article.siteName || '')}`,
    ...list(
      'author',
      (article.authors ?? []).filter((name) => name.trim()),
    ),
    ...(published ? [`published: ${published}`] : []),
    ...(created ? [`created: ${created}`] : []),
    ...list('tags', tags),
    `url: ${yamlString(url)}`,
    '---',
  ];
  return lines.join('\n');
}

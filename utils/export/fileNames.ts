/** File names that are safe on Windows, macOS and Linux, for Markdown, CSV, backup and zip downloads. */
import type { Article, Capture } from '../types';

/** Characters Windows forbids, mapped to full-width look-alikes so 大厂:打造 reads as 大厂：打造. */
const LOOKALIKES: Record<string, string> = {
  ':': '：',
  '?': '？',
  '*': '＊',
  '"': '＂',
  '<': '＜',
  '>': '＞',
  '|': '｜',
  '/': '／',
  '\\': '＼',
};

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Total length cap in characters, and in UTF-8 bytes (ext4 allows 255; Chinese takes 3 bytes a char). */
const MAX_CHARS = 100;
const MAX_BYTES = 240;

/**
 * A safe file name from free text: forbidden characters replaced, control characters dropped,
 * whitespace collapsed, no leading/trailing dots or spaces, reserved device names avoided, length capped.
 */
export function safeFileName(stem: string, extension: string, fallback = '未命名'): string {
  let clean = stem
    .normalize('NFC')
    .replace(/[:?*"<>|/\\]/g, (char) => LOOKALIKES[char])
    .replace(/\s+/g, ' ') // tabs and line breaks read as spaces; other control characters go
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!clean) clean = fallback;
  if (RESERVED.test(clean)) clean = `_${clean}`;
  const suffix = extension ? `.${extension}` : '';
  clean = truncate(clean, MAX_CHARS - suffix.length, MAX_BYTES - new TextEncoder().encode(suffix).length).replace(
    /[\s.]+$/,
    '',
  );
  return `${clean || fallback}${suffix}`;
}

/** Cuts at whole code points (never half a surrogate pair) to fit both limits. */
function truncate(text: string, maxChars: number, maxBytes: number): string {
  const encoder = new TextEncoder();
  let result = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (result.length + char.length > maxChars || bytes + size > maxBytes) break;
    result += char;
    bytes += size;
  }
  return result;
}

/** YYYY-MM-DD as written in an ISO string (the article's own time zone), else null. */
function isoDatePart(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match ? match[1] : null;
}

/** Column tags like 【观潮“5·18”】 lead many 长城网 titles; they make names long and sort badly. */
function titleForFileName(title: string): string {
  const stripped = title.replace(/^\s*【[^】]{0,30}】\s*/, '');
  return stripped.trim() ? stripped : title;
}

/** `2019-05-24-大厂：打造北京城市副中心后花园.md`; the capture date stands in when the page has none. */
export function markdownFileName(article: Article | Capture): string {
  const date = isoDatePart(article.publishedAt) ?? isoDatePart((article as Capture).capturedAt);
  const title = titleForFileName(article.title ?? '');
  return safeFileName(date ? `${date}-${title}` : title, 'md');
}

/** Local calendar date of `date`, YYYY-MM-DD. */
export function localDateStamp(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function zipFileName(date: Date = new Date()): string {
  return `changcheng-reader-markdown-${localDateStamp(date)}.zip`;
}

export function csvFileName(date: Date = new Date()): string {
  return `changcheng-reader-figures-${localDateStamp(date)}.csv`;
}

export function backupFileName(date: Date = new Date()): string {
  return `changcheng-reader-backup-${localDateStamp(date)}.json`;
}

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

/** Windows device names, reserved with any extension (CON.md) and with trailing spaces or dots. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
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
export function truncate(text: string, maxChars: number, maxBytes: number): string {
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
  // A title with nothing usable left (' ... ', zero-width characters) reads 未命名, not "2024-01-06-.md".
  const written = titleForFileName(article.title ?? '');
  const title = safeFileName(written, '', '') ? written : '未命名';
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
  return `changcheng-reader-backup-${localDateStamp(date)}.zip`;
}

/** How two names compare on a case-insensitive file system that also folds Unicode forms (Windows, macOS). */
function fileKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Appends -2, -3 ... before the extension on a clash; case-insensitive, as on Windows and macOS. The stem is
 * shortened to make room for the number, so a numbered name stays within the length caps of safeFileName.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const encoder = new TextEncoder();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; taken.has(fileKey(candidate)); n++) {
      const tail = `-${n}${extension}`;
      const room = truncate(stem, MAX_CHARS - tail.length, MAX_BYTES - encoder.encode(tail).length);
      candidate = `${room.replace(/[\s.]+$/, '')}${tail}`;
    }
    taken.add(fileKey(candidate));
    return candidate;
  });
}

/** The combined report's name, e.g. changcheng-reader-report-2024-05-01.md. */
export function reportFileName(date: Date = new Date()): string {
  return `changcheng-reader-report-${localDateStamp(date)}.md`;
}

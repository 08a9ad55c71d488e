/**
 * Many captures as one .zip of Markdown files (fflate). `markdownZip` is the small synchronous form;
 * `exportMarkdownZip` works in chunks, reports progress and yields to the page between chunks, and puts the
 * offline copies of pictures in an images/ folder that the Markdown links relatively.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import type { Article, Capture } from '../types';
import { articleToMarkdown, type MarkdownOptions } from './markdown';
import { markdownUrl } from './markdownTurndown';
import { markdownFileName, uniqueFileNames } from './fileNames';
import { forEachChunk, type ChunkOptions } from './chunks';

export { uniqueFileNames } from './fileNames';

export function markdownZip(
  captures: ReadonlyArray<Article | Capture>,
  options: MarkdownOptions & { mtime?: Date } = {},
): Uint8Array {
  const names = uniqueFileNames(captures.map(markdownFileName));
  const files: Zippable = {};
  captures.forEach((capture, index) => {
    files[names[index]] = strToU8(articleToMarkdown(capture, options));
  });
  return zipSync(files, { level: 6, mtime: options.mtime ?? new Date() });
}

/** An offline copy of one picture of an article, as the picture store keeps it. */
export interface ZipPicture {
  /** The address the article's HTML uses (absolute). */
  src: string;
  /** MIME type, e.g. image/jpeg. */
  type: string;
  bytes: Uint8Array;
}

export interface ZipExportOptions extends MarkdownOptions, ChunkOptions {
  mtime?: Date;
  /** The offline pictures of a capture (none: the Markdown keeps the web addresses). */
  pictures?: (capture: Article | Capture) => Promise<readonly ZipPicture[]> | readonly ZipPicture[];
}

export interface ZipExportResult {
  bytes: Uint8Array;
  files: number;
  pictures: number;
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

/** images/<capture id or index>-<n>.<ext>: ASCII, short, and unique within the zip. */
export function pictureFileName(owner: string, index: number, type: string): string {
  const stem = owner.replace(/[^0-9A-Za-z_-]/g, '').slice(0, 32) || 'article';
  return `images/${stem}-${index + 1}.${EXTENSIONS[type.toLowerCase()] ?? 'bin'}`;
}

/** Already-compressed formats are stored as they are; deflating them again only costs time. */
function compresses(type: string): boolean {
  return type === 'image/svg+xml' || type === 'image/bmp';
}

/** The zip, built a chunk of captures at a time with progress (done, total) after each chunk. */
export async function exportMarkdownZip(
  captures: ReadonlyArray<Article | Capture>,
  options: ZipExportOptions = {},
): Promise<ZipExportResult> {
  const mtime = options.mtime ?? new Date();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  const add = (name: string, data: Uint8Array, deflate: boolean) => {
    // Level 1: under half the time of level 6 per Markdown file, for a somewhat larger zip (bench: export_zip_1000).
    const entry = deflate ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
  };
  const names = uniqueFileNames(captures.map(markdownFileName));
  let pictureCount = 0;
  await forEachChunk(captures, options, async (capture, index) => {
    const pictures = (await options.pictures?.(capture)) ?? [];
    const local = new Map<string, string>();
    const owner = 'id' in capture && typeof capture.id === 'string' ? capture.id : String(index + 1);
    pictures.forEach((picture, n) => {
      if (local.has(picture.src)) return;
      const path = pictureFileName(owner, n, picture.type);
      local.set(picture.src, path);
      add(path, picture.bytes, compresses(picture.type));
      pictureCount++;
    });
    add(names[index], strToU8(linkLocalPictures(articleToMarkdown(capture, options), local)), true);
  });
  zip.end();
  if (failure) throw failure;
  return { bytes: concat(chunks), files: captures.length, pictures: pictureCount };
}

/**
 * Points the Markdown's links to pictures that have a local copy at that copy (images/…), relatively.
 * The body converter writes an image as ![alt](markdownUrl(absolute src)); only whole destinations are
 * replaced (followed by ")" or a title), so https://x/a.jpg never rewrites https://x/a.jpg?big=1.
 */
export function linkLocalPictures(markdown: string, local: ReadonlyMap<string, string>): string {
  let out = markdown;
  for (const [src, path] of local) {
    const destination = `](${markdownUrl(src)}`;
    for (const end of [')', ' ']) out = out.split(`${destination}${end}`).join(`](${path}${end}`);
  }
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Many captures as one .zip of Markdown files (fflate). `markdownZip` is the small synchronous form;
 * `exportMarkdownZip` works in chunks, reports progress and yields to the page between chunks, and puts the
 * offline copies of pictures in an images/ folder that the Markdown links relatively.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article, Capture } from '../types';
import { articleToMarkdown, type MarkdownOptions } from './markdown';
import { markdownUrl } from './markdownTurndown';
import { markdownFileName, uniqueFileNames } from './fileNames';
import { forEachChunk, type ChunkOptions } from './chunks';
import { directZip, type ZipSink } from './zipSink';

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
  /** Where the files go (default: fflate in this thread; the library page passes a worker: zipSink.ts). */
  sink?: (mtime: Date) => ZipSink;
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
  const sink = (options.sink ?? directZip)(options.mtime ?? new Date());
  const add = (name: string, data: Uint8Array | string, deflate: boolean) => sink.add({ name, data, deflate });
  const names = uniqueFileNames(captures.map(markdownFileName));
  let pictureCount = 0;
  try {
    await forEachChunk(captures, options, async (capture, index) => {
      const files = await captureFiles(capture, index, options);
      for (const picture of files.pictures) add(picture.name, picture.data, picture.deflate);
      pictureCount += files.pictures.length;
      add(names[index], files.markdown, true);
    });
  } catch (error) {
    sink.abort();
    throw error;
  }
  return { bytes: await sink.end(), files: captures.length, pictures: pictureCount };
}

export interface CaptureFiles {
  /** Its offline pictures under images/, each once. */
  pictures: Array<{ name: string; data: Uint8Array; deflate: boolean }>;
  /** Its Markdown (as text: the sink encodes it), linking those pictures. */
  markdown: string;
}

/** One capture's files in the zip (`index`: its place in the export, naming its pictures when it has no id). */
export async function captureFiles(
  capture: Article | Capture,
  index: number,
  options: Pick<ZipExportOptions, 'pictures' | 'maxFigures' | 'frontMatterStyle'>,
): Promise<CaptureFiles> {
  const pictures = (await options.pictures?.(capture)) ?? [];
  const local = new Map<string, string>();
  const owner = 'id' in capture && typeof capture.id === 'string' ? capture.id : String(index + 1);
  const files: CaptureFiles['pictures'] = [];
  pictures.forEach((picture, n) => {
    if (local.has(picture.src)) return;
    const name = pictureFileName(owner, n, picture.type);
    local.set(picture.src, name);
    files.push({ name, data: picture.bytes, deflate: compresses(picture.type) });
  });
  return { pictures: files, markdown: linkLocalPictures(articleToMarkdown(capture, options), local) };
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

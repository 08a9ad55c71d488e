/** Many captures as one .zip of Markdown files (fflate, synchronous: a personal library is small). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article, Capture } from '../types';
import { articleToMarkdown, type MarkdownOptions } from './markdown';
import { markdownFileName } from './fileNames';

/** Appends -2, -3 ... before the extension on a clash; case-insensitive, as on Windows and macOS. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

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

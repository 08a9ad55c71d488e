/**
 * The article as the script injected on a toolbar click reads it: everything but the sanitising, which the
 * extension page does (sanitizeRawArticle in sanitize.ts): the injected script is compiled and run cold on every
 * click, and DOMPurify was a quarter of its code and a third of its run; the extension page sanitises what it shows
 * anyway, and is the safer side of the trust boundary. This module must not import the sanitiser.
 */
import type { NotAnArticle, RawArticle } from '../types';
import { type CaptureOptions, readArticle } from './read';
import { treeOf } from './rawTree';

export function extractRawArticle(doc: Document, url: string, options: CaptureOptions = {}): RawArticle | NotAnArticle {
  const read = readArticle(doc, url, options);
  if ('notAnArticle' in read) return read;
  const { contentHtml: _unset, ...article } = read.article;
  return { ...article, unsafeBody: treeOf(read.content) };
}

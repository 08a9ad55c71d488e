/**
 * The article body's HTML as a DOM node without a DOMParser (the export worker has none): domino's HTML5 parser,
 * which turndown itself uses in Node (the CLI, the golden tests), wrapped exactly as turndown wraps it.
 */
import { createDocument } from '@mixmark-io/domino';
import type TurndownService from 'turndown';

export function dominoBody(html: string): TurndownService.Node {
  const document = createDocument(`<x-turndown id="turndown-root">${html}</x-turndown>`);
  return document.getElementById('turndown-root') as unknown as TurndownService.Node;
}

/**
 * How the extension pages' code is cut into files (rolldown's codeSplitting groups, used by wxt.config.ts).
 *
 * The popup loads its reader whole; the library's first screen needs only the list (Preact, the store, the
 * list components), and its reader (the open article) after it. Left to itself the bundler either puts
 * everything the two pages share in one file (the library then loads the popup's reader, 130 kB, before its
 * first screen) or cuts it into a dozen small files (a dozen requests for the popup). Two groups instead:
 * - `core`: what both pages' first screens import (Preact, the store, i18n, shared components);
 * - `reader`: the rest of what the popup imports (the reader view, the figures panel, Markdown, sanitising),
 *   which the library loads after its first screen.
 * The popup loads popup + core + reader, the library's first screen library + core.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModuleInfo } from 'rolldown';
import type { InlineConfig } from 'vite';

interface ChunkingContext {
  getModuleInfo(moduleId: string): ModuleInfo | null;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The pages' HTML entries (module ids are absolute paths). */
const LIBRARY_PAGE = path.join(ROOT, 'entrypoints/library/index.html');
const POPUP_PAGE = path.join(ROOT, 'entrypoints/popup/index.html');
/** The popup's own modules stay in its entry file. */
const POPUP_OWN = /entrypoints[\\/]popup[\\/]/;
/** The bundler's runtime (no module info): with what both pages load first. */
const RUNTIME = /^\0?rolldown[:/]runtime/;

/** Every module a root imports statically (directly or through others), the root included. */
function staticClosure(root: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const todo = [root];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) todo.push(next);
  }
  return seen;
}

interface Pages {
  library: Set<string>;
  popup: Set<string>;
}

/** Per build: the pages' closures when this build makes the two pages (not the background's or a script's). */
const builds = new WeakMap<object, Pages | null>();

function pagesOf(ctx: ChunkingContext): Pages | null {
  // The context object may be new on each call; the module info objects are kept for the whole pass.
  const library = ctx.getModuleInfo(LIBRARY_PAGE);
  const popup = ctx.getModuleInfo(POPUP_PAGE);
  if (!library || !popup) return null;
  let pages = builds.get(library);
  if (pages === undefined) {
    pages = { library: staticClosure(LIBRARY_PAGE, ctx), popup: staticClosure(POPUP_PAGE, ctx) };
    builds.set(library, pages);
  }
  return pages;
}

/** The group of one module: 'core', 'reader', or null (the bundler's own choice: an entry's or a lazy chunk). */
export function pageChunk(id: string, ctx: ChunkingContext): string | null {
  const pages = pagesOf(ctx);
  if (!pages) return null;
  if (RUNTIME.test(id)) return 'core';
  const inLibrary = pages.library.has(id) && id !== LIBRARY_PAGE;
  const inPopup = pages.popup.has(id) && id !== POPUP_PAGE && !POPUP_OWN.test(id);
  if (inLibrary && inPopup) return 'core';
  if (inPopup) return 'reader';
  return null;
}

/** Sets the groups on the build that makes the pages (the scripts' one-file builds must not split). */
export function splitPages(entrypoints: ReadonlyArray<{ name: string }>, config: InlineConfig): void {
  if (!entrypoints.some((entry) => entry.name === 'library')) return;
  const options = config.build?.rolldownOptions ?? {};
  const output = Array.isArray(options.output) ? {} : (options.output ?? {});
  const codeSplitting = { groups: [{ name: pageChunk, debugName: 'pages' }] };
  config.build = { ...config.build, rolldownOptions: { ...options, output: { ...output, codeSplitting } } };
}

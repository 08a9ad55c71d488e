/**
 * Saved HTML file -> Article, the same pipeline as the extension's content script
 * (bytes -> charset decoding -> DOM -> utils/pipeline's capturePage). Shared by `capture` and `demo`.
 *
 * jsdom and the extractor are imported lazily: `figures` and `--help` should not pay about a second
 * for loading a DOM implementation and Readability.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from '../utils/article/decodeHtml';
import type { Article, CaptureResult } from '../utils/types';
import { isNotAnArticle } from '../utils/types';
import { EXIT, formatError, type ExitStatus, UnreadableInputError } from './errors';
import { isStdin, readInputBytes } from './io';
import { limits } from './limits';

export type CaptureErrorKind = 'not-an-article' | 'unreadable' | 'failed';

export type FileOutcome =
  | { ok: true; file: string; article: Article }
  | { ok: false; file: string; error: CaptureErrorKind; reason?: string; message: string; exitStatus: ExitStatus };

interface Pipeline {
  capturePage: (
    doc: Document,
    url: string,
    options?: { force?: boolean; ownsDocument?: boolean; reread?: () => Document },
  ) => CaptureResult;
  JSDOM: typeof import('jsdom').JSDOM;
  VirtualConsole: typeof import('jsdom').VirtualConsole;
  bounds: typeof import('../utils/pipeline/boundPage');
  depth: typeof import('../utils/pipeline/flattenDepth');
}

let pipeline: Promise<Pipeline> | null = null;

function loadPipeline(): Promise<Pipeline> {
  pipeline ??= (async () => {
    const [jsdom, article, bounds, depth] = await Promise.all([
      import('jsdom'),
      import('../utils/pipeline/capture'),
      import('../utils/pipeline/boundPage'),
      import('../utils/pipeline/flattenDepth'),
    ]);
    const { capturePage } = article;
    return { capturePage, JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, bounds, depth };
  })();
  return pipeline;
}

/** The address the page is given when --url is absent: file:// + absolute path. */
export function defaultUrl(file: string): string {
  return pathToFileURL(resolve(isStdin(file) ? 'stdin.html' : file)).href;
}

export interface CaptureFileOptions {
  url?: string;
  force?: boolean;
}

/** Captures one file. Never throws for per-file problems: the caller decides how to report them. */
export async function captureFile(file: string, options: CaptureFileOptions = {}): Promise<FileOutcome> {
  const fail = (error: CaptureErrorKind, message: string, exitStatus: ExitStatus = EXIT.failure): FileOutcome => ({
    ok: false,
    file,
    error,
    message,
    exitStatus,
  });

  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file);
  } catch (err) {
    if (err instanceof UnreadableInputError) return fail('unreadable', err.message);
    throw err;
  }
  if (isBlank(bytes)) return fail('unreadable', 'the file is empty');

  const { capturePage, JSDOM, VirtualConsole, bounds, depth } = await loadPipeline();
  const url = options.url ?? defaultUrl(file);

  let html: string;
  try {
    html = decodeHtml(bytes).html;
  } catch (err) {
    return fail('unreadable', `cannot decode the page: ${formatError(err)}`);
  }
  // A page over --max-page is read without what no capture reads, and cut past the limit (utils/pipeline/boundPage.ts).
  // A page nested deeper than browsers build is read with its deepest levels flattened (flattenDepth.ts) first:
  // the bounding pass's own parser, like jsdom's, slows down with depth.
  const flattened = depth.flattenDepth(html);
  const bounded = bounds.boundPage(flattened.html, limits.maxPageChars);
  html = bounded.html;
  const warnings = [
    ...(bounded.cut ? [bounds.cutWarning(bounded.cut)] : []),
    ...(flattened.depth ? [depth.depthWarning(flattened.depth)] : []),
  ];

  // No runScripts and no resources: page scripts never run and nothing is fetched. A bare
  // VirtualConsole swallows jsdom's noise (CSS it cannot parse) that would pollute stderr.
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', () => {});
  let dom: InstanceType<typeof JSDOM> | undefined;
  try {
    try {
      dom = new JSDOM(html, { url, virtualConsole });
    } catch (err) {
      // Never expected: jsdom's parser recurses once per open element, and the page was flattened above.
      if (isStackOverflow(err)) return fail('unreadable', 'the HTML parser cannot build a page nested this deeply');
      throw err;
    }
    // The document was parsed for this capture only: the pipeline may cut it instead of copying it.
    const force = Boolean(options.force);
    const reread = () => new JSDOM(html, { url, virtualConsole }).window.document;
    const result = capturePage(dom.window.document, url, { force, ownsDocument: true, reread });
    if (!isNotAnArticle(result)) {
      const article = warnings.length ? { ...result, warnings: [...(result.warnings ?? []), ...warnings] } : result;
      return { ok: true, file, article };
    }
    const unreadable = result.reason === 'unreadable';
    return {
      ok: false,
      file,
      error: unreadable ? 'unreadable' : 'not-an-article',
      reason: result.reason,
      message: result.message,
      exitStatus: unreadable ? EXIT.failure : EXIT.notAnArticle,
    };
  } catch (err) {
    if (process.env.CHANGCHENG_DEBUG === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    // Never expected (every walk is a loop): said as what it is, a bug, not blamed on the page.
    if (isStackOverflow(err)) return fail('failed', 'extraction failed: the extractor ran out of stack (a bug)');
    return fail('failed', `extraction failed: ${formatError(err)}`);
  } finally {
    // A failing cleanup must not replace the result already made.
    try {
      dom?.window.close();
    } catch {
      /* the window is dropped anyway */
    }
  }
}

function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/** Empty or whitespace-only bytes (in ASCII-compatible encodings and UTF-8 with BOM). */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (i < 3 && (b === 0xef || b === 0xbb || b === 0xbf)) continue;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** One stderr line for a failed file, e.g. `page.html: not an article (list-page): ...`. */
export function describeOutcome(outcome: Extract<FileOutcome, { ok: false }>, label: string): string {
  if (outcome.error === 'not-an-article') return `${label}: not an article (${outcome.reason}): ${outcome.message}`;
  // The extractor's own 'unreadable' verdict (e.g. an RSS/XML file): say so before its sentence.
  if (outcome.reason === 'unreadable') return `${label}: unreadable page: ${outcome.message}`;
  return `${label}: ${outcome.message}`;
}

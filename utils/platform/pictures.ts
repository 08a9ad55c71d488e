/**
 * The offline copy of an article's pictures, made at save time by an extension page or the background
 * (host permissions let them fetch 长城网 pictures). Fetches a few at a time, each with a timeout and a size
 * check, then stores them in one transaction (utils/store/pictureStore.ts).
 */
import type { Article, Capture } from '../types';
import { getPictureStore, pictureKey, type KeepResult, type PictureInput } from '../store/pictureStore';
import { keepsPicturesOf, readExportSettings } from './exportSettings';

const CONCURRENCY = 4;
const TIMEOUT_MS = 15_000;

export interface FetchPicturesOptions {
  fetch?: typeof fetch;
  /** Pictures bigger than this are skipped without reading them whole. */
  maxBytes?: number;
}

/** The article's pictures that answer with an image, in the article's order; failures are left out. */
export async function fetchArticlePictures(
  article: Pick<Article, 'images'>,
  options: FetchPicturesOptions = {},
): Promise<PictureInput[]> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? Infinity;
  const sources = [
    ...new Set((article.images ?? []).map((image) => pictureKey(image.src)).filter((src) => /^https?:/i.test(src))),
  ];
  const results: Array<PictureInput | null> = new Array(sources.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      results[index] = await fetchOne(doFetch, sources[index], maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, sources.length) }, worker));
  return results.filter((picture): picture is PictureInput => picture !== null);
}

async function fetchOne(doFetch: typeof fetch, src: string, maxBytes: number): Promise<PictureInput | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await doFetch(src, { credentials: 'omit', signal: controller.signal });
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!response.ok || !type.startsWith('image/')) return null;
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > 0 && bytes.byteLength <= maxBytes ? { src, type, bytes } : null;
  } catch {
    return null; // offline, moved, refused: the article keeps the web address
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Copies a saved capture's pictures when the settings say so (长城网 pages by default). Null when the
 * setting leaves this page out; a StoreError ('quota') when the copy did not fit, with nothing half-written.
 */
export async function keepOfflinePictures(
  capture: Pick<Capture, 'id' | 'site' | 'images'>,
  options: FetchPicturesOptions = {},
): Promise<KeepResult | null> {
  const settings = await readExportSettings();
  if (!keepsPicturesOf(capture.site, settings) || (capture.images ?? []).length === 0) return null;
  const store = getPictureStore();
  const pictures = await fetchArticlePictures(capture, { maxBytes: store.caps.perPicture, ...options });
  return store.keepPictures(capture.id, pictures);
}

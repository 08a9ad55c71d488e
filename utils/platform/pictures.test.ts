import { describe, expect, it } from 'vitest';
import { keepsPicturesOf, normaliseExportSettings } from './exportSettings';
import { fetchArticlePictures } from './pictures';

type Answer = { status?: number; type?: string; length?: number; bytes?: number; fail?: boolean };

/** A fetch that answers per address, and records what it was asked and how many were in flight. */
function fakeFetch(answers: Record<string, Answer>) {
  const asked: Array<{ src: string; credentials?: string }> = [];
  let inFlight = 0;
  let most = 0;
  const doFetch = (async (src: string, init?: RequestInit) => {
    asked.push({ src, credentials: init?.credentials });
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    const answer = answers[src] ?? { status: 404 };
    if (answer.fail) throw new TypeError('network');
    const headers = new Headers();
    if (answer.type) headers.set('content-type', answer.type);
    if (answer.length !== undefined) headers.set('content-length', String(answer.length));
    return new Response(new Uint8Array(answer.bytes ?? 0), { status: answer.status ?? 200, headers });
  }) as typeof fetch;
  return { doFetch, asked, most: () => most };
}

const images = (...srcs: string[]) => ({ images: srcs.map((src) => ({ src, caption: null })) }) as never;

describe('fetchArticlePictures', () => {
  it('keeps the pictures that answer with an image, in order, each asked once, without cookies', async () => {
    const base = 'http://lf.hebei.com.cn/pic/';
    const { doFetch, asked } = fakeFetch({
      [`${base}a.jpg`]: { type: 'image/jpeg', bytes: 10 },
      [`${base}b.png`]: { type: 'image/png; charset=binary', bytes: 20 },
      [`${base}page.html`]: { type: 'text/html', bytes: 30 },
      [`${base}gone.jpg`]: { status: 404, type: 'image/jpeg', bytes: 5 },
      [`${base}offline.jpg`]: { fail: true },
      [`${base}empty.jpg`]: { type: 'image/jpeg', bytes: 0 },
    });
    const pictures = await fetchArticlePictures(
      images(
        `${base}b.png`,
        `${base}page.html`,
        `${base}a.jpg`,
        `${base}gone.jpg`,
        `${base}b.png`,
        `${base}offline.jpg`,
        `${base}empty.jpg`,
        'data:image/png;base64,AAAA',
        'javascript:alert(1)',
      ),
      { fetch: doFetch },
    );
    expect(pictures.map((p) => [p.src, p.type, p.bytes.byteLength])).toEqual([
      [`${base}b.png`, 'image/png', 20],
      [`${base}a.jpg`, 'image/jpeg', 10],
    ]);
    expect(asked.map((a) => a.src).filter((src) => src.endsWith('b.png'))).toHaveLength(1);
    expect(asked.every((a) => a.credentials === 'omit')).toBe(true);
    expect(asked.some((a) => !a.src.startsWith('http'))).toBe(false);
  });

  it('leaves out pictures over the size cap, by their header or by their bytes', async () => {
    const { doFetch } = fakeFetch({
      'http://x.cn/said-big.jpg': { type: 'image/jpeg', length: 1000, bytes: 10 },
      'http://x.cn/is-big.jpg': { type: 'image/jpeg', bytes: 200 },
      'http://x.cn/ok.jpg': { type: 'image/jpeg', bytes: 100 },
    });
    const pictures = await fetchArticlePictures(
      images('http://x.cn/said-big.jpg', 'http://x.cn/is-big.jpg', 'http://x.cn/ok.jpg'),
      { fetch: doFetch, maxBytes: 100 },
    );
    expect(pictures.map((p) => p.src)).toEqual(['http://x.cn/ok.jpg']);
  });

  it('asks at most four at a time', async () => {
    const srcs = Array.from({ length: 12 }, (_, i) => `http://x.cn/${i}.jpg`);
    const { doFetch, most } = fakeFetch(Object.fromEntries(srcs.map((src) => [src, { type: 'image/jpeg', bytes: 1 }])));
    expect(await fetchArticlePictures(images(...srcs), { fetch: doFetch })).toHaveLength(12);
    expect(most()).toBe(4);
  });
});

describe('keepsPicturesOf', () => {
  it('copies 长城网 pictures by default, every site’s or none as set', () => {
    const defaults = normaliseExportSettings(null);
    expect(keepsPicturesOf('changcheng', defaults)).toBe(true);
    expect(keepsPicturesOf('generic', defaults)).toBe(false);
    expect(keepsPicturesOf('generic', { offlinePictures: 'all' })).toBe(true);
    expect(keepsPicturesOf('changcheng', { offlinePictures: 'off' })).toBe(false);
    expect(normaliseExportSettings({ offlinePictures: 'everything' } as never).offlinePictures).toBe('changcheng');
  });
});

/** @vitest-environment jsdom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { makeArticle } from '@/utils/testing/articleFactory';
import { DEFAULT_SETTINGS } from '@/utils/platform/settings';
import { cutWarning } from '@/utils/pipeline/boundPage';
import { depthWarning } from '@/utils/pipeline/flattenDepth';
import { ReaderView, warningText } from './ReaderView';

/** The locales' two messages, as the browser gives them ($1, $2 filled in). */
const MESSAGES: Record<string, string> = {
  articleWarningsLabel: '提示',
  warningPageCut: '页面太大，只读取了前 $1 个字符（共 $2），后面的内容没有收入。',
  warningPageDeep: '页面标记嵌套了 $1 层：超过 $2 层的部分已展平读取。',
};

describe('Article.warnings in the reader', () => {
  let host: HTMLElement | null = null;
  afterEach(() => {
    if (host) render(null, host);
    host?.remove();
    host = null;
    vi.restoreAllMocks();
  });

  const show = async (warnings?: string[]) => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      (MESSAGES[key] ?? '').replace(/\$(\d)/g, (_, n) => subs?.[Number(n) - 1] ?? '')) as never);
    host = document.createElement('div');
    document.body.append(host);
    const article = makeArticle({ contentHtml: '<p>正文</p>', images: [], warnings });
    await act(() => render(<ReaderView article={article} settings={DEFAULT_SETTINGS} />, host!));
    return host.querySelector<HTMLElement>('[data-testid="article-warnings"]');
  };

  it('says the page was cut, in the UI language, as a quiet note above the body', async () => {
    const note = await show([cutWarning({ keptChars: 1_000_000, totalChars: 16_200_000 })]);
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.textContent).toBe('提示 页面太大，只读取了前 1.0 M 个字符（共 16.2 M），后面的内容没有收入。');
    // Above the body, after the title.
    const body = host!.querySelector('[data-testid="article-body"]')!;
    expect(note!.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a warning it does not know as written, one line each', async () => {
    const note = await show(['something else happened', cutWarning({ keptChars: 5e5, totalChars: 9e6 })]);
    expect(note?.querySelectorAll('p')).toHaveLength(2);
    expect(note?.querySelector('p')?.textContent).toBe('提示 something else happened');
  });

  it('shows nothing when there is nothing to say', async () => {
    expect(await show(undefined)).toBeNull();
    render(null, host!);
    expect(await show([])).toBeNull();
  });

  it('reads the sentences the pipeline writes (cut, flattened)', async () => {
    const note = await show([depthWarning(20_000)]);
    expect(note?.textContent).toBe('提示 页面标记嵌套了 20,000 层：超过 512 层的部分已展平读取。');
    expect(warningText(cutWarning({ keptChars: 2_000_000, totalChars: 30_000_000 }))).not.toMatch(/too large/);
  });
});

describe('the page words in the meta line', () => {
  it("isolates each author and crumb: one's right-to-left override stays in it", async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const article = makeArticle({
      contentHtml: '<p>正文</p>',
      images: [],
      authors: ['\u202E甲乙', '记者 丙丁'],
      channel: ['长城网', '\u202E恶意频道', '廊坊新闻'],
      source: '来\u202E源',
    });
    await act(() => render(<ReaderView article={article} settings={DEFAULT_SETTINGS} />, host));
    const isolated = (selector: string) => [...host.querySelectorAll(`${selector} bdi`)].map((bdi) => bdi.textContent);
    expect(isolated('[data-testid="article-meta"]')).toEqual(['来\u202E源', '\u202E甲乙', '记者 丙丁']);
    expect(isolated('.cc-channel')).toEqual(['\u202E恶意频道', '廊坊新闻']);
    // The text reads as before: joined by a space and by ›.
    expect(host.querySelector('.cc-channel')?.textContent).toBe('\u202E恶意频道 › 廊坊新闻');
    expect(host.querySelector('[data-testid="article-meta"]')?.textContent).toContain('\u202E甲乙 记者 丙丁');
    render(null, host);
    host.remove();
  });
});

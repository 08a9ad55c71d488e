/** @vitest-environment jsdom */
/** The library's 下载 Markdown writes the front matter the export settings ask for, as the zip export does. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { makeCapture } from '@/utils/testing/articleFactory';
import { DEFAULT_EXPORT_SETTINGS, exportSettings } from '@/utils/platform/exportSettings';
import { DEFAULT_SETTINGS } from '@/utils/platform/settings';
import { CaptureDetail } from './CaptureDetail';

vi.mock('@/utils/platform/download', () => ({ downloadFile: vi.fn(), copyText: vi.fn() }));
import { downloadFile } from '@/utils/platform/download';

let root: HTMLElement | null = null;
afterEach(async () => {
  if (root) act(() => render(null, root!));
  await new Promise((resolve) => setTimeout(resolve, 50));
  root?.remove();
  root = null;
  fakeBrowser.reset();
  vi.clearAllMocks();
});

async function downloadedMarkdown(): Promise<string> {
  root = document.createElement('div');
  document.body.append(root);
  const props = {
    capture: makeCapture(),
    terms: [],
    settings: DEFAULT_SETTINGS,
    onSettings: () => {},
    onPatch: async () => {},
    onDelete: () => {},
    onRecapture: async () => ({ error: '' }),
    notify: () => {},
  };
  act(() => render(<CaptureDetail {...props} />, root!));
  // Outside the extension t() gives the message key as the label.
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'downloadMarkdown');
  expect(button).toBeDefined();
  await act(async () => button!.click());
  await vi.waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
  const [name, text, type] = vi.mocked(downloadFile).mock.calls[0];
  expect(name).toMatch(/\.md$/);
  expect(type).toBe('text/markdown;charset=utf-8');
  return text as string;
}

describe('CaptureDetail 下载 Markdown', () => {
  it('writes Obsidian properties when the export settings say so', async () => {
    await exportSettings.setValue({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'obsidian' });
    const markdown = await downloadedMarkdown();
    expect(markdown).toMatch(/^published: 2019-05-24$/m);
    expect(markdown).not.toMatch(/^publishedAt: /m);
  });

  it('writes the default front matter otherwise', async () => {
    const markdown = await downloadedMarkdown();
    expect(markdown).toMatch(/^publishedAt: /m);
  });
});

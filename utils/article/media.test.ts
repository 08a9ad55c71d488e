// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceVideos, VIDEO_NOTE } from './media';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('replaceVideos', () => {
  it('leaves one linked note for a video with an embed fallback', () => {
    const root = body(
      '<p><video src="http://v.example/a.mp4"></video></p>' +
        '<p><embed src="http://player.example/p.swf?vid=1"></p><p>正文。</p>',
    );
    expect(replaceVideos(root, 'http://lf.hebei.com.cn/x.shtml')).toBe(1);
    expect(root.querySelectorAll('video, embed')).toHaveLength(0);
    const link = root.querySelector('a');
    expect(link?.textContent).toBe(VIDEO_NOTE);
    expect(link?.getAttribute('href')).toBe('http://lf.hebei.com.cn/x.shtml');
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('leaves ads and other frames alone (the sanitiser drops them)', () => {
    const root = body('<p><iframe src="http://ads.example/banner.html"></iframe></p>');
    expect(replaceVideos(root, 'http://x/')).toBe(0);
    expect(root.querySelector('iframe')).not.toBeNull();
  });

  it('recognises player frames of video sites', () => {
    const root = body('<iframe src="https://v.qq.com/txp/iframe/player.html?vid=x"></iframe><p>文字</p>');
    expect(replaceVideos(root, 'http://x/')).toBe(1);
  });
});

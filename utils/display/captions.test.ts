// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markCaptions } from './captions';

describe('markCaptions', () => {
  it('marks the paragraph that is an image caption, and nothing else', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p><img src="a.jpg"></p><p>大厂影视小镇。大厂融媒体中心 供图</p><p>　　正文里提到大厂影视小镇。</p>';
    const marked = markCaptions(root, [{ src: 'http://x/a.jpg', caption: '大厂影视小镇。大厂融媒体中心 供图' }]);
    expect(marked).toBe(1);
    expect(root.querySelectorAll('.cc-caption')).toHaveLength(1);
    expect(root.querySelector('.cc-caption')?.textContent).toContain('供图');
  });

  it('does nothing when no image has a caption', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>文字</p>';
    expect(markCaptions(root, [{ src: 'http://x/a.jpg', caption: null }])).toBe(0);
  });
});

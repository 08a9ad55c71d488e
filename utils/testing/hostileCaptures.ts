/**
 * Captures with hostile text (for export tests and golden files): forbidden file-name characters, CON, long titles,
 * emoji.
 */
import type { Capture } from '../types';
import { makeCapture, makeFigure } from './articleFactory';

const LONG = '河北省'.repeat(60);

export function hostileCaptures(): Capture[] {
  const base = (n: number, overrides: Partial<Capture>): Capture =>
    makeCapture({
      id: `h${String(n).padStart(15, '0')}`,
      url: `http://lf.hebei.com.cn/system/2024/01/0${n}/10000000${n}.shtml`,
      canonicalUrl: `http://lf.hebei.com.cn/system/2024/01/0${n}/10000000${n}.shtml`,
      capturedAt: `2024-03-0${n}T08:00:00.000Z`,
      updatedAt: `2024-03-0${n}T08:00:00.000Z`,
      ...overrides,
    });
  return [
    base(1, { title: 'a/b\\c:d*e?f"g<h>i|j', publishedAt: '2024-01-01T09:00:00+08:00', tags: ['测试'] }),
    base(2, { title: 'CON', publishedAt: null, authors: [] }),
    base(3, { title: LONG, publishedAt: '2024-01-03T09:00:00+08:00', authors: ['甲', '乙', '丙', '丁'] }),
    base(4, {
      title: '😀 表情 🇨🇳 标题 — "引号" [括号] *星* #号',
      publishedAt: '2024-01-04T09:00:00+08:00',
      figures: [
        makeFigure({ text: '=1+1', label: '@SUM(A1)', sentence: '-2 件 | 管道 =HYPERLINK("x")', kind: 'count' }),
      ],
      note: '笔记 --- \n# 不是标题',
    }),
    // Same date and title as #1 in another case: the file names must still differ.
    base(5, { title: 'A/B\\C:D*E?F"G<H>I|J', publishedAt: '2024-01-01T10:00:00+08:00' }),
    base(6, {
      title: ' ... ',
      publishedAt: '2024-01-06T09:00:00+08:00',
      contentHtml: '<h1>正文标题</h1><pre>```\n# code\n```</pre>',
    }),
  ];
}

/**
 * A library of hostile captures (for the end-to-end test of the library, tests/e2e/library-hostile.test.ts): every
 * field a person sees is markup that would run if parsed (each handler sets window.__pwned), remote addresses,
 * right-to-left overrides, zero-width characters or strings too long to break; the body holds every way HTML has
 * to run script, load a remote address or cover the page. And records an import must refuse (not http(s)).
 */
import { captureIdFor } from '../store/records';
import type { Capture, Figure } from '../types';
import { makeCapture, makeFigure, makeUniqueArticle } from './articleFactory';

/** Every handler sets window.__pwned: an executed one is seen whatever else it does. */
export const trap = (name: string) => `window.__pwned='${name}'`;
export const RLO = '\u202E';
export const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
export const EVIL = 'http://evil.example';
/** Markup that would run if it were ever parsed as HTML in the page (the fields that are text). */
export const markup = (name: string) =>
  `<img src=x onerror="${trap(name)}"><script>${trap(`${name}-script`)}</script><svg onload="${trap(`${name}-svg`)}">`;
export const UNBROKEN = 'Ｗ'.repeat(400) + 'W'.repeat(1500);

/** A body with every way HTML has to run script, load a remote address or cover the page. */
const HOSTILE_BODY = [
  '<p>攻击正文开始，总投资50亿元。</p>',
  `<script>${trap('script')}</script>`,
  `<img src=x onerror="${trap('img-onerror')}">`,
  `<img src="http://lf.hebei.com.cn/img/hostile/a.jpg" srcset="${EVIL}/srcset.jpg 2x" ` +
    `onload="${trap('img-onload')}" alt="图一">`,
  `<picture><source srcset="${EVIL}/picture-source.png">` +
    '<img src="http://lf.hebei.com.cn/img/hostile/b.jpg" alt="图二"></picture>',
  `<svg onload="${trap('svg')}"><image href="${EVIL}/svg-image.png"/>` +
    `<style>@import url(${EVIL}/svg-style.css);</style></svg>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `<a href="javascript:${trap('link')}">链接一</a> <a href="JaVaScRiPt&colon;${trap('link2')}">链接二</a>`,
  `<a href=" java\tscript:${trap('link3')}">链接三</a> <a href="data:text/html,<script>alert(1)</script>">链接四</a>`,
  `<a href="${EVIL}/ping" ping="${EVIL}/ping-beacon">链接五</a>`,
  `<form action="${EVIL}/form"><input name="q" value="x">` +
    `<button formaction="javascript:${trap('form')}">提交</button></form>`,
  '<style>body{display:none!important}*{visibility:hidden!important}header{display:none!important}</style>',
  `<style>@import url(${EVIL}/import.css); p{background:url(${EVIL}/style-beacon.png)}</style>`,
  `<div style="position:fixed;inset:0;z-index:2147483647;background:url(${EVIL}/inline-beacon.png) red">覆盖层</div>`,
  `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">`,
  `<base href="${EVIL}/">`,
  `<link rel="stylesheet" href="${EVIL}/link.css"><link rel="prefetch" href="${EVIL}/prefetch">`,
  `<object data="${EVIL}/object"></object><embed src="${EVIL}/embed">`,
  `<video poster="${EVIL}/poster.png"><source src="${EVIL}/video.mp4"></video><audio src="${EVIL}/audio.mp3"></audio>`,
  `<table background="${EVIL}/table.png"><tr><td background="${EVIL}/td.png">单元格</td></tr></table>`,
  `<details open ontoggle="${trap('details')}"><summary>摘要</summary>内容</details>`,
  `<math><mi xlink:href="javascript:${trap('math')}">m</mi></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${trap('noscript')}>"></p></noscript>`,
  `<textarea><img src=x onerror=${trap('textarea')}></textarea>` +
    `<template><img src=x onerror=${trap('template')}></template>`,
  `<x-y><style><img src=x onerror=${trap('mxss')}></style></x-y>`,
  `<!-- <img src=x onerror=${trap('comment')}> -->`,
  `<input type="image" src="${EVIL}/input.png"><portal src="${EVIL}/portal"></portal>`,
  `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${trap('data-svg')}'/>">`,
  '<img src="file:///etc/passwd"><img src="javascript:alert(1)">',
  `<blockquote cite="javascript:${trap('cite')}">引用</blockquote>`,
  '<div id="app">同名元素</div><form name="getElementById"></form><img name="cookie">',
  `<p dir="rtl">${RLO}反转的文字 ${ZERO_WIDTH}零宽</p>`,
  `<p>${UNBROKEN}</p>`,
  `<pre>${'P'.repeat(3000)}</pre>`,
  '<p>计划举办24期，培训3.6万人次。</p>',
].join('\n');

const TEXT = [
  '攻击正文开始，总投资50亿元。',
  `文中的 ${markup('text')} 只是文字，共计20个。`,
  `${RLO}反转的文字 ${ZERO_WIDTH}零宽`,
  UNBROKEN,
  '计划举办24期，培训3.6万人次。',
].join('\n\n');

/** Figures whose label, sentence, unit and measure are markup; one of each with an unknown kind and qualifier. */
function hostileFigures(text: string): Figure[] {
  return [
    makeFigure(
      {
        text: '50亿元',
        label: `<img src=x onerror="${trap('label')}">总投资`,
        sentence: `总投资50亿元${markup('sentence')}`,
        unit: `CNY<svg onload="${trap('unit')}">`,
        measure: `<b onmouseover="${trap('measure')}">元</b>`,
      },
      text,
    ),
    makeFigure(
      {
        text: '20个',
        kind: '<script>' as Figure['kind'],
        qualifier: `"><img src=x onerror=${trap('qualifier')}>` as Figure['qualifier'],
        value: 20,
        unit: '',
        label: `=HYPERLINK("${EVIL}/csv","点我")`,
        sentence: `@SUM(1+1)*cmd|' /C calc'!A0 ${UNBROKEN}`,
      },
      text,
    ),
    makeFigure(
      {
        text: '3.6万人次',
        kind: 'count',
        value: 36_000,
        unit: '',
        measure: '人次',
        label: `${RLO}培训${ZERO_WIDTH}`,
        sentence: '计划举办24期，培训3.6万人次。',
      },
      text,
    ),
  ];
}

const HOSTILE_IMAGES = [
  { src: `javascript:${trap('image-src')}`, caption: markup('caption') },
  { src: 'data:text/html,<script>alert(1)</script>', caption: 'data 图注' },
  { src: 'file:///etc/passwd', caption: null },
  { src: 'http://lf.hebei.com.cn/img/hostile/a.jpg', caption: `图注${markup('caption2')}`, alt: markup('alt') },
];

function hostileCapture(n: number, url: string, site: Capture['site']): Capture {
  const figures = hostileFigures(TEXT);
  const article = makeUniqueArticle({
    url,
    canonicalUrl: url,
    site,
    siteName: `长城网${markup(`site${n}`)}`,
    title: `攻击标题${n} ${RLO}gpj.exe ${ZERO_WIDTH}${markup(`title${n}`)} ${'题'.repeat(200)}${'T'.repeat(600)}`,
    source: `<script>${trap('source')}</script>来源`,
    authors: [`<svg onload="${trap('author')}">`, `${RLO}甲乙丙`, '记者 丁戊', 'A'.repeat(800)],
    editor: markup('editor'),
    keywords: [`javascript:${trap('keyword')}`, markup('keyword'), 'K'.repeat(900)],
    channel: [
      `${RLO}恶意频道`,
      '廊坊新闻',
      `<iframe srcdoc="<script>parent.__pwned='channel'</script>">`,
      'C'.repeat(900),
    ],
    excerpt: markup('excerpt'),
    text: TEXT,
    contentHtml: HOSTILE_BODY,
    images: HOSTILE_IMAGES,
    publishedAt: `2024-0${n}-15T09:00:00+08:00`,
    figures,
  });
  return makeCapture({
    ...article,
    id: captureIdFor(article.canonicalUrl),
    capturedAt: `2024-0${n}-16T08:00:00.000Z`,
    updatedAt: `2024-0${n}-16T08:00:00.000Z`,
    tags: [markup('tag'), `${RLO}标签${ZERO_WIDTH}`, `javascript:${trap('tag-link')}`, 'G'.repeat(10_000)],
    note: [
      `[点我](javascript:${trap('note-link')}) <img src=x onerror="${trap('note')}">`,
      `<script>${trap('note-script')}</script> &lt;b&gt; <${EVIL}/autolink> ![x](${EVIL}/note-image.png)`,
      UNBROKEN,
    ].join('\n'),
    figureEdits: [
      {
        key: `${figures[0].start}:${figures[0].end}`,
        corrected: {
          label: `<svg onload="${trap('correction')}">更正`,
          unit: `javascript:${trap('correction-unit')}`,
          measure: markup('correction-measure'),
          value: 6_000_000_000,
        },
      },
    ],
  });
}

/** Records the import must refuse: their addresses are not http(s). */
export function refusedRecords(): Capture[] {
  const base = (overrides: Partial<Capture>) =>
    makeCapture({ ...makeUniqueArticle({ title: '被拒绝的记录' }), ...overrides });
  return [
    base({ canonicalUrl: `javascript:${trap('canonical')}`, url: 'http://lf.hebei.com.cn/a.shtml' }),
    base({ url: `javascript:${trap('url')}` }),
    base({ canonicalUrl: 'data:text/html,<script>alert(1)</script>' }),
    base({ canonicalUrl: 'file:///etc/passwd' }),
  ];
}

/** Three hostile captures: two of 长城网, one of another site. */
export function hostileCaptures(): Capture[] {
  return [
    hostileCapture(1, 'http://lf.hebei.com.cn/system/2024/01/15/100000001.shtml', 'changcheng'),
    hostileCapture(2, 'http://sjz.hebei.com.cn/system/2024/02/15/100000002.shtml', 'changcheng'),
    hostileCapture(3, 'http://news.example.com/2024/03/15/hostile.html', 'generic'),
  ];
}

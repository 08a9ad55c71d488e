/**
 * Generated news pages of any size for the speed bench and the large-input tests: a portal page (menu, hot
 * list, footer) around a story whose paragraphs, figures, images and one data table repeat until the page
 * reaches the asked size. Deterministic: the same size gives the same page.
 */

const PARAGRAPH = [
  '今年一季度，全县签约项目32个，总投资额达88.85亿元，同比增长12.3%，其中亿元以上项目21个。',
  '据介绍，该区新建改造农村公路约176公里，惠及群众3.6万人次，带动就业超过1200人。',
  '记者从市发展改革委获悉，2024年全市地区生产总值完成2150.6亿元，增长6.1%，增速居全省前列。',
];

function block(i: number): string {
  const p = PARAGRAPH[i % PARAGRAPH.length];
  if (i % 25 === 7)
    return (
      `<p align="center"><img src="/pic/${i}.jpg" width="600" height="400"></p>` +
      `<p align="center">图为第${i}号项目现场。</p>`
    );
  if (i % 40 === 19)
    return (
      '<table><tr><td>指标</td><td>数值</td><td>增长</td></tr>' +
      `<tr><td>项目${i}</td><td>${i}亿元</td><td>${i % 9}.5%</td></tr></table>`
    );
  return `<p>　　${p}<a href="/system/${i}.shtml">相关链接</a>第${i}段。</p>`;
}

function menu(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `<li><a href="/channel/${i}/index.shtml">频道${i}</a></li>`;
  return `<ul class="nav">${s}</ul>`;
}

/** A page of about `bytes` bytes (UTF-8), shaped like a 长城网 article. */
export function generatePage(bytes: number): string {
  const head =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>全县重点项目建设提速_廊坊频道_长城网</title></head><body>' +
    `<div class="top">${menu(40)}</div><div class="position">您当前的位置 : 长城网 >> 廊坊频道 >> 廊坊新闻</div>` +
    '<div class="g_width content"><h1>全县重点项目建设提速</h1>' +
    '<div class="post_source">来源: 长城网 作者:白万军 黄蕾 2019-05-24 11:34:00</div><div class="text" id="text">';
  const tail =
    '<p>（白万军 黄蕾）</p></div><div class="editor">责任编辑：孙丽</div></div>' +
    `<div class="hot"><h3>热点推荐</h3>${menu(30)}</div><div class="footer">长城网版权所有 冀ICP备09038400号</div></body></html>`;
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; size < bytes; i++) {
    const b = block(i);
    parts.push(b);
    size += Buffer.byteLength(b);
  }
  parts.push(tail);
  return parts.join('');
}

/** `depth` nested elements around one paragraph of story: the shape that overflows recursive DOM code. */
export function generateNestedPage(depth: number, tag = 'div'): string {
  const story = PARAGRAPH.join('');
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>深层嵌套的页面</title></head><body><h1>深层嵌套的页面</h1>' +
    `${`<${tag}>`.repeat(depth)}<p>${story}</p><p>${story}</p>${`</${tag}>`.repeat(depth)}</body></html>`
  );
}

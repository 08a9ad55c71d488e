/**
 * Pages whose text reads as markup: HTML, comments, entities two levels deep, autolinks, Markdown and note-app
 * syntax — in the title, body, headings, list items, table cells, link text, captions and the sentences the
 * figures table quotes. Every one must come out of every export as the text it is.
 */

const FILLER =
  '<p>　　唐山港2020年完成货物吞吐量7.02亿吨，同比增长6.7%，继续位居全国沿海港口前列，集装箱吞吐量突破300万标准箱。</p>';

/** A 长城网 post_source page around `body`, titled `title` (HTML, already escaped as the page would). */
function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_唐山频道_长城网</title></head>
<body><div class="g_width content"><h1>${title}</h1>
<div class="post_source">来源: 长城网 作者:王磊 2021-03-02 09:10:00</div>
<div class="text" id="text">${FILLER}${body}${FILLER}</div></div></body></html>`;
}

export const HOSTILE_URL = 'http://ts.hebei.com.cn/system/2021/03/02/100612345.shtml';

export const HOSTILE_PAGES: Record<string, string> = {
  'script and img in text': page(
    '&lt;script&gt;alert(1)&lt;/script&gt;标题',
    `<p>　　文中的 &lt;script&gt;alert(1)&lt;/script&gt; 和 &lt;img src=x onerror=alert(1)&gt; 只是文字，投资50亿元。</p>
<p>　　&lt;iframe src="javascript:alert(1)"&gt;&lt;/iframe&gt;&lt;svg onload=alert(1)&gt;</p>`,
  ),
  'comment spanning paragraphs': page(
    '注释&lt;!-- 标题',
    `<p>　　第一段文字 &lt;!-- 从这里开始注释，共计3个项目。</p><p>　　第二段文字 --&gt; 注释结束，共计5个项目。</p>
<p>　　&lt;!DOCTYPE html&gt; &lt;![CDATA[ x ]]&gt; &lt;?php echo 1; ?&gt;</p>`,
  ),
  'entities two levels deep': page(
    '&amp;lt;b&amp;gt;两层&amp;amp;lt;',
    `<p>　　&amp;lt;script&amp;gt; 与 &amp;amp;lt; 与 &amp;#60; 与 &amp;copy; 与 R&amp;D 都照原样，金额1.5亿元。</p>`,
  ),
  autolinks: page(
    '链接&lt;javascript:alert(1)&gt;',
    `<p>　　&lt;javascript:alert(1)&gt; &lt;http://evil.example/&gt; &lt;12345@qq.com&gt; &lt;vbscript:x&gt;，共12家。</p>
<p><a href="http://ts.hebei.com.cn/a.shtml">&lt;script&gt;链接文字&lt;/script&gt; [内层](javascript:alert(1))</a></p>`,
  ),
  'markdown syntax': page(
    '# *标题* _下划_ ~~删~~ | $x$ [[维基]]',
    `<p>　　*星号* **粗** _下划_ ~~删除~~ \`代码\` [链接](javascript:alert(1)) ![图](http://x.cn/a.png) | 管道 $数学$ [[维基链接]] 共20人。</p>
<p>- 不是列表<br>+ 也不是<br>&gt; 不是引用<br>1. 不是编号<br>2) 也不是<br>=====<br>---<br>    缩进<br>\`\`\`<br>~~~</p>
<p>1<b>. 分开的编号</b></p><p>[脚注]: http://evil.example "标题"</p><p>| a | b |<br>|---|---|</p>`,
  ),
  'headings, lists and tables': page(
    '结构',
    `<h2>&lt;script&gt;小标题&lt;/script&gt; ##</h2><h3>标题 #</h3>
<ul><li>&lt;b&gt;列表项&lt;/b&gt;</li><li>1) 项 | 管道</li></ul><ol><li>&lt;i&gt;编号&lt;/i&gt;</li></ol>
<table><tr><td>&lt;i&gt;单元&lt;/i&gt; | 管道</td><td>\`代码\` [[维基]] $5$</td></tr>` +
      `<tr><td>第二行</td><td>&lt;!-- 注释 --&gt;</td></tr></table>
<table><thead><tr><th>项目&lt;br&gt;</th><th>数值|</th></tr></thead>` +
      `<tbody><tr><td><p>第一段</p><p>第二段</p></td><td>30亿元</td></tr></tbody></table>`,
  ),
  captions: page(
    '图片',
    `<p style="text-align:center"><img src="http://ts.hebei.com.cn/pic/a.jpg" alt="&lt;svg onload=alert(1)&gt;"></p>
<p style="text-align:center">&lt;iframe src=javascript:alert(1)&gt; 图为港口。*记者* 摄</p>
<figure><img src="http://ts.hebei.com.cn/pic/b.jpg" alt="[x](javascript:1)">` +
      `<figcaption>&lt;b&gt;说明&lt;/b&gt; | $1$</figcaption></figure>`,
  ),
  'emphasis beside Chinese punctuation': page(
    '强调',
    `<p><strong>【记者手记】</strong>走进车间，机器轰鸣，共有工人200名。</p>
<p>　　走进<em>“车间”</em>了，<b>（一）</b>产量<strong>增长12%</strong>。看<b>《通知》</b>第<i>3</i>条。</p>
<p>　　<strong><a href="http://ts.hebei.com.cn/b.shtml">相关链接</a></strong>查看，<em>*注*</em>说明，<b>a</b><b>b</b>连写。</p>`,
  ),
};

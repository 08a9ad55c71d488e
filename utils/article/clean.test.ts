import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanContent, GENERIC_BOILERPLATE } from './clean';
import { changcheng } from './sites/changcheng';
import { crumbByLabel } from './metadata';
import { paragraphsOf } from './text';

const PROSE =
  '记者从廊坊经济技术开发区获悉，今年一季度，该区实现外贸进出口总额48.7亿元，同比增长23.6%，其中出口31.2亿元，同比增长27.4%。';
const body = (html: string) => new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;
const patterns = [...GENERIC_BOILERPLATE, ...changcheng.boilerplate];
const cleaned = (html: string) => {
  const el = body(html);
  cleanContent(el, patterns, changcheng.selectors.remove);
  return paragraphsOf(el);
};

describe('cleanContent: chrome lines inside the body', () => {
  const chrome: Array<[string, string]> = [
    [
      'page tools',
      '<div><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>',
    ],
    ['bracketed page tools', '<p>【收藏】【打印】【关闭】</p>'],
    ['纠错 link', '<div><a href="javascript:void(0)">【纠错】</a></div>'],
    ['本文来源 line', '<p>本文来源：唐山劳动日报</p>'],
    ['编辑 line', '<p>编辑：韩雪</p>'],
    ['share bar', '<div>分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'],
    ['numbered pager without 上一页', '<div><a>1</a> <a>2</a> <a>3</a> <a>下一页</a></div>'],
    ['pager with 上一页', '<center>上一页 1 2 3 下一页</center>'],
    [
      'QR code named in its alt, caption after <br>',
      '<p align="center"><img src="http://x.cn/a/sjz.png" alt="二维码"><br>扫一扫 关注长城网石家庄频道</p>',
    ],
    ['QR code by file name, no text', '<p><img src="http://x.cn/images/erweima.jpg"></p>'],
    ['QR code with only a 长按识别 line', '<div><img src="http://x.cn/a/wx.jpg"><p>长按识别二维码 关注我们</p></div>'],
    ['footer', '<p>长城网版权所有 冀ICP备05007948号 违法和不良信息举报电话：0311-86018900</p>'],
  ];
  for (const [what, html] of chrome) it(what, () => expect(cleaned(`<p>${PROSE}</p>${html}`)).toEqual([PROSE]));

  it('keeps 原标题 and editor notes', () => {
    const keep = ['（原标题：唐山港集装箱航线增至68条）', '【编者按】本网推出“数说唐山”系列报道。'];
    expect(cleaned(`<p>${keep[1]}</p><p>${PROSE}</p><p>${keep[0]}</p>`)).toEqual([keep[1], PROSE, keep[0]]);
  });

  it('drops a QR code with its "扫一扫" line', () => {
    const el = body(`<p>${PROSE}</p><div><img src="/ewm.png" width="100" height="100"><p>扫一扫在手机上查看</p></div>`);
    cleanContent(el, patterns);
    expect(el.querySelector('img')).toBeNull();
  });

  it('cuts 相关新闻 / 热点推荐 with their lists, even after a short story', () => {
    const lists =
      '<h3>相关新闻</h3><ul><li><a>唐山港前8个月货物吞吐量4.8亿吨</a></li><li><a>曹妃甸港区新增两条内贸航线</a></li></ul>' +
      '<h3>热点推荐</h3><ul><li><a>唐山南湖迎来赏秋季</a></li></ul>';
    expect(cleaned(`<p>${PROSE}</p>${lists}`)).toEqual([PROSE]);
  });
});

describe('text of tables and breadcrumbs', () => {
  it('a row of figures is one tab-separated line; a layout cell stays paragraphs', () => {
    const el = body(
      '<table><tr><td>地区生产总值</td><td>2150.6亿元</td><td>6.1%</td></tr><tr><td><p>第一段</p><p>第二段</p></td></tr></table>',
    );
    expect(paragraphsOf(el)).toEqual(['地区生产总值\t2150.6亿元\t6.1%', '第一段', '第二段']);
  });
  it('finds an unclassed breadcrumb by its 您现在的位置 label', () => {
    const doc = new JSDOM(
      '<body><table><tr><td class="dh">您现在的位置：<a>长城网</a>&nbsp;&gt;&gt;&nbsp;<a>新闻专区</a></td></tr></table></body>',
    ).window.document;
    expect(crumbByLabel(doc)).toBe('您现在的位置：长城网 >> 新闻专区');
  });
});

describe('cleanContent: QR codes', () => {
  it('keeps a news photo whose caption mentions scanning', () => {
    const el = body(`<p>${PROSE}</p><p><img src="http://x.cn/a/bus.jpg"><br>市民扫码乘坐定制公交。</p>`);
    cleanContent(el, patterns, changcheng.selectors.remove);
    expect(el.getElementsByTagName('img').length).toBe(1);
    expect(paragraphsOf(el)).toEqual([PROSE, '市民扫码乘坐定制公交。']);
  });
});

/**
 * 长城网 (Hebei provincial portal) profile, written for the templates in shared/design/changcheng-pages.md:
 *   ~2016-2020  http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml  (div.post_source / div.text / div.editor)
 *               http://lf.hebei.com.cn/system/2021/04/08/100640555.shtml
 *   "_baidu"    http://heb.hebei.com.cn/system/2018/03/12/018912345.shtml  (#docTitle, #pubtime_baidu, #fontzoom)
 *   ~2026       https://lf.hebccw.cn/system/2026/01/15/101234567.shtml      (h1 + spans + div.detailMessage)
 *   ~2010       http://www.hebei.com.cn/sy0320/xwzq/hbxw/ycxw/201010/t20101021_2359699.shtml (table layout)
 * Lists:       /system/more/<id>/0000/<id>_00000001.shtml, /<channel>/index.shtml
 *
 * What the fields hold (tests/fixtures/changcheng-* pin each case):
 *   authors   names only: "作者：记者 张三 通讯员 李四" -> ["张三","李四"]; a photographer ("摄影：X", "长城网记者 X 摄"
 *             under a picture) is no author; with no 作者 the closing "（记者 周洋）" signs the page; else [].
 *   source    the 来源 as printed, link text included: "长城网-河北新闻网", "河北日报"; "本文来源：" lines are chrome.
 *   editor    责任编辑 (spaced names joined: "张  颖" -> "张颖"); a bare "编辑：" line stands in when nothing else does;
 *             other roles on the same line (审核, 值班编辑, 校对, 终审) are no editor: "审核：刘强 责任编辑：马超" -> "马超".
 *   publishedAt  printed Beijing time; a <time datetime> gives its attribute ("03-02 08:00" prints no year).
 *   body      "（原标题：…）" and 【编者按】 stay (they are part of what was published); the closing signature,
 *             关键词/责任编辑/本文来源 lines, widgets, share/QR (a code picture with its 扫一扫 line)/纠错/print tools,
 *             pagination, related/hot lists, comments and footers go. Tables of figures stay (text: one
 *             tab-separated line per row).
 */
import { YEAR } from '../dateGrammar';
import type { SiteProfile } from './types';

export const changcheng: SiteProfile = {
  id: 'changcheng',
  siteName: '长城网',
  hosts: [/(?:^|\.)hebei\.com\.cn$/i, /(?:^|\.)hebccw\.cn$/i],
  articleUrls: [
    // /system/2019/05/24/100.shtml, /201905/t20190524_100.html
    new RegExp(`^\\/system\\/${YEAR}\\/\\d{2}\\/\\d{2}\\/\\d+(?:_\\d+)?\\.s?html?$`, 'i'),
    new RegExp(`\\/t${YEAR}\\d{4}_\\d+(?:_\\d+)?\\.s?html?$`, 'i'),
  ],
  listUrls: [/\/system\/more\//, /\/index\.s?html?$/i, /^\/$/, /\/(?:list|more)[_/-]?\d*\.s?html?$/i],
  selectors: {
    title: [
      '#docTitle',
      '#gjTitle',
      'div.g_width.content h1',
      '.detailTitle h1',
      '.title h1',
      'h1',
      '.biaoti',
      '.title',
    ],
    content: [
      '#fontzoom',
      'div.text#text',
      '#text',
      'div.text',
      'div.detailMessage',
      '.TRS_Editor',
      'div.content',
      'article',
    ],
    info: [
      'div.post_source',
      '.post_source',
      '.detailInfo',
      '.detail-info',
      '.detail_info',
      '.info',
      '.msg',
      '.source',
    ],
    source: ['#source_baidu', '.docSourceName', 'span.source', '.detailInfo .source'],
    authors: ['#author_baidu', '.docAuthor', 'span.author', '.detailInfo .author'],
    // <time datetime> last: its attribute is read before its text ("03-02 08:00" prints no year).
    publishedAt: [
      '#pubtime_baidu',
      '.docRelTime',
      'span.time',
      'span.pubtime',
      '.detailInfo .time',
      '.detailInfo time',
      '.detail-info time',
      'time[datetime]',
    ],
    editor: ['#editor_baidu', '#docEditor', 'div.editor', '.editor', 'span.editor'],
    keywords: ['#keywords', '.keywords', '.keyword'],
    breadcrumb: ['#docLocation1', '.position', '.weizhi', '.location', '.crumb', '.breadcrumb'],
    remove: [
      'div.post_source',
      '.post_source',
      'div.editor',
      '#editor_baidu',
      '#docEditor',
      '.position',
      '#docLocation1',
      '.share',
      '.bdsharebuttonbox',
      '[class*="share"]',
      '[id*="share"]',
      '.xgxw',
      '.related',
      '.hot',
      '.paihang',
      '#pages',
      '.page_nav',
      '.fontsize',
      '.font_size',
      '.zihao',
      '.bgcolor',
    ],
  },
  cmsBlocks: {
    start: /enorth\s+cms\s+block\s+start\s*\[\s*name\s*=\s*"([^"]+)"/i,
    end: /enorth\s+cms\s+block\s+end/i,
    content: ['v5.content', 'content'],
    breadcrumb: ['v5.position', 'position'],
    info: ['v5.source', 'source'],
    remove: ['v5.pages', 'pages', 'v5.page'],
  },
  boilerplate: [
    /^[•·]?\s*长城网.{0,12}欢迎您/,
    /^【?\s*字[号体]\s*[:：]?/,
    /^【?\s*背景色/,
    /杏仁黄.*秋叶褐|银河白\s*[(（]默认色[)）]/,
    /^长城网(?:版权所有|简介|声明)/,
    /^未经长城网.{0,10}授权/,
    /^(?:本网|长城网)?(?:新闻)?(?:热线|投稿|举报)电话/,
    /^(?:河北)?长城网.{0,6}(?:客户端|微信|微博)/,
  ],
  defaultSource: undefined,
};

/**
 * Boilerplate removal inside an article body, and nothing else: chrome selectors, whole-line chrome text
 * patterns (welcome line, breadcrumb, 字号/背景色 widget, 关键词/责任编辑 lines, share bars, ICP/phone footers),
 * QR codes, trailers (相关新闻 and what follows), empty wrappers. What the removed lines say is read by the
 * metadata readers (meta/readers.ts); the closing signature is read there too, CMS blocks in sites/cmsBlocks.ts.
 */
import { cleanText } from './strings';
import { byTag, countDescendants, elementsIn, hasDescendant, tagSet } from './dom';
import { isDatelineLead } from './lead';
import { YEAR, YEAR_MONTH, YMD_DAY } from './dates';

/** Page tools printed as a line: "打印本页 关闭窗口", "【收藏】【打印】【关闭】". */
const PAGE_TOOL =
  '[【\\[]?\\s*(?:打印(?:本页|此页|此文|文章|本文)?|关闭(?:窗口|本页|此页)?|收藏(?:本页|此文)?|返回顶部|纠错|我要纠错|推荐给朋友)\\s*[】\\]]?';

/** Chrome text found on most Chinese news pages (whole short blocks only). */
export const GENERIC_BOILERPLATE: RegExp[] = [
  /^(?:[•·]\s*)?(?:您)?(?:当前|现在|所在)?的?位置\s*[:：]/,
  /^(?:关键[词字]|标签|Tags?)\s*[:：]/i,
  /^[（(【[]?\s*(?:责任编辑|责编|编辑|值班编辑|审核|校对|监制|终审|初审)\s*[:：]/,
  /^(?:相关(?:新闻|阅读|文章|链接|报道|推荐)|延伸阅读|热门(?:新闻|文章|推荐|排行)|热点(?:新闻|推荐)|推荐阅读|猜你喜欢|精彩推荐|新闻排行|图片新闻)\s*[:：]?$/,
  /^分享(?:到)?\s*[:：]/,
  /^分享到/,
  /违法(?:和|与)不良信息举报/,
  /^(?:【|\[)\s*(?:打印|关闭|收藏|推荐|纠错|我要评论|发表评论|关闭窗口)/,
  /(?:ICP备|ICP证|网安备|公网安备|新出网证|互联网新闻信息服务许可证)/,
  /^(?:版权所有|Copyright|©)/i,
  /^(?:上一篇|下一篇|上一页|下一页)\s*[:：]?/,
  /^返回(?:顶部|首页|列表)$/,
  /^(?:扫一扫|扫描二维码|长按识别二维码)/,
  /^(?:联系|服务|新闻|举报|投稿)?(?:电话|热线)\s*[:：]\s*[\d\-—() ]{7,}/,
  new RegExp(`^来源\\s*[:：].{0,40}(?:作者\\s*[:：]|${YEAR_MONTH})`), // 来源：长城网 2019-05-24
  new RegExp(`^(?:发布|发表)时间\\s*[:：]\\s*${YEAR}`), // 发布时间：2019-05-24
  /^(?:本文|文章|稿件|新闻)?来源\s*[:：]\s*\S{1,30}$/,
  new RegExp(`^(?:${PAGE_TOOL}\\s*)+$`),
];

const REMOVE_ALWAYS = tagSet(
  'script,style,noscript,template,iframe,frame,object,embed,input,button,select,textarea,link,meta,svg,math',
);

/** Blocks after which nothing belongs to the article (only honoured in the last part of the body). */
const TRAILER_NOTICES = '反侵权公告|版权声明|免责声明|郑重声明|特别声明'; // 版权声明
// 相关新闻, 热点推荐, 猜你喜欢
const TRAILER_LISTS =
  '相关(?:新闻|阅读|文章|链接|报道|推荐)|延伸阅读|热门推荐|热点(?:推荐|新闻|关注)|新闻排行|精彩推荐|推荐阅读|猜你喜欢';
// 网友评论, 已有3条评论, 共 5 篇评论
const TRAILER_COMMENTS = '发表评论|网友评论|最新评论|热门评论|我来说两句|已有\\d+[件条篇]评论|共\\s*\\d+\\s*[篇条]评论';
const TRAILER_RE = new RegExp(
  `^(?:${TRAILER_NOTICES}|${TRAILER_LISTS}|${TRAILER_COMMENTS}|本文(?:通告)?引用|引用通告|分享到)`,
);
/**
 * Title/info lines: a date plus 来源/作者/点击 words, on one short line, either way round:
 * "2019-05-24 11:34 来源：长城网", "来源：长城网 作者：白万军 发布时间：2019年5月".
 */
const INFO_WORD_AFTER = '(?:来源|作者|发布|更新|点击|阅读|浏览|编辑|发表)';
const INFO_LABEL_BEFORE = '(?:来源|作者|发布时间|发表于|发布于|点击|阅读)\\s*[:：]?';
const INFO_LINE_RE = new RegExp(`(?:${YMD_DAY}).{0,60}${INFO_WORD_AFTER}|${INFO_LABEL_BEFORE}.{0,60}${YEAR_MONTH}`);
const PAGER_RE =
  /第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页|^<<?\s*上一页|^上一页\s*\d|^(?:首页\s*)?(?:\d{1,3}\s*)+(?:下一页|尾页)(?:\s*尾页)?$/;
const WIDGET_LINK_RE =
  /^javascript:\s*(?:doZoom|setColor|fontZoom|setFont|changeSize|window\.print|window\.close|addFavorite|AddFavorite)/i;
const INNER_BLOCKS = tagSet('p,div,table,tr,ul,ol,li,h1,h2,h3,h4,h5,h6,section,article,blockquote,dl,center,br');
const TRAILER_TAGS = tagSet('p,div,h2,h3,h4,h5,strong,b,span,dt,li');
const TRAILER_HEAD_TAGS = tagSet('p,div,td,li,h2,h3,h4,h5,span,strong,b,font,dt,center,table,ul,section');
const EMPTY_TAGS = tagSet('p,div,span,font,center,section,li,ul,td,tr,table,strong,b');
const LINE_TAGS = /^(?:P|DIV|SPAN|TD|TH|TR|TABLE|LI|UL|CENTER|H[1-6]|FONT|STRONG|B|SECTION|DL|DD|DT|A|EM)$/;

/** Drop chrome from the body container (mutates `root`, always a clone); returns the removed lines' text. */
export function cleanContent(root: Element, patterns: RegExp[], removeSelectors: string[] = []): string[] {
  const removed: string[] = [];
  for (const el of elementsIn(root, REMOVE_ALWAYS)) el.remove();
  if (removeSelectors.length) {
    for (const el of Array.from(root.querySelectorAll(removeSelectors.join(',')))) {
      // A chrome selector never wins over real prose (classes like "share" can sit on wrappers).
      const t = cleanText(el.textContent);
      if (root.contains(el) && t.length < 300) {
        removed.push(t);
        el.remove();
      }
    }
  }
  dropQrCodes(root, removed);
  // Font-size / colour widgets: their links call doZoom()/setColor(); drop the small block they sit in.
  for (const a of byTag(root, 'a')) {
    if (!root.contains(a) || !WIDGET_LINK_RE.test(a.getAttribute('href') ?? '')) continue;
    let box: Element = a;
    while (box.parentElement && box.parentElement !== root && cleanText(box.parentElement.textContent).length < 120)
      box = box.parentElement;
    box.remove();
  }
  const all = byTag(root, '*');
  for (const el of all) {
    if (!root.contains(el) || !LINE_TAGS.test(el.tagName)) continue;
    // Only line-level blocks: a container starting with an info line also holds the story.
    if (hasDescendant(el, INNER_BLOCKS)) continue;
    const t = cleanText(el.textContent);
    if (!t || t.length > 200 || hasDescendant(el, 'img')) continue;
    // Trailer headings (相关新闻, 网友评论 ...) are left for cutTrailer, which also drops the list under them.
    // A dateline lead ("长城网·冀云客户端讯（记者 X）…") is the story, whatever chrome it resembles.
    if (TRAILER_RE.test(t) || isDatelineLead(t)) continue;
    if (patterns.some((re) => re.test(t)) || (t.length < 100 && (INFO_LINE_RE.test(t) || PAGER_RE.test(t)))) {
      removed.push(t);
      const box = el.parentElement;
      el.remove();
      // "扫一扫在手机上查看" under a QR code: the code goes too when nothing else is left beside it.
      if (QR_RE.test(t) && box && box !== root && !cleanText(box.textContent)) box.remove();
    }
  }
  cutTrailer(root, removed);
  for (const el of elementsIn(root, TRAILER_TAGS)) {
    if (!root.contains(el) || hasDescendant(el, INNER_BLOCKS)) continue;
    const t = cleanText(el.textContent);
    if (t.length < 40 && TRAILER_RE.test(t)) {
      removed.push(t);
      el.remove();
    }
  }
  removeEmptyBlocks(root);
  return removed;
}

const QR_RE = /扫一扫|扫描二维码|二维码|手机上查看|手机看/;
/** A QR code picture by its name or address ("二维码", qrcode.png, erweima.jpg). */
const QR_IMG_RE = /二维码|qr_?code|erweima/i;
/** The line under a QR code: "扫一扫 关注…", "长按识别二维码", "微信扫码阅读". */
const QR_LINE_RE = /^(?:微信)?(?:扫一扫|扫描(?:二维码|下方|上方)?|扫码|长按(?:识别)?(?:二维码|图片))/;

/**
 * QR codes inside the body ("<p><img alt=二维码><br>扫一扫 关注…</p>"): the picture and the small block it sits
 * in with its "扫一扫" line. A news photo whose caption merely mentions scanning ("市民扫码乘车") stays.
 */
function dropQrCodes(root: Element, removed: string[]): void {
  for (const img of byTag(root, 'img')) {
    if (!root.contains(img)) continue;
    const file = (img.getAttribute('src') ?? '').replace(/^.*\//, '');
    const hint = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''} ${file}`;
    let box: Element = img;
    while (
      box.parentElement &&
      box.parentElement !== root &&
      countDescendants(box.parentElement, 'img', 2) === 1 &&
      cleanText(box.parentElement.textContent).length <= 60
    )
      box = box.parentElement;
    const t = cleanText(box.textContent);
    if (QR_IMG_RE.test(hint) || (t && QR_LINE_RE.test(t))) {
      if (t) removed.push(t);
      box.remove();
    }
  }
}

/** Cut from a trailer heading (相关新闻, 版权声明, 网友评论 ...) to the end, if it sits in the last 40%. */
function cutTrailer(root: Element, removed: string[]): void {
  const doc = root.ownerDocument;
  const offsets = new Map<Node, number>();
  let total = 0;
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n, total);
    total += (n.nodeValue ?? '').replace(/\s+/g, '').length;
  }
  if (!total) return;
  for (const el of elementsIn(root, TRAILER_HEAD_TAGS)) {
    const t = cleanText(el.textContent);
    if (!t || t.length > 300 || !TRAILER_RE.test(t)) continue;
    const w = doc.createTreeWalker(el, 4);
    const first = w.nextNode();
    const at = first ? (offsets.get(first) ?? 0) : 0;
    // Early in the body only when what follows is links and scraps, after some story (a video page's two lines).
    if (at < total * 0.6 && (at < 40 || proseAfter(el, root) >= 60)) continue;
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
      while (n.nextSibling) n.nextSibling.remove();
    }
    removed.push(t);
    el.remove();
    return;
  }
}

/** Characters of text outside links after `el` (its following siblings, up to root). */
function proseAfter(el: Element, root: Element): number {
  let n = 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let s = e.nextSibling; s; s = s.nextSibling) {
      const all = (s.textContent ?? '').replace(/\s+/g, '').length;
      let links = 0;
      if (s.nodeType === 1)
        for (const a of byTag(s as Element, 'a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
      n += all - links;
      if (n >= 60) return n;
    }
  }
  return n;
}

/** Empty wrappers left behind (no text, no image) would become blank paragraphs in HTML. */
function removeEmptyBlocks(root: Element): void {
  const all = elementsIn(root, EMPTY_TAGS);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (root.contains(el) && !hasDescendant(el, 'img') && !cleanText(el.textContent)) el.remove();
  }
}

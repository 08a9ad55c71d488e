/**
 * Pure string parsers for Chinese news metadata (info lines, bylines, breadcrumbs, dates, URLs).
 * No DOM here so they are trivially unit-testable and reusable by site profiles.
 */

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Collapse runs of whitespace (incl. nbsp, U+3000, zero-width) to one space and trim. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(SPACE_RE, ' ').trim();
}

/** Trim per paragraph: leading/trailing ASCII and ideographic spaces, nbsp, zero-width chars. */
export function trimPara(s: string): string {
  return s.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

const AUTHOR_PREFIX_RE =
  /^(?:作\s*者|记\s*者|文\s*[/／]|撰\s*文|撰\s*稿|通讯员|本报记者|本网记者|长城网记者|特约记者|见习记者|实习记者|by)\s*[:：]?\s*/i;
const AUTHOR_JUNK_RE =
  /^(?:记者|通讯员|摄影|摄|文|图|报道|整理|编辑|本报|本网|长城网)$|(?:记者|通讯员|实习生)$|来源|出自|素材|报道|发自|说两句|联系|链接|文章|打印|推荐|评论|说说|关闭|收藏|登录|注册|简介|须知/;

/** "作者:白万军 黄蕾、祝雪娟" -> ["白万军","黄蕾","祝雪娟"]. */
export function splitAuthors(s: string | null | undefined): string[] {
  let t = cleanText(s);
  for (let i = 0; i < 3; i++) t = t.replace(AUTHOR_PREFIX_RE, '');
  t = t.replace(/[（(]\s*(?:记者|通讯员|实习生)?\s*[)）]/g, ' ');
  // "张  颖": two-character names padded with spaces to line up with three-character ones.
  t = t.replace(/(^|[\s、，,;；])([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5])(?=$|[\s、，,;；])/g, '$1$2$3');
  const out: string[] = [];
  for (let part of t.split(/[\s、，,;；|／/]+/)) {
    part = part
      .replace(AUTHOR_PREFIX_RE, '')
      .replace(/^[【[（(]+|[】\]）)]+$/g, '')
      .trim();
    if (!part || AUTHOR_JUNK_RE.test(part) || part.length > 24) continue;
    if (!out.includes(part)) out.push(part);
  }
  return out;
}

/** "关键词:大厂,北京城市副中心" / meta keywords -> ["大厂","北京城市副中心"]. */
export function splitKeywords(s: string | null | undefined): string[] {
  const t = cleanText(s).replace(/^(?:关键词|关键字|标签|Tags?)\s*[:：]?\s*/i, '');
  const out: string[] = [];
  for (const k of t.split(/[,，、;；\s]+/)) if (k && !out.includes(k)) out.push(k);
  return out;
}

const CRUMB_PREFIX_RE = /^(?:[•·\s]*)?(?:(?:您)?(?:当前|现在)?的?(?:位置|所在位置)\s*[:：]\s*)+/;

/** "您当前的位置 : 长城网 >> 廊坊频道 >> 廊坊新闻" -> ["长城网","廊坊频道","廊坊新闻"]. */
export function parseBreadcrumb(s: string | null | undefined): string[] {
  let t = cleanText(s);
  // The site sometimes repeats the prefix ("您当前的位置:您当前的位置 : ...").
  for (let i = 0; i < 3; i++) t = t.replace(CRUMB_PREFIX_RE, '').trim();
  t = t.replace(/^(?:您当前的位置|当前的位置|当前位置|所在位置|位置)\s*[:：]?\s*/, '');
  return t
    .split(/\s*(?:>>|»|›|>|→|＞|\/\/)\s*/)
    .map((x) => x.trim())
    .filter((x) => x && x !== '正文' && x !== '正文页');
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A date regex that accepts 2019-05-24 11:34:00, 2019年5月24日 11时34分, 2019/5/24, 2019.05.24 10:20. */
export const DATE_RE =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T\s]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/**
 * Any date string -> ISO 8601 in Beijing time (+08:00). Zoned inputs (Z, +00:00) are converted to
 * Beijing time; zoneless inputs are taken as Beijing time, as the site prints them. null if none.
 */
export function toBeijingIso(s: string | null | undefined): string | null {
  const t = cleanText(s);
  if (!t) return null;
  const zoned = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(t);
  if (zoned) {
    const ms = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(ms)) {
      const d = new Date(ms + 8 * 3600_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
    }
  }
  const m = DATE_RE.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  if (h !== undefined && (+h > 23 || +mi > 59)) return `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00`;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(se ?? 0)}+08:00`;
}

/** /system/2019/05/24/… or /201010/t20101021_… in a URL -> midnight Beijing time that day. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep raw */
  }
  const m =
    /\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})\//.exec(path) ?? /\/t((?:19|20)\d{2})(\d{2})(\d{2})_/.exec(path);
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}T00:00:00+08:00`;
}

const TRACKING_RE =
  /^(?:utm_\w+|spm|from|scm|share|share_token|share_source|shareid|isappinstalled|fbclid|gclid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|wfr|ref|refer|source|timestamp|tt_from|vd_source)$/i;

/** URL without tracking params and hash; unparsable input is returned unchanged. */
export function canonicalize(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING_RE.test(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return url;
  }
}

/** "标题_廊坊频道_长城网" / "标题-长城网" / "标题 - 新浪新闻" -> "标题". */
export function stripTitleSuffix(title: string, siteNames: string[] = []): string {
  let t = cleanText(title);
  for (const name of siteNames) {
    const i = t.indexOf(name);
    if (i > 0) t = t.slice(0, i).replace(/[_\-|–—\s]+$/, '');
  }
  const m = /^(.{6,}?)\s*(?:[_|]|\s[-–—]\s|-{1,2}|–|—)\s*[^_|\-–—]{1,20}(?:[_|\-–—][^_|\-–—]{1,20}){0,3}$/.exec(t);
  return (m ? m[1] : t).trim();
}

/** A 来源 value: the first name, "长城网 - 河北新闻网" joined as printed without spaces ("长城网-河北新闻网"). */
export function sourceName(value: string): string | null {
  const v = cleanText(value).replace(/\s*([-－—_|｜·])\s*(?=\S)/g, '$1');
  return v.split(/\s+/)[0].replace(/[|｜\-－—_·]+$/, '') || null;
}

export interface InfoLine {
  source: string | null;
  authors: string[];
  publishedAt: string | null;
  editor: string | null;
}

const LABELS: Array<[RegExp, keyof InfoLine | 'skip']> = [
  [/责任编辑|责编|编辑/, 'editor'],
  [/来源|稿源|出处/, 'source'],
  [/作者|记者|撰文|文\s*\//, 'authors'],
  [/发布时间|发表时间|发布日期|更新时间|时间|日期/, 'publishedAt'],
  [
    /点击数?|浏览次?数?|阅读数?|字号|评论|摄影|摄像|图片|视频|制图|美编|校对|值班编辑|审核|审签|初审|复审|终审|监制|签发|主编/,
    'skip',
  ],
];
const LABEL_RE = new RegExp(`(${LABELS.map(([r]) => r.source).join('|')})\\s*[:：]`, 'g');

/** "来源: 长城网 作者:白万军 黄蕾 祝雪娟 2019-05-24 11:34:00" -> fields (missing ones null/[]). */
export function parseInfoLine(s: string | null | undefined): InfoLine {
  const t = cleanText(s);
  const out: InfoLine = { source: null, authors: [], publishedAt: null, editor: null };
  const dm = DATE_RE.exec(t);
  if (dm) out.publishedAt = toBeijingIso(dm[0]);
  const rest = dm ? `${t.slice(0, dm.index)} \u0000 ${t.slice(dm.index + dm[0].length)}` : t;
  const marks: Array<{ key: keyof InfoLine | 'skip'; start: number; end: number }> = [];
  LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL_RE.exec(rest))) {
    const key = LABELS.find(([r]) => new RegExp(`^(?:${r.source})$`).test(m![1]))?.[1] ?? 'skip';
    marks.push({ key, start: m.index, end: m.index + m[0].length });
  }
  marks.forEach((mk, i) => {
    // 【来源：河北日报】【作者：张三】: brackets only frame the fields.
    const value = rest
      .slice(mk.end, i + 1 < marks.length ? marks[i + 1].start : rest.length)
      .split('\u0000')[0]
      .replace(/[【】[\]]+/g, ' ')
      .trim();
    if (!value) return;
    if (mk.key === 'source' && !out.source) out.source = sourceName(value);
    else if (mk.key === 'authors' && !out.authors.length) out.authors = splitAuthors(value);
    else if (mk.key === 'editor' && !out.editor) out.editor = splitAuthors(value).join(' ') || null;
    else if (mk.key === 'publishedAt' && !out.publishedAt) out.publishedAt = toBeijingIso(value);
  });
  return out;
}

/**
 * An editor line -> the 责任编辑: "审核：刘强　责任编辑：马超" -> "马超", "编辑：王芳　校对：张伟" -> "王芳",
 * "【责任编辑：李明】" -> "李明", "责任编辑:张  颖" -> "张颖"; a bare name ("马丽") is taken as it is.
 * A line naming only other roles ("审核：刘强") gives null.
 */
export function editorOf(s: string | null | undefined): string | null {
  const t = cleanText(s);
  if (!t) return null;
  const ed = parseInfoLine(t).editor;
  if (ed) return ed;
  LABEL_RE.lastIndex = 0;
  if (LABEL_RE.test(t)) return null;
  return splitAuthors(t.replace(/^[【[]?[^:：]{0,8}[:：]\s*/, '').replace(/[】\]]+$/, '')).join(' ') || null;
}

/** A byline that reads like people's names, not a site, a slogan or a menu ("大汉网络", "联系记者"). */
export function looksLikeNames(names: string[]): boolean {
  if (!names.length || names.length > 6) return false;
  return names.every(
    (n) =>
      (/^[\u4e00-\u9fa5·]{2,4}$/.test(n) || /^[A-Za-z][A-Za-z.'-]{1,20}$/.test(n)) &&
      !/网|报|社|集团|中心|频道|博客|作者|管理|团队|公司|委员会|政府|Team|Inc/i.test(n),
  );
}

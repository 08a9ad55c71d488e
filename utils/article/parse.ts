/**
 * Pure string parsers for Chinese news metadata (info lines, keywords, breadcrumbs, titles, URLs).
 * No DOM here so they are trivially unit-testable and reusable by site profiles. Dates: dates.ts; names: names.ts.
 */
import { DATE_RE, toBeijingIso } from './dates';
import { splitAuthors } from './names';
import type { BylineFields } from './meta/resolve';
import { cleanText } from './strings';

export { cleanText, trimPara } from './strings';

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

// Query parameters that track, not address: utm_source, spm, fbclid ... (?id=5&utm_source=x -> ?id=5).
const TRACKING_PARAMS = [
  ...['utm_\\w+', 'spm', 'from', 'scm', 'share', 'share_token', 'share_source', 'shareid', 'isappinstalled'],
  ...['fbclid', 'gclid', 'yclid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'wfr', 'ref', 'refer', 'source'],
  ...['timestamp', 'tt_from', 'vd_source'],
];
const TRACKING_RE = new RegExp(`^(?:${TRACKING_PARAMS.join('|')})$`, 'i');

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

const LABELS: Array<[RegExp, keyof BylineFields | 'skip']> = [
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
export function parseInfoLine(s: string | null | undefined): BylineFields {
  const t = cleanText(s);
  const out: BylineFields = { source: null, authors: [], publishedAt: null, editor: null };
  const dm = DATE_RE.exec(t);
  if (dm) out.publishedAt = toBeijingIso(dm[0]);
  const rest = dm ? `${t.slice(0, dm.index)} \u0000 ${t.slice(dm.index + dm[0].length)}` : t;
  const marks: Array<{ key: keyof BylineFields | 'skip'; start: number; end: number }> = [];
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

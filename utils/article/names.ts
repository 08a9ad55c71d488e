/**
 * What a byline name looks like. Labelled bylines ("作者：", "文/", "by") may carry any pen name or
 * user handle; unlabelled ones (a name alone under the title, "（姚峰 上海报道）") must read like a
 * Chinese personal name: a common surname plus one or two characters.
 */
import { DATE_PART } from './dateGrammar';
import { cleanText } from './strings';

// Common single-character surnames (百家姓 order; rare ones and those that start everyday words left out)
// and compound ones.
const SINGLE = [
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦昌马',
  '苗凤方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常于傅卞齐康伍余顾孟黄穆萧尹姚邵湛汪祁毛禹狄臧戴宋',
  '茅庞熊纪舒屈项祝董梁杜阮蓝闵席季贾娄江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万柯卢莫裘缪丁邓郁杭洪',
  '诸左石崔吉钮龚程嵇邢裴陆荣翁荀甄储靳邴段巫乌焦巴弓牧隗侯宓仲伊宫宁仇栾戎祖武刘詹龙叶司韶黎薄白蒲邰鄂',
  '索赖卓蔺屠蒙池乔阴胥莘党翟谭贡劳姬申扶堵冉宰郦雍桑桂濮牛寿燕冀浦温庄晏柴瞿阎慕茹习宦艾鱼廖庾耿欧夔巩',
  '厍聂晁訾辛阚饶曾鞠关蒯竺仝付覃',
].join('');
const COMPOUND =
  /^(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|公孙|慕容|尉迟|长孙|宇文|司徒|夏侯|轩辕|端木|独孤|南宫|西门|百里|呼延|万俟|闻人|澹台|申屠|太史|公羊|钟离|宗政|濮阳|淳于|单于|赫连)/;
const SURNAMES = new Set(SINGLE);

/**
 * Words that fill a byline slot but are not names: roles and labels (记者, 来源), page words (首页, 打印),
 * anonymous (佚名), markup attributes (size, class).
 */
const NOT_A_NAME_WORDS = [
  '记者|通讯员|编辑|作者|来源|本报|本网|报道|摄影|图片|文字|视频|评论|发表|发布|时间',
  '日期|正文|本文|全文|原文|导读|摘要|简介|关于|首页|博客|论坛|专题|新闻|更多|查看',
  '返回|打印|关闭|分享|收藏|推荐|联系|调查|原创|转载|网友|匿名|佚名',
  'admin|administrator|guest|size|width|height|color|align|class|style|font|null|undefined',
].join('|');
const NOT_A_NAME = new RegExp(`^(?:${NOT_A_NAME_WORDS})$`, 'i');

/** Place and office names that start with a surname character (张家口, 石家庄, 吴江区, 周村镇, 林业局). */
const PLACE_OR_BODY = /[市县区省镇村乡州庄口路街楼院所部局厅处科]$/;

/** A Chinese personal name: common surname + 1–2 characters (compound surname + 1–2), or a 维吾尔/藏 name with "·". */
export function isPersonName(t: string): boolean {
  if (NOT_A_NAME.test(t) || PLACE_OR_BODY.test(t)) return false;
  if (COMPOUND.test(t)) return /^[\u4e00-\u9fa5]{3,4}$/.test(t);
  return (
    (/^[\u4e00-\u9fa5]{2,3}$/.test(t) && SURNAMES.has(t[0])) || /^[\u4e00-\u9fa5]{2,3}·[\u4e00-\u9fa5]{2,6}$/.test(t)
  );
}

/** A date ("3月1日") or a count ("5个") at the start: no handle. */
const DATE_OR_COUNT = new RegExp(`^(?:${DATE_PART}|\\d{1,4}[个名位])`);

/** A pen name or user handle after an explicit label: 2–20 word characters, not markup or a menu word. */
export function isHandle(s: string): boolean {
  const t = s.trim();
  // Dates and counts are no handles ("3月1日" after an empty "作者：").
  if (!t || NOT_A_NAME.test(t) || /^\d+$/.test(t) || DATE_OR_COUNT.test(t)) return false;
  return /^[\u4e00-\u9fa5A-Za-z0-9_·&.-]{2,20}$/.test(t) && /[\u4e00-\u9fa5A-Za-z]/.test(t);
}

/** "赵  培" (academic pages pad two-character names) -> "赵培"; other names unchanged. */
export function squeezeName(s: string): string {
  return /^[\u4e00-\u9fa5][\s\u3000]+[\u4e00-\u9fa5]$/.test(s.trim()) ? s.replace(/[\s\u3000]+/g, '') : s.trim();
}

/** A short text that is only a list of personal names ("赵延东、风笑天", "[ 黄宇 ]", "常书香 马丹阳"). */
export function nameList(s: string): string[] {
  const t = s.trim().replace(/^[[【(（]\s*|\s*[\]】)）]$/g, '');
  if (!t || t.length > 40) return [];
  const parts = t.split(/[\s、，,;；\u3000]+/).filter(Boolean);
  if (!parts.length || parts.length > 6) return [];
  // The first name must be a common-surname name; the rest may be rarer (风笑天) but must be name-shaped.
  if (!isPersonName(parts[0])) return [];
  return parts.every((p, i) => (i === 0 || /^[\u4e00-\u9fa5]{2,3}$/.test(p)) && !NOT_A_NAME.test(p)) ? parts : [];
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

/** A byline that reads like people's names, not a site, a slogan or a menu ("大汉网络", "联系记者"). */
export function looksLikeNames(names: string[]): boolean {
  if (!names.length || names.length > 6) return false;
  return names.every(
    (n) =>
      (/^[\u4e00-\u9fa5·]{2,4}$/.test(n) || /^[A-Za-z][A-Za-z.'-]{1,20}$/.test(n)) &&
      !/网|报|社|集团|中心|频道|博客|作者|管理|团队|公司|委员会|政府|Team|Inc/i.test(n),
  );
}

// The reporters' signature closing a story, alone in brackets: "（白万军 黄蕾 祝雪娟）", "（本报记者 周洋）",
// "（记者 张三 通讯员 李四）", "（姚峰 上海报道）". Group 1: the names with their roles and the 报道 place.
const SIGNATURE_FIRST_ROLE = '(?:(?:本报|本网|长城网|总台)?记者|通讯员)'; // 本报记者
const SIGNATURE_ROLE = '(?:记者|通讯员)'; // 通讯员 before a later name
const SIGNATURE_NAME = '[\\u4e00-\\u9fa5·A-Za-z]{2,8}'; // 白万军, 格桑边觉
const SIGNATURE_REPORTED = '(?:\\s*[\\u4e00-\\u9fa5]{2,4}报道)'; // 上海报道
const SIGNATURE_LIST =
  `${SIGNATURE_FIRST_ROLE}?\\s*${SIGNATURE_NAME}(?:[\\s、，,]+${SIGNATURE_ROLE}?\\s*${SIGNATURE_NAME}){0,7}` +
  `${SIGNATURE_REPORTED}?`;
export const SIGNATURE_RE = new RegExp(`^[（(]\\s*(${SIGNATURE_LIST})\\s*[)）]$`);

// What may follow a name read with no separator: punctuation, a role word (报道, 摄, 记者), a digit.
const FOLLOW_OK =
  /^(?:$|[\s、，,;；/／|｜)）\]】。：:!！]|报道|发自|摄|来源|素材|编辑|整理|通讯员|实习生|记者|本报|本网|\d)/;
const FOLLOW_4 = /^(?:$|[\s)）\]】]|发自|报道|摄)/;

/** Personal names from the start of s, with no separator needed after the last one ("马俊峰/文", "徐睿翔素材来源"). */
export function leadingNames(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < 6) {
    while (i < s.length && /[\s、，,\u3000]/.test(s[i])) i++;
    let hit = '';
    for (const len of [4, 3, 2]) {
      const cand = s.slice(i, i + len);
      // Four characters (格桑边觉, 罗科苏盈) only as the first name after the label.
      const rest = s.slice(i + len);
      const ok = isPersonName(cand)
        ? FOLLOW_OK.test(rest)
        : len === 4 && !out.length && /^[\u4e00-\u9fa5]{4}$/.test(cand) && isHandle(cand) && FOLLOW_4.test(rest);
      if (cand.length === len && ok) {
        hit = cand;
        break;
      }
    }
    if (!hit) break;
    out.push(hit);
    i += hit.length;
    if (!/^[\s、，,\u3000]/.test(s.slice(i))) break;
  }
  return out;
}

/** The text after the names leadingNames() read at the start of s. */
export function afterNames(s: string, names: string[]): string {
  let i = 0;
  for (const n of names) {
    while (i < s.length && /[\s、，,\u3000]/.test(s[i])) i++;
    if (s.startsWith(n, i)) i += n.length;
  }
  return s.slice(i);
}

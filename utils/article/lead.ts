/**
 * The top of a story: a dateline lead ("长城网讯（记者 刘洋）3月5日，…", "新华社石家庄3月5日电（记者 王明）…") is the
 * story's first paragraph and is never chrome; a line that is nothing but byline metadata ("本报记者 张伟 通讯员 李娜",
 * "文/图 长城网记者 马骁") may go. Captions are no story paragraphs either (the excerpt skips them).
 */
import { MONTH_DAY } from './dateGrammar';
import { nameList } from './names';

/** An outlet as it signs a dateline: 本报/本网/本台, or a name ending in 报/网/台/社/端/刊 ("长城网·冀云客户端"). */
const OUTLET = '(?:本报|本网|本台|[\\u4e00-\\u9fa5·•・]{0,12}?(?:报|网|台|社|端|刊|视))';
/** A place between the agency and the date: "石家庄", "北京". */
const PLACE = '(?:[\\u4e00-\\u9fa5]{2,10}?)';
/**
 * Dateline openings, e.g. "本报讯", "长城网讯", "长城网·冀云客户端讯", "河北日报讯", "新华社石家庄3月5日电",
 * "人民网石家庄3月5日电", "中新网3月5日电", "央视网消息".
 */
const DATELINE_RE = new RegExp(
  `^[\\s\\u3000]*(?:${OUTLET}讯|${OUTLET}${PLACE}?${MONTH_DAY}(?:电|讯)|[\\u4e00-\\u9fa5]{1,8}(?:网|台)消息)`,
);

/** A paragraph that opens with a source or agency dateline: the lead of the story, never chrome. */
export function isDatelineLead(text: string): boolean {
  // Every dateline ends in 讯, 电 or 消息: without one the pattern (lazy runs, tried per chrome line) cannot match.
  return (text.includes('讯') || text.includes('电') || text.includes('消息')) && DATELINE_RE.test(text);
}

/** Roles and outlets inside a byline line, removed before what is left is read as names. */
const BYLINE_ROLE_RE = new RegExp(
  [
    `${OUTLET}?(?:见习|特约|实习|首席)?(?:记者|通讯员|实习生)`,
    '(?:文|图)\\s*[/／|｜]\\s*(?:文|图)',
    '(?:^|\\s)(?:文|图|摄影?|作者|撰文)\\s*[/／:：|｜]',
    '(?:摄影?)?报道$',
  ].join('|'),
  'g',
);

/**
 * A line that is nothing but byline metadata: the names it lists ("本报记者 张伟 通讯员 李娜" -> ["张伟","李娜"],
 * "文/图 长城网记者 马骁" -> ["马骁"]); [] for anything else (a dateline lead, a sentence, a bare name line).
 */
export function bylineOnlyNames(text: string): string[] {
  const t = text.trim();
  if (!t || t.length > 50 || isDatelineLead(t) || /[，。！？；]/.test(t)) return [];
  const rest = t.replace(/^[（(【[]|[）)】\]]$/g, '').replace(BYLINE_ROLE_RE, ' ');
  if (rest === t.replace(/^[（(【[]|[）)】\]]$/g, '')) return []; // no role or label: left to the bare-name rules
  return nameList(rest.replace(/\s+/g, ' ').trim());
}

/** What a picture caption reads like: "…长城网记者 刘洋 摄", "…（资料图）", "图为…", "（香河县委宣传部供图）". */
const CAPTION_LIKE_RE =
  /^(?:图为|资料图|图[/／])|(?:(?<!拍)摄|摄影|供图|资料图|图片由.{1,24}提供|图片来源[:：].{1,24})[)）]?[。.]?$/;

/** A short paragraph shaped like a picture caption. */
export function isCaptionLike(text: string): boolean {
  return text.length <= 100 && CAPTION_LIKE_RE.test(text.trim());
}

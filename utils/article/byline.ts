/**
 * Chinese bylines in free text: "作者：", "文/", "文｜", "执笔人：", "发文机关：", "记者 XXX", "本报记者",
 * "通讯员", "XXX/文", "由 X 张贴", "X 发表于", "posted by X", "2005/03/15 22:36:13 by X", a name in brackets
 * beside the date ("2004年7月16日08:19 [ 黄宇 ]"), the reporters closing the story ("（姚峰 上海报道）"),
 * and a person's name given as 来源. Labelled slots take pen names and handles; unlabelled ones only
 * names that read like Chinese personal names (see names.ts).
 */
import type { BylineFields } from './meta/resolve';
import { cleanText } from './strings';
import { COMPACT_TIMED, DATE_START, dateInPage, dateInWindow, YEAR, YMD_COLON } from './dates';
import { afterNames, isHandle, isPersonName, leadingNames, nameList, splitAuthors, squeezeName } from './names';

const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const NAME_LIST = `${NAME}(?:[ 　、，,]+${NAME}(?=[ 　、)）\\]】|｜]|$)){0,5}`;
const SOURCE_RE = /(?:来源|稿源|出处)\s*[:：]\s*[【[]?\s*([^\s【】[\]|｜:：]{2,30})/;
const EDITOR_RE = new RegExp(`(?:责任编辑|责编|编辑)\\s*[:：]\\s*(${NAME_LIST}|[A-Za-z][\\w.]{1,20})`);

// Labels whose value is the author, as written (pen names, handles, organisations for 发文机关).
const LABELLED_RE = /(?:作\s*者(?:姓名)?|撰\s*文|撰\s*稿|执笔人?|发文机关|(?:^|[\s【[|｜])文)\s*[:：/／|｜]\s*/g;
// Where a labelled value stops: the next label ("作者：张三 编辑：李四"), markup debris or brackets
// ('作者： size="20"'), a date ("作者：张三 2019-05-24").
const NEXT_LABEL =
  '责任编辑|责编|编辑|来源|稿源|出处|出自|时间|日期|成文|索引|分类|发布|发表|译\\s*[:：者]|摄影?|单位|出版|点击|阅读|浏览|字号';
const STOP_MARK = '[|｜,，。;；:：()（）[\\]【】"\'=<>«»《》]';
const VALUE_STOP = new RegExp(`${NEXT_LABEL}|${STOP_MARK}|${DATE_START}`);
const PHOTO_CREDIT_RE = /^[\s\u3000]*(?:拍摄|供图|摄影?)(?!影|\s*报道)/;
const REPORTER_RE = /(?:记\s*者|通讯员|实习生|作\s*者(?=\s))\s*[:：]?\s*/g;

// "张三，李四": names listed with commas (which otherwise end a value) read as one list.
const COMMA_NAMES = new RegExp(
  `^[\\s\\u3000]*[\\u4e00-\\u9fa5·]{2,4}(?:[，,][\\u4e00-\\u9fa5·]{2,4})+(?=$|[\\s\\u3000|｜)）\\]】。；;]|${YEAR})`,
);

/** Names in a labelled slot: "白万军 黄蕾、祝雪娟"; "放飞&心情 振威将军(…)" -> the first handle only (the rest is no name). */
function labelledValue(text: string): string[] {
  const s = text.replace(COMMA_NAMES, (names) => names.replace(/[，,]/g, '、'));
  const stop = VALUE_STOP.exec(s);
  const raw = (stop ? s.slice(0, stop.index) : s).slice(0, 60).trim();
  // An empty "作者：" span runs into the story: "作者： 记者从保定市生态环境局获悉，…" is a clause, not a pen name.
  if (stop && /^[，。；]/.test(stop[0]) && /^[^\s、\u3000]{5,}$/.test(raw)) return [];
  const v = squeezeName(
    (stop ? s.slice(0, stop.index) : s)
      .slice(0, 60)
      .replace(/^([\u4e00-\u9fa5])[\s\u3000]+([\u4e00-\u9fa5])(?=$|\s)/, '$1$2'),
  );
  const out: string[] = [];
  // After the first name: names joined by 、 need only be name-shaped; space-separated ones must read like names.
  const parts = v.split(/([\s、\u3000]+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const tok = parts[i];
    if (!tok) continue;
    const listed = i > 0 && parts[i - 1].includes('、');
    const ok = !out.length
      ? isHandle(tok)
      : listed
        ? /^[\u4e00-\u9fa5·]{2,4}$/.test(tok) && isHandle(tok)
        : isPersonName(tok) || /^[A-Za-z][\w.&'-]{1,20}$/.test(tok);
    if (!ok) break;
    out.push(tok);
  }
  return out.length > 6 ? [] : out;
}

function firstLabelled(t: string): string[] {
  LABELLED_RE.lastIndex = 0;
  for (let m = LABELLED_RE.exec(t); m; m = LABELLED_RE.exec(t)) {
    const names = labelledValue(t.slice(m.index + m[0].length));
    if (names.length) return names;
  }
  return [];
}

/** "本报实习生 刘国栋 周炜本报记者 王燕平 方云凤": every role group of the first byline, in order. */
function firstReporters(t: string): string[] {
  REPORTER_RE.lastIndex = 0;
  const out: string[] = [];
  let end = -1;
  for (let m = REPORTER_RE.exec(t); m; m = REPORTER_RE.exec(t)) {
    if (out.length && m.index - end > 8) break;
    const names = leadingNames(t.slice(m.index + m[0].length));
    if (!names.length) continue;
    // "长城网记者 孟晓 摄" under a photo credits the picture, not the story ("摄影报道" does sign it).
    if (PHOTO_CREDIT_RE.test(afterNames(t.slice(m.index + m[0].length), names))) continue;
    for (const n of names) if (!out.includes(n)) out.push(n);
    end = m.index + m[0].length + names.join(' ').length + 2;
  }
  if (out.length) return out;
  // "马俊峰/文", "张三 文/图"
  const slash = /([\u4e00-\u9fa5]{2,3})\s*[/／]\s*文/.exec(t);
  return slash && isPersonName(slash[1]) ? [slash[1]] : [];
}

const HANDLE = '([\\u4e00-\\u9fa5A-Za-z0-9_·&.\\-]{2,20})';
const NO_WORD_BEFORE = '(?<![\\u4e00-\\u9fa5A-Za-z0-9_])';
const POSTER_RES = [
  new RegExp(`(?:本贴|本帖)由\\s*${HANDLE}\\s*于|由\\s*${HANDLE}\\s*(?:张贴|发帖|贴出)`),
  new RegExp(`${NO_WORD_BEFORE}${HANDLE}\\s*(?:发表于|发布于|posted\\s+(?:on|at))`, 'i'),
  new RegExp(`${NO_WORD_BEFORE}${HANDLE}\\s*[\\[【]\\s*(?:作者简介|个人简介|关于作者)\\s*[\\]】]`),
  new RegExp(`posted\\s+by\\s+${HANDLE}`, 'i'),
  new RegExp(`${COMPACT_TIMED}\\s+by\\s+${HANDLE}`, 'i'),
];

function firstPoster(t: string): string[] {
  for (const re of POSTER_RES) {
    const m = re.exec(t);
    const name = m?.[1] ?? m?.[2];
    if (name && isHandle(name)) return [name];
  }
  return [];
}

const BRACKETED_BESIDE_DATE = new RegExp(`${YMD_COLON}\\s*[[【]\\s*([^[\\]【】]{2,30}?)\\s*[\\]】]`);

/** "2004年7月16日08:19 [ 黄宇 ]": a bracketed personal name beside the date. */
function bracketedBesideDate(t: string): string[] {
  const m = BRACKETED_BESIDE_DATE.exec(t);
  return m ? nameList(m[1]) : [];
}

/** Byline patterns in a short window of text around the title. */
export function parseBylineText(text: string): BylineFields {
  const t = cleanText(text);
  const out: BylineFields = { authors: [], source: null, publishedAt: dateInWindow(t), editor: null };
  const src = SOURCE_RE.exec(t);
  if (src) out.source = src[1].replace(/[|｜]+$/, '');
  for (const find of [firstLabelled, firstReporters, firstPoster, bracketedBesideDate]) {
    out.authors = find(t);
    if (out.authors.length) break;
  }
  const ed = EDITOR_RE.exec(t);
  if (ed) out.editor = splitAuthors(ed[1]).join(' ') || null;
  return out;
}

/** Labelled fields anywhere on the page, for when nothing sits near the title (old portals, forums). */
export function parseBylineGlobal(bodyText: string): BylineFields {
  const out: BylineFields = { authors: [], source: null, publishedAt: dateInPage(bodyText), editor: null };
  const src = SOURCE_RE.exec(bodyText);
  if (src) out.source = src[1].replace(/[|｜]+$/, '');
  // Far from the title only an explicit label or a poster line counts.
  for (const find of [firstLabelled, firstPoster]) {
    out.authors = find(bodyText);
    if (out.authors.length) break;
  }
  const ed = EDITOR_RE.exec(bodyText);
  if (ed) out.editor = splitAuthors(ed[1]).join(' ') || null;
  return out;
}

/** The reporters closing a story: "（姚峰 上海报道）", "（常书香 马丹阳 ）", "新华日报·交汇点记者 徐睿翔". */
export function closingAuthors(tail: string): string[] {
  const t = cleanText(tail);
  const re =
    /[（(]\s*((?:(?:本报|本网|总台)?记者|通讯员)?\s*[\u4e00-\u9fa5·\s、，,]{2,40}?)\s*(?:[\u4e00-\u9fa5]{2,4}报道)?\s*[)）]/g;
  let last: string[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const names = nameList(m[1].replace(/^(?:(?:本报|本网|总台)?记者|通讯员)\s*/, ''));
    if (names.length) last = names;
  }
  return last.length ? last : firstReporters(t);
}

/** "来源: 尹娟": a source that is a person's name is the writer (small sites sign articles that way). */
export function sourcePerson(source: string | null): string[] {
  const s = cleanText(source);
  return s && isPersonName(s) ? [s] : [];
}

/**
 * Stage 4: what must not be a figure. Two levels: not a number at all (一切, 四川, 九九 — never
 * returned) and a number that is not a key figure (第3名, “四统一”, 0311-12345678, 11:34 — only with all).
 */
import type { Numeral } from './stageTypes';
import { isEventName } from './names';
import { CHAR_SETS, charSet } from './chars';

// Words that contain numeral characters but are not numbers.
const WORDS = (
  '一切 一些 一体 一直 一流 一致 一起 一样 一般 一定 一旦 一向 一同 一再 一律 一味 一贯 一概 一边 一面 一番 一举 一线 一手 ' +
  '一心 一意 一并 一道 一下 一会 一阵 一时 一新 一路 一看 一早 一经 一带 一点 一体化 一揽子 一刀切 一站式 一把手 一系列 一如既往 ' +
  '一目了然 一丝不苟 一往无前 一马当先 一鼓作气 一帆风顺 一举两得 一心一意 一盘棋 一成不变 一度 一旁 一生 一身 一应 一览 ' +
  '统一 唯一 万一 逐一 专一 同一 划一 不一 之一 归一 单一 合一 始终如一 表里如一 ' +
  '二手 二维码 三农 三峡 三亚 三角 三思 三甲 四川 四周 四处 四面 四方 四海 四合院 四肢 五金 五官 五湖四海 五彩 五星 五四 五一 ' +
  '六一 七一 八一 七彩 七夕 八卦 八方 九州 十分 十足 十字 十全 十佳 百姓 百货 百科 百花 百度 百合 百般 百强 百年 百业 百家 ' +
  '千方百计 千家万户 千里 千秋 千古 千军万马 万物 万事 万象 万众 万能 万岁 万里 万分 万千 ' +
  '两岸 两会 两者 两侧 两边 两旁 两极 两手 两翼 两用 两全 两难 两栖 两学一做 三个代表 一带一路 四个全面 四个意识 四个自信 ' +
  '五位一体 一国两制 三严三实 十一五 十二五 十三五 十四五 十五五 四套班子 星期一 星期二 星期三 星期四 星期五 星期六 ' +
  '周一 周二 周三 周四 周五 周六 初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 一一 万万'
).split(' ');
// Each word under each of its characters, with where it stands in the word: 一切 under 一 (at 0) and 切 (at 1).
const WORDS_BY_CHAR = new Map<string, [string, number][]>();
for (const w of WORDS)
  for (let k = 0; k < w.length; k++) WORDS_BY_CHAR.set(w[k], [...(WORDS_BY_CHAR.get(w[k]) ?? []), [w, k]]);
const WORD_CHARS = new Set(WORDS.join(''));

/** The numeral (at most 3 characters, Chinese) sits inside one of the WORDS. */
function inWord(text: string, n: Numeral): boolean {
  const len = n.end - n.start;
  if (n.arabic || len > 3) return false;
  // A word is longer than the numeral, so it takes a neighbour: no listed character beside it, no word.
  if (!WORD_CHARS.has(text[n.start - 1]) && !WORD_CHARS.has(text[n.end])) return false;
  // A word written at s that covers the whole numeral, its first character at k = n.start - s in the word.
  for (const [w, k] of WORDS_BY_CHAR.get(text[n.start]) ?? []) {
    const s = n.start - k;
    if (s >= 0 && k <= w.length - len && text.startsWith(w, s)) return true;
  }
  return false;
}

const URL_RE = /(?:https?:\/\/|www\.)[!-~]+/g;

/** Spans of URLs, found once per text. */
export function findUrlSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export type Verdict = 'keep' | 'notKey' | 'drop';

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
};
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
const OPEN_QUOTES = charSet('“「『"');
const CLOSE_QUOTES = charSet('”」』"');
// How far a slogan's quotation reaches: back to a quote either way or a hard stop (。！？；，、 new line), on to a
// closing quote or a hard stop.
const QUOTE_OR_STOP = charSet('“「『"”」』。！？；，、\n');
const CLOSE_OR_STOP = charSet('”」』"。！？；，、\n');

/** Inside a short quotation that is more than the numeral: “四统一”, “5·18”, “十四五”. */
function inSlogan(text: string, n: Numeral): boolean {
  let b = n.start - 1;
  while (b >= 0 && n.start - b <= 6 && !(CHAR_SETS[text.charCodeAt(b)] & QUOTE_OR_STOP)) b--;
  if (b < 0 || !(CHAR_SETS[text.charCodeAt(b)] & OPEN_QUOTES)) return false;
  let e = n.end;
  while (e < text.length && e - n.end <= 6 && !(CHAR_SETS[text.charCodeAt(e)] & CLOSE_OR_STOP)) e++;
  if (!(CHAR_SETS[text.charCodeAt(e)] & CLOSE_QUOTES)) return false;
  return e - b - 1 > n.end - n.start; // “一” alone is a number being quoted, not a slogan
}

// 备/证 that end another word: 储备, 准备, 设备, 保证, 验证.
const NOT_RECORD = /[储准设具装预守戒警完筹配后保验论见认查求考印佐凭]$/;

/** A record or licence number: 备/证/编号 just before it (ICP备, 公网安备, 许可证, 证书编号). */
function isRecordNumber(text: string, start: number, before: string): boolean {
  if (before.includes('编号')) return true;
  for (const mark of ['备', '证']) {
    const at = before.lastIndexOf(mark);
    if (at < 0) continue;
    const p = start - before.length + at;
    if (!NOT_RECORD.test(text.slice(Math.max(0, p - 1), p))) return true;
  }
  return false;
}

/**
 * Judges a numeral in context. `figEnd` is where the figure (numeral + unit) ends; `hasUnit` says
 * whether a unit or measure word was attached.
 */
export function judgeNumeral(
  text: string,
  n: Numeral,
  figEnd: number,
  hasUnit: boolean,
  urls: [number, number][],
): Verdict {
  for (const [s, e] of urls) if (n.start < e && n.end > s) return 'drop';
  if (!n.arabic && inWord(text, n)) return 'drop';
  if (n.digitRun && text[n.end] !== '年' && !/[零〇]/.test(text.slice(n.start, n.end))) return 'drop'; // 九九, 两两
  if (n.bare && !hasUnit && text[n.start] !== '十') return 'drop'; // 百姓 is caught above; 千万 (adverb) here
  const prev = text[n.start - 1];
  const next = text[n.end];
  if (prev === '第' || (prev === ' ' && text[n.start - 2] === '第')) return 'notKey';
  if (prev === '·' || prev === '•' || next === '·' || next === '•') return 'notKey'; // 5·18: an event's name
  if (inSlogan(text, n)) return 'notKey';
  // Times of day: 11:34:00, 2:00.
  if ((next === ':' || next === '：') && isDigitAt(text, n.end + 1)) return 'notKey';
  if ((prev === ':' || prev === '：') && isDigitAt(text, n.start - 2)) return 'notKey';
  // Codes: digits glued to Latin letters (B12, 5G, ICP05) when no unit took the letters; a letter before the
  // digits is a code even with a measure word after it (U17队, G4部分路段).
  if (n.arabic && (isLetterAt(text, n.start - 1) || (!hasUnit && isLetterAt(text, n.end)))) return 'notKey';
  if (hasUnit && isEventName(text, n, figEnd)) return 'notKey'; // 3米板, 4×100米接力 (names.ts)
  // Record and licence numbers: 冀ICP备05007948号, 冀公网安备 13010802000xxx号 (not 储备85万吨, 保证3天).
  const before = text.slice(Math.max(0, n.start - 3), n.start);
  if (isRecordNumber(text, n.start, before)) return 'notKey';
  // A base, not a figure: 每10万人中, 每千人口; a phase: 二期工程.
  if (prev === '每') return 'notKey';
  // A place in a ranking: 前三名, 前10位, 前五强 (前11个月 is a date, read before this).
  if (prev === '前' && /^[名位强甲]/.test(text.slice(n.end, figEnd))) return 'notKey';
  if (text[figEnd - 1] === '期' && (text.startsWith('工程', figEnd) || text.startsWith('项目', figEnd)))
    return 'notKey';
  const raw = n.rawInt;
  if (raw) {
    if (raw.length >= 7 && raw[0] === '0') return 'notKey';
    if (raw.length === 11 && raw[0] === '1') return 'notKey'; // mobile number
    if (raw.length >= 12 && !hasUnit) return 'notKey';
    // Phone numbers: 0311-12345678, 400-123-4567.
    if (
      (next === '-' || next === '－') &&
      isDigitAt(text, n.end + 1) &&
      ((raw[0] === '0' && raw.length >= 3) || raw === '400' || raw === '800')
    )
      return 'notKey';
    if ((prev === '-' || prev === '－') && raw.length >= 7) return 'notKey';
    if (text[figEnd] === '号' && raw.length >= 5) return 'notKey';
  }
  if (n.dotted) return 'notKey'; // version numbers 1.2.3
  return 'keep';
}

const NUMERIC_DATE = /^[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}$/;
const CLOCK_AFTER = /^[ \u3000]{0,2}[0-9]{1,2}[:：][0-9]{2}/;

/** 2024-10-22 10:15:00: a digit date stamped with a clock time is a page's time line (published, updated), not news. */
export function isTimestamp(text: string, start: number, end: number): boolean {
  return NUMERIC_DATE.test(text.slice(start, end)) && CLOCK_AFTER.test(text.slice(end, end + 8));
}

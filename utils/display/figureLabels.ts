/**
 * What a figure is, in words, for the figures panel: the engine's label when it says it, else the
 * subject of the clause that holds the number (地区生产总值, 各项贷款余额增速), never the kind's name
 * and never a word cut in half. A table cell takes its row and column headers.
 */
import type { Figure } from '../types';

/** Clause boundaries inside a sentence (a list comma 、 is not one: 候鸟40余种、2万余只 share a subject). */
const CLAUSE_END = /[，,。；;：:！？!?\n\t]/u;

/** Engine labels that name an action, not a thing: they need the clause's subject. */
const GENERIC_LABEL =
  /^(?:同比|比上年|比去年|较上年)?(?:分别)?(?:增长|下降|增加|减少|提高|提升|降低|最长|最多|最少|最高|约|达到?)$/u;

/** A time said before the subject: 一季度, 前三季度, 上半年, 前5个月, 8月末, 1—5月, 2024年3月 (optionally 以来). */
const TIME_PHRASE =
  '(?:\\d{4}年)?(?:[一二三四]季度|前[一二三]季度|[上下]半年|前[一二三四五六七八九十\\d]+个?月' +
  '|\\d{1,2}(?:[—\\-至到]\\d{1,2})?月(?:份|末|底|初|[上中下]旬)?)(?:以来)?';

/** A thing said before the number that is time or discourse, not subject: 其中，今年一季度，截至8月末 … */
const LEADING_NOISE = new RegExp(
  [
    '^(?:其中|同时|此外|另外|目前|据介绍|据了解|据悉|记者从.{1,20}?获悉)',
    '^(?:截至|截止|到)?(?:今年|去年|明年|前年|当年|全年|同期|近年来|以来|年底前|年内)+(?:以来)?',
    `^(?:截至|截止|到)?${TIME_PHRASE}`,
    '^(?:先后|累计|共计|合计|全年)',
  ].join('|'),
  'u',
);

/**
 * What links subject and number, taken off the end of the subject: 同比增长, 比去年增长, 达到, 为, 突破 …
 * Example: "全省规模以上工业增加值同比增长" -> subject "全省规模以上工业增加值", verb "同比增长".
 */
const COMPARISON = '(?:同比|环比|比上年|比去年(?:同期)?|较上年|较去年(?:同期)?|与去年同期相比)?';
const CHANGE_VERB = '(?:分别)?(?:增长|下降|增加|减少|提高|提升|降低|上涨|下跌|回落|缩短|扩大)';
const LINK_VERB =
  '(?:预计|累计|共计|合计|共|总计|已|将|分别|保持在|稳定在|增至|达到?|为|是|至|到|完成|实现|突破|超过|逾|约|近|高达|多达|有)';
const TRAILING_VERB = new RegExp(`(?:${COMPARISON}${CHANGE_VERB}|${LINK_VERB})$`, 'u');
const DECLINE = /下降|减少|降低|下跌|回落|缩短/u;

/** Characters a label may start after without being a cut word (particles, conjunctions, prepositions). */
const WORD_BOUNDARY = /[的在了和与及并将已共有为是对从向把被给让、“”‘’《》（）()\s]/u;

export interface LabelContext {
  /** Article.text: figure offsets point into it. */
  text: string;
}

export function clauseBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !CLAUSE_END.test(text[b])) b++;
  return [a, b];
}

/** The paragraph (line) around an offset. */
function lineBounds(text: string, at: number): [number, number] {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  const b = text.indexOf('\n', at);
  return [a, b < 0 ? text.length : b];
}

/** A cell of a table row (cells joined by tabs, one row a paragraph): “行标题 列标题”. */
export function tableLabel(figure: Pick<Figure, 'start'>, text: string): string | null {
  const [a, b] = lineBounds(text, figure.start);
  const row = text.slice(a, b);
  if (!row.includes('\t')) return null;
  const cells = row.split('\t');
  let offset = a;
  let index = 0;
  for (; index < cells.length; index++) {
    if (figure.start < offset + cells[index].length + 1) break;
    offset += cells[index].length + 1;
  }
  const rowHeader = index > 0 ? cells[0].trim() : '';
  // The header row: the first tab row of this table (rows may be separated by blank lines).
  let header: string[] | null = null;
  let cursor = a;
  while (cursor > 0) {
    const [pa, pb] = lineBounds(text, Math.max(0, cursor - 2));
    const line = text.slice(pa, pb);
    if (line.trim() === '' && pa > 0) {
      cursor = pa;
      continue;
    }
    if (!line.includes('\t')) break;
    header = line.split('\t');
    cursor = pa;
  }
  const columnHeader = header && !/\d/.test(header.join('')) ? (header[index]?.trim() ?? '') : '';
  const column = /^(?:数值|数量|金额|数据|指标|合计)?$/u.test(columnHeader) ? '' : columnHeader;
  const label = [rowHeader, column].filter(Boolean).join(' ');
  return label || null;
}

function stripSubject(raw: string): { subject: string; change: 'up' | 'down' | null } {
  let subject = raw.trim();
  let change: 'up' | 'down' | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const lead = LEADING_NOISE.exec(subject);
    if (lead?.[0]) subject = subject.slice(lead[0].length);
    else break;
  }
  for (let guard = 0; guard < 4; guard++) {
    const m = TRAILING_VERB.exec(subject);
    if (!m?.[0]) break;
    if (new RegExp(CHANGE_VERB, 'u').test(m[0])) change ??= DECLINE.test(m[0]) ? 'down' : 'up';
    subject = subject.slice(0, m.index);
  }
  return { subject: subject.replace(/^[的和与及、]+|[的和与及、]+$/gu, '').trim(), change };
}

/** The subject of the clause before the figure, and whether the clause says it grew or fell. */
function clauseSubject(figure: Pick<Figure, 'start' | 'end'>, text: string) {
  const [a] = clauseBounds(text, figure.start, figure.end);
  return stripSubject(text.slice(a, figure.start));
}

/** The subject of the previous clause in the same sentence: 各项贷款余额1.21万亿元，同比增长8.1% -> 各项贷款余额. */
function previousSubject(figure: Pick<Figure, 'start' | 'end'>, text: string): string {
  let [a] = clauseBounds(text, figure.start, figure.end);
  for (let hops = 0; hops < 2 && a > 0 && /[，,]/u.test(text[a - 1]); hops++) {
    const [pa] = clauseBounds(text, a - 1, a - 1);
    const clause = text.slice(pa, a - 1);
    const digit = clause.search(/[\d一二三四五六七八九十百千万两]/u);
    const { subject } = stripSubject(digit > 0 ? clause.slice(0, digit) : clause);
    if (subject.length >= 2) return subject;
    a = pa;
  }
  return '';
}

/** The engine's label was cut out of a longer word (级节点 from 国家级节点). */
function isCut(label: string, figure: Pick<Figure, 'start' | 'end'>, text: string): boolean {
  const [a] = clauseBounds(text, figure.start, figure.end);
  const at = text.lastIndexOf(label, figure.start);
  if (at < 0 || at <= a) return false;
  return !WORD_BOUNDARY.test(text[at - 1]) && /\p{Script=Han}/u.test(text[at - 1]);
}

/** What the number is; '' when nothing in the text says more than the number itself. */
export function figureLabel(figure: Figure, context: LabelContext): string {
  const { text } = context;
  const inText = text.slice(figure.start, figure.end) === figure.text;
  if (inText) {
    const table = tableLabel(figure, text);
    if (table) return table;
  }
  const label = figure.label?.trim() ?? '';
  const generic = !label || GENERIC_LABEL.test(label);
  if (!inText) return generic ? '' : label;
  const { subject, change } = clauseSubject(figure, text);
  // The engine's label ran into the verb (总产预 from 总产预计突破): the clause's subject is the whole word.
  if (!generic && subject.length >= 2 && label.startsWith(subject) && label !== subject) return subject;
  if (!generic && !isCut(label, figure, text)) return stripSubject(label).subject || label;
  if (figure.kind === 'percent' && change) {
    const owner = subject.length >= 2 ? subject : previousSubject(figure, text);
    const word = change === 'down' ? '降幅' : '增速';
    return owner ? `${owner}${word}` : change === 'down' ? '下降' : '增长';
  }
  return subject.length >= 2 ? subject : label;
}

/** The clause around a figure without the figure itself, shortened: what a date row says happened then. */
export function clauseSnippet(figure: Pick<Figure, 'start' | 'end'>, text: string, max = 18): string {
  const [a, b] = clauseBounds(text, figure.start, figure.end);
  const before = text.slice(a, figure.start).trim();
  const after = text
    .slice(figure.end, b)
    .replace(/^(?:以来|起|前|后|，)/u, '')
    .trim();
  let rest = `${before}${before && after ? '…' : ''}${after}`;
  if (!rest && b < text.length && /[，,：:]/u.test(text[b])) {
    const [, next] = clauseBounds(text, b + 1, b + 1);
    rest = text.slice(b + 1, next).trim();
  }
  return rest.length > max ? `${rest.slice(0, max)}…` : rest;
}

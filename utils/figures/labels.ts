/**
 * Stage 5: the label — what a figure measures. Two candidates, both short and bounded:
 * - before the number, the tail of its clause (共签约项目52个 -> 签约项目, 意向投资额超过300亿元 -> 意向投资额,
 *   计划总投资88.85亿元 -> 计划总投资), cut after clause words (共, 其中, 合作, 在 ...), stripped of
 *   adverbs and scope words (先后, 同比, 全市 ...) and of trailing verbs of being (达到, 为, 有 ...);
 * - after it, the noun the number qualifies (百余名企业家 -> 企业家, 176平方公里的土地 -> 土地,
 *   12大类58小项技能培训 -> 技能培训).
 * A count with a noun right after its measure word takes that noun; other figures take the phrase before
 * and the noun after 的 only when there is none. When unsure — a candidate that does not end like a noun,
 * or is too long — no label.
 */
import { readNumeral } from './numerals';
import { matchUnit } from './units';

// A label never crosses punctuation, quotes or digits.
const STOP = new Set([...'，。；：、,.;:！？!?（）()“”"\'‘’【】《》〈〉—…·\n\r\t 　0123456789０１２３４５６７８９%％']);
const WINDOW = 24;
const MAX_BEFORE = 10;
const MAX_AFTER = 6;

// Clause words: the label is what follows the last of them (大厂共签约项目 -> 签约项目).
const CUT_AFTER = [
  '其中',
  '累计',
  '合计',
  '总计',
  '共计',
  '总共',
  '共有',
  '共',
  '合作',
  '是',
  '同比',
  '环比',
  '同期',
  '比上年',
  '比去年',
  '较上年',
  '较去年',
  '在',
  '于',
  '从',
  '自',
  '对',
  '向',
  '把',
  '被',
  '让',
  '使',
  '给',
  '目前',
  '截至',
  '截止',
  '范围内',
  '期间',
  '以来',
  '当中',
  '造成',
  '导致',
  '实现',
  '完成',
  '惠及',
  '涉及',
  '覆盖',
  '带动',
  '吸引',
  '吸纳',
  '拉动',
  '建成',
];
// A cut word that is part of a longer word here does not cut: 公共, 在建, 对接.
const NO_CUT_BEFORE: Record<string, string> = {
  在: '建校岗职读册线库',
  对: '接外口象比手',
  是: '否',
  自: '来行治然主动营筹身有',
  使: '用命者馆',
  给: '水',
  从: '业事',
};
const NO_CUT_AFTER: Record<string, string> = { 共: '公', 给: '供补', 使: '大', 向: '方导意志倾动走', 让: '转出退' };
const NOUN_AFTER_VERB = '率额量值数';
const LEAD = [
  '进一步',
  '深入',
  '积极',
  '先后',
  '同时',
  '已经',
  '已',
  '将',
  '还',
  '也',
  '都',
  '并',
  '均',
  '再',
  '又',
  '仅',
  '就',
  '现已',
  '全市',
  '全县',
  '全省',
  '全区',
  '全国',
  '全镇',
  '全乡',
  '全村',
  '全年',
  '共',
  '达到',
];
const TRAIL = [
  '达到',
  '高达',
  '多达',
  '已达',
  '达',
  '为',
  '是',
  '有',
  '了',
  '约',
  '计',
  '在',
  '的',
  '到',
  '至',
  '近',
  '超',
  '逾',
  '仅',
  '只',
  '共',
  '全年',
  '已',
  '将',
  '分别',
  '均',
  '都',
  '也',
  '总计',
  '共计',
  '合计',
  '累计',
  '共有',
  '已有',
  '已经',
  '还有',
];
// A label ends like a noun (or a measured verb: 增长, 投资), never like these.
const BAD_END = new Set([
  ...'和与及或等了着过的得在于对向从把被将已也都还又并均再就才内外中里上下期后前时之其各每该此这那近约超逾达为是有共先',
]);
const ADVERBS = new Set([
  '先后',
  '为期',
  '历时',
  '用时',
  '耗时',
  '同比',
  '环比',
  '分别',
  '一共',
  '总共',
  '大约',
  '相继',
  '陆续',
]);

// After the number: function characters and common verbs end the noun (百余名企业家深入 -> 企业家).
const AFTER_STOP = new Set([...'的了着过在于和与及或等是为被把将已到赴从向对上下内里以共均都也还又并就才再不']);
const AFTER_VERBS = [
  '参加',
  '参与',
  '参观',
  '参展',
  '深入',
  '观看',
  '集中',
  '开工',
  '开展',
  '签约',
  '签订',
  '落户',
  '落地',
  '完成',
  '实现',
  '进入',
  '进驻',
  '入驻',
  '走访',
  '前往',
  '来到',
  '提供',
  '增加',
  '增长',
  '减少',
  '获得',
  '获批',
  '达到',
  '受益',
  '受到',
  '脱贫',
  '累计',
  '建设',
  '建成',
  '投资',
  '投产',
  '报名',
  '带动',
  '共同',
  '正在',
  '分别',
  '全部',
  '通过',
  '纳入',
  '列入',
  '成功',
  '顺利',
  '前来',
  '获奖',
  '到场',
  '出席',
  '现场',
  '一起',
  '积极',
  '纷纷',
  '踊跃',
  '主动',
  '陆续',
  '相继',
  '先后',
  '已经',
  '得到',
  '享受',
];
const AFTER_VERB_SET = new Set(AFTER_VERBS);
// Measure words of actions, or that are the noun themselves: 16次带队, 100人参加 — no noun after them.
const VERBAL_MEASURES = new Set([
  '次',
  '人次',
  '人',
  '遍',
  '回',
  '趟',
  '轮',
  '届',
  '家次',
  '车次',
  '架次',
  '辆次',
  '户次',
  '班次',
]);

function rightmostCut(seg: string): number {
  let cut = 0;
  for (const w of CUT_AFTER) {
    let i = seg.lastIndexOf(w);
    while (i >= 0) {
      const e = i + w.length;
      const before = NO_CUT_BEFORE[w],
        after = NO_CUT_AFTER[w];
      const blocked =
        (before && e < seg.length && before.includes(seg[e])) ||
        (after && i > 0 && after.includes(seg[i - 1])) ||
        (e < seg.length && NOUN_AFTER_VERB.includes(seg[e])); // 覆盖率, 完成额: a noun, not a clause break
      if (!blocked) {
        if (e > cut) cut = e;
        break;
      }
      i = i > 0 ? seg.lastIndexOf(w, i - 1) : -1;
    }
  }
  return cut;
}

// A long phrase keeps only what follows these (规模以上工业增加值 -> 工业增加值).
const LONG_CUT = ['的', '以上', '以下', '之'];

function tidyLabel(seg: string): string | undefined {
  if (seg.length > MAX_BEFORE) {
    let cut = 0;
    for (const w of LONG_CUT) {
      const i = seg.lastIndexOf(w);
      if (i >= 0 && i + w.length > cut) cut = i + w.length;
    }
    seg = seg.slice(cut);
  }
  // 5G基站: the letters belong to a code whose digits a previous figure took.
  let a = 0;
  while (a < seg.length && /[A-Za-z]/.test(seg[a])) a++;
  if (a > 0 && a < seg.length) seg = seg.slice(a);
  let changed = true;
  while (changed && seg) {
    changed = false;
    for (const w of TRAIL)
      if (seg.endsWith(w) && seg.length > w.length) {
        seg = seg.slice(0, -w.length);
        changed = true;
      }
    for (const w of LEAD)
      if (seg.startsWith(w) && seg.length > w.length + 1) {
        seg = seg.slice(w.length);
        changed = true;
      }
  }
  if (seg.length < 2 || seg.length > MAX_BEFORE || ADVERBS.has(seg) || BAD_END.has(seg[seg.length - 1]))
    return undefined;
  return seg;
}

/** The label from the phrase before a figure starting at `start`; `floor` is where the previous figure ended. */
export function findLabel(text: string, start: number, floor: number): string | undefined {
  let b = start;
  while (b > floor && start - b < WINDOW && !STOP.has(text[b - 1])) b--;
  if (b === start) return undefined;
  const seg = text.slice(b, start);
  return tidyLabel(seg.slice(rightmostCut(seg)));
}

/** The noun right after `end` (after 的, and after further numbers with measure words: 12大类58小项技能培训). */
export function nounAfter(text: string, end: number): string | undefined {
  let p = end;
  if (text[p] === '的') p++;
  for (let k = 0; k < 3; k++) {
    const n = readNumeral(text, p);
    if (!n || n.start !== p) break;
    let q = n.end;
    if (text[q] === '余' || text[q] === '多') q++;
    const u = matchUnit(text, q);
    if (!u?.measure) return undefined;
    p = q + u.word.length;
  }
  let q = p;
  while (q < text.length && q - p <= MAX_AFTER) {
    const ch = text[q];
    if (STOP.has(ch) || AFTER_STOP.has(ch)) break;
    if (AFTER_VERB_SET.has(text.slice(q, q + 2))) break;
    q++;
  }
  if (q - p < 2 || q - p > MAX_AFTER) return undefined;
  return text.slice(p, q);
}

export interface LabelTarget {
  /** Start of the figure, before any qualifier word (约, 超过). */
  start: number;
  end: number;
  kind: string;
  measure?: string;
}

/** The label of a figure, or undefined; `floor` is where the previous figure ended. */
export function labelOf(text: string, f: LabelTarget, floor: number): string | undefined {
  const attributive = text[f.end] === '的';
  if (f.kind === 'count' && f.measure && !VERBAL_MEASURES.has(f.measure)) {
    const after = nounAfter(text, f.end);
    if (after) return after;
  }
  const before = findLabel(text, f.start, floor);
  if (before || !attributive || f.kind === 'duration' || f.kind === 'date') return before;
  return nounAfter(text, f.end);
}

/**
 * Stage 2: the unit or measure word written after a numeral (万元, 平方公里, 人次, 个百分点, 倍 ...),
 * looked up in a precompiled longest-match table keyed by first character.
 */
import type { FigureKind } from '../types';

export interface UnitDef {
  word: string;
  /** Normalised unit ('' for measure words). */
  unit: string;
  kind: FigureKind;
  /** Multiplies the numeral: 成 -> 10 (三成 = 30%). */
  factor?: number;
  /** A count's measure word, kept as written. */
  measure?: boolean;
}

const MONEY: [string, string][] = [
  ['元人民币', 'CNY'],
  ['元', 'CNY'],
  ['块钱', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美圆', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['英镑', 'GBP'],
  ['韩元', 'KRW'],
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['卢布', 'RUB'],
  ['瑞士法郎', 'CHF'],
  ['新加坡元', 'SGD'],
  ['泰铢', 'THB'],
  ['卢比', 'INR'],
  ['奈拉', 'NGN'],
];
const PHYSICAL: [string, string, FigureKind][] = [
  ['平方公里', 'km2', 'area'],
  ['平方千米', 'km2', 'area'],
  ['km²', 'km2', 'area'],
  ['km2', 'km2', 'area'],
  ['平方米', 'm2', 'area'],
  ['平米', 'm2', 'area'],
  ['㎡', 'm2', 'area'],
  ['m²', 'm2', 'area'],
  ['m2', 'm2', 'area'],
  ['亩', 'mu', 'area'],
  ['公顷', 'hectare', 'area'],
  ['平方英尺', 'sqft', 'area'],
  ['公里', 'km', 'length'],
  ['千米', 'km', 'length'],
  ['km', 'km', 'length'],
  ['厘米', 'cm', 'length'],
  ['公分', 'cm', 'length'],
  ['cm', 'cm', 'length'],
  ['毫米', 'mm', 'length'],
  ['mm', 'mm', 'length'],
  ['米', 'm', 'length'],
  ['m', 'm', 'length'],
  ['英里', 'mi', 'length'],
  ['英尺', 'ft', 'length'],
  ['海里', 'nmi', 'length'],
  ['吨', 't', 'weight'],
  ['公斤', 'kg', 'weight'],
  ['千克', 'kg', 'weight'],
  ['kg', 'kg', 'weight'],
  ['毫克', 'mg', 'weight'],
  ['微克', 'µg', 'weight'],
  ['克', 'g', 'weight'],
  ['斤', 'jin', 'weight'],
  ['立方米', 'm3', 'volume'],
  ['m³', 'm3', 'volume'],
  ['升', 'L', 'volume'],
  ['毫升', 'mL', 'volume'],
  // Rates and concentrations, before their first part (公里 alone is a length).
  ['公里/小时', 'km/h', 'speed'],
  ['公里每小时', 'km/h', 'speed'],
  ['千米/小时', 'km/h', 'speed'],
  ['千米每小时', 'km/h', 'speed'],
  ['km/h', 'km/h', 'speed'],
  ['米/秒', 'm/s', 'speed'],
  ['米每秒', 'm/s', 'speed'],
  ['立方米/秒', 'm3/s', 'other'],
  ['微克/立方米', 'µg/m3', 'other'],
  ['微克每立方米', 'µg/m3', 'other'],
  ['μg/m³', 'µg/m3', 'other'],
  ['μg/m3', 'µg/m3', 'other'],
  ['毫克/立方米', 'mg/m3', 'other'],
  ['毫克/升', 'mg/L', 'other'],
  ['元/吨', 'CNY/t', 'money'],
  ['元/斤', 'CNY/jin', 'money'],
  ['元/公斤', 'CNY/kg', 'money'],
  ['元/平方米', 'CNY/m2', 'money'],
  ['元/亩', 'CNY/mu', 'money'],
  ['元/人', 'CNY/person', 'money'],
  ['千瓦时', 'kWh', 'energy'],
  ['度电', 'kWh', 'energy'],
  ['kWh', 'kWh', 'energy'],
  ['兆瓦时', 'MWh', 'energy'],
  ['吉瓦时', 'GWh', 'energy'],
  ['太瓦时', 'TWh', 'energy'],
  ['千瓦', 'kW', 'other'],
  ['兆瓦', 'MW', 'other'],
  ['吉瓦', 'GW', 'other'],
  ['摄氏度', '°C', 'temperature'],
  ['℃', '°C', 'temperature'],
  ['°C', '°C', 'temperature'],
  ['华氏度', '°F', 'temperature'],
  ['℉', '°F', 'temperature'],
  ['°F', '°F', 'temperature'],
  ['个百分点', 'pp', 'percent'],
  ['百分点', 'pp', 'percent'],
  ['%', '%', 'percent'],
  ['％', '%', 'percent'],
  ['‰', '‰', 'percent'],
  ['倍', 'times', 'ratio'],
  ['个工作日', 'day', 'duration'],
  ['个交易日', 'day', 'duration'],
  ['个小时', 'hour', 'duration'],
  ['小时', 'hour', 'duration'],
  ['钟头', 'hour', 'duration'],
  ['个月', 'month', 'duration'],
  ['个星期', 'week', 'duration'],
  ['星期', 'week', 'duration'],
  ['个季度', 'quarter', 'duration'],
  ['分钟', 'minute', 'duration'],
  ['秒钟', 'second', 'duration'],
  ['秒', 'second', 'duration'],
  ['天', 'day', 'duration'],
  ['周', 'week', 'duration'],
  ['年', 'year', 'duration'],
  ['周岁', 'year', 'age'],
  ['岁', 'year', 'age'],
  ['周年', 'year', 'age'],
  ['个月大', 'month', 'age'],
  ['周大', 'week', 'age'],
  ['天大', 'day', 'age'],
];
// Count measure words, longest first where they share a first character (人次 before 人).
const MEASURES = (
  '个 家 项 次 人次 人 名 位 期 场 所 座 套 辆 条 户 批 大类 小类 小项 类 种 只 头 件 台 架 艘 处 栋 幢 间 张 本 册 份 ' +
  '篇 部 款 枚 颗 株 棵 匹 支 根 块 片 层 届 轮 组 队 对 双 起 宗 笔 例 班 趟 遍 回 盏 扇 门 家次 车次 架次 辆次 户次 ' +
  '班次 场次 人天 村 箱 袋 瓶 包 单 字 页 集 首 幅 列 眼 顶 剂 具 段 ' +
  // Ports, aviation, farming and industry, sports (issue 8): 58.7万标箱, 100万TEU, 3000余台套, 1260批次, 11胜4负.
  '标箱 自然箱 TEU 艘次 台套 批次 车 球 局 胜 负 航次 架 班'
).split(' ');
// A measure word that starts another word when these follow: 8车道, 3车间, 公安局长, 胜利, 负责.
const MEASURE_NOT_NEXT: Record<string, string> = {
  车: '道间厢位型站库辆次',
  局: '长面势部',
  胜: '利任出地',
  负: '责担债面',
  球: '场队员迷衣门拍',
};

const PERCENT_CHENG: UnitDef = { word: '成', unit: '%', kind: 'percent', factor: 10 };
// Plain 度 is a temperature only when the sentence talks about temperature (度 alone is also 一度 "once").
export const DEGREE: UnitDef = { word: '度', unit: '°C', kind: 'temperature' };

function buildTable(): Map<string, UnitDef[]> {
  const defs: UnitDef[] = [PERCENT_CHENG];
  for (const [word, unit] of MONEY) defs.push({ word, unit, kind: 'money' });
  for (const [word, unit, kind] of PHYSICAL) defs.push({ word, unit, kind });
  for (const word of new Set(MEASURES)) defs.push({ word, unit: '', kind: 'count', measure: true });
  const table = new Map<string, UnitDef[]>();
  for (const d of defs) {
    const key = d.word[0].toLowerCase();
    const list = table.get(key) ?? [];
    list.push(d);
    table.set(key, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.word.length - a.word.length);
  return table;
}
const TABLE = buildTable();

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Longest unit word at q, or null. ASCII units need a word boundary after them (250m, not 5mg-x). */
export function matchUnit(text: string, q: number): UnitDef | null {
  const ch = text[q];
  if (ch === undefined) return null;
  const list = TABLE.get(ch.toLowerCase());
  if (!list) return null;
  for (const d of list) {
    const w = d.word;
    const got = text.slice(q, q + w.length);
    if (got !== w && got.toLowerCase() !== w.toLowerCase()) continue;
    if (isAsciiLetter(w.charCodeAt(w.length - 1)) && isAsciiLetter(text.charCodeAt(q + w.length))) continue;
    if (d.measure && MEASURE_NOT_NEXT[w]?.includes(text[q + w.length] ?? '\0')) continue;
    return d;
  }
  return null;
}

const MONTHS = matchUnit('个月', 0);

export interface Attached {
  /** End of the figure so far (after unit, 余/多, 半, 角/分). */
  end: number;
  def: UnitDef | null;
  /** 余/多/来 between numeral and unit (50余家, 一百多). */
  moreThan?: boolean;
  /** 半 added after the unit (一吨半, 三年半): +0.5 of the unit. */
  half?: boolean;
  /** Money tail: 角/分 (50元6角三分), in yuan. */
  cents?: number;
}

/** The unit after a numeral ending at `end`: optional space, 余/多, unit or measure word, 半, 角/分. */
export function attachUnit(
  text: string,
  end: number,
  readSmall?: (p: number) => { end: number; value: number } | null,
): Attached {
  let q = end;
  if ((text[q] === ' ' || text[q] === '\u3000') && text[q + 1] !== ' ') q++;
  let moreThan = false;
  if (text[q] === '余' || text[q] === '多' || text[q] === '来') {
    moreThan = true;
    q++;
  }
  let def: UnitDef | null = null;
  // 3个多月, 1个半小时: measure 个 + 多/半 + duration unit.
  let half = false;
  if (text[q] === '个' && (text[q + 1] === '多' || text[q + 1] === '半')) {
    const inner = text[q + 2] === '月' ? MONTHS : matchUnit(text, q + 2);
    if (inner && inner.kind === 'duration') {
      if (text[q + 1] === '多') moreThan = true;
      else half = true;
      def = inner;
      q += 2 + (inner === MONTHS ? 1 : inner.word.length);
    }
  }
  if (!def) {
    def = matchUnit(text, q);
    if (def) q += def.word.length;
  }
  if (!def) {
    if (q > end && (text[end] === '余' || text[end] === '多' || text[end] === '来'))
      return { end: end + 1, def: null, moreThan: true };
    return { end, def: null };
  }
  if (text[q] === '半' && !half) {
    half = true;
    q++;
  }
  const out: Attached = { end: q, def };
  if (moreThan) out.moreThan = true;
  if (half) out.half = true;
  if (def.kind === 'money' && def.word === '元' && readSmall) {
    let cents = 0;
    // 50元6角三分, 五元三毛 (毛 is the spoken 角).
    for (const [marks, scale] of [
      ['角毛', 0.1],
      ['分', 0.01],
    ] as const) {
      const n = readSmall(q);
      if (!n || !marks.includes(text[n.end] ?? '\0')) break;
      cents += n.value * scale;
      q = n.end + 1;
    }
    if (cents) {
      out.cents = cents;
      out.end = q;
    }
  } else if (def.unit === 'USD' && readSmall) {
    // 两美元又三美分, 5美元20美分.
    const p = text[q] === '又' || text[q] === '零' ? q + 1 : q;
    const n = readSmall(p);
    if (n && text.startsWith('美分', n.end) && n.value < 100) {
      out.cents = n.value * 0.01;
      out.end = n.end + 2;
    }
  }
  return out;
}

/** Money written before the numeral: 人民币 50元, ￥30, $5. Returns the start and currency, or null. */
export function moneyPrefix(text: string, start: number): { start: number; unit: string } | null {
  let p = start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u3000')) p--;
  // 4人民币 5美元: a 人民币 right after a number is that number's unit, not this one's prefix.
  if (text.slice(p - 3, p) === '人民币' && !/[0-9０-９]/.test(text[p - 4] ?? '')) return { start: p - 3, unit: 'CNY' };
  const c = text[start - 1];
  if (c === '￥' || c === '¥') return { start: start - 1, unit: 'CNY' };
  if (c === '$') return { start: start - 1, unit: 'USD' };
  if (c === '€') return { start: start - 1, unit: 'EUR' };
  return null;
}

const KUAI: UnitDef = { word: '块', unit: 'CNY', kind: 'money' };
const SPOKEN_CNY: UnitDef = { word: '', unit: 'CNY', kind: 'money' };
const CLAUSE_END = '，。；：！？、”」）),.;:!?\n';
// Words of price and paying that make a clause-final 块 the spoken 元 (票价120块): 块 alone also counts boards (展板12块).
const MONEY_CUE = /[价钱花掏挣赚卖买补费赔付省贵]/;
// A bare amount right after a spending or earning verb is in yuan: 一次住院花了两万一千六。
const MONEY_VERBS = new Set(['花了', '掏了', '挣了', '赚了', '花费', '付了', '赔了', '省了']);

/**
 * Money as people say it: 五千多块 / 票价120块 (块 at a clause end: a spoken number, or a price word in the clause)
 * and 花了两万一千六 (a bare spoken number after 花了/掏了/挣了 …, at a clause end). `end` is after the unit (or the
 * numeral when there is none); returns the money unit, or null.
 */
export function spokenMoney(
  text: string,
  start: number,
  end: number,
  def: UnitDef | null,
  spoken: boolean,
): UnitDef | null {
  if (end < text.length && !CLAUSE_END.includes(text[end])) return null;
  if (def?.word === '块' && def.measure) {
    if (spoken) return KUAI;
    let s = start;
    while (s > 0 && start - s < 10 && !CLAUSE_END.includes(text[s - 1])) s--;
    return MONEY_CUE.test(text.slice(s, start)) ? KUAI : null;
  }
  if (!def && spoken && MONEY_VERBS.has(text.slice(start - 2, start))) return SPOKEN_CNY;
  return null;
}

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

import { MEASURE_NOT_NEXT, MEASURES, MONEY, PHYSICAL } from './unitTable';

const PERCENT_CHENG: UnitDef = { word: '成', unit: '%', kind: 'percent', factor: 10 };
// Plain 度 is a temperature only when the sentence talks about temperature (度 alone is also 一度 "once").
export const DEGREE: UnitDef = { word: '度', unit: '°C', kind: 'temperature' };

/** A unit word in the table, with its lower case (ASCII units match in any case: 250M, 5KM). */
interface Entry {
  def: UnitDef;
  lower: string;
}

function buildTable(): Map<string, Entry[]> {
  const defs: UnitDef[] = [PERCENT_CHENG];
  for (const [word, unit] of MONEY) defs.push({ word, unit, kind: 'money' });
  for (const [word, unit, kind] of PHYSICAL) defs.push({ word, unit, kind });
  for (const word of new Set(MEASURES)) defs.push({ word, unit: '', kind: 'count', measure: true });
  const table = new Map<string, Entry[]>();
  for (const def of defs) {
    const key = def.word[0].toLowerCase();
    const list = table.get(key) ?? [];
    list.push({ def, lower: def.word.toLowerCase() });
    table.set(key, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.def.word.length - a.def.word.length);
  return table;
}
const TABLE = buildTable();

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** s is all CJK ideographs (U+4E00–U+9FFF): no case, so it is its own lower case (no call into the case tables). */
function isIdeographs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}
const lowerCase = (s: string): string => (isIdeographs(s) ? s : s.toLowerCase());

/** Longest unit word at q, or null. ASCII units need a word boundary after them (250m, not 5mg-x). */
export function matchUnit(text: string, q: number): UnitDef | null {
  const ch = text[q];
  if (ch === undefined) return null;
  const list = TABLE.get(lowerCase(ch));
  if (!list) return null;
  for (const { def: d, lower } of list) {
    const w = d.word;
    const got = text.slice(q, q + w.length);
    if (got !== w && lowerCase(got) !== lower) continue;
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

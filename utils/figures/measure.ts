/**
 * Stage 2 (with units.ts): a numeral with what is written around it — its unit or measure word, 余/多, 半,
 * 角分, 零下/华氏温度/人民币 before it, and the units only context decides (contextUnit in context.ts).
 */
import type { Numeral } from './stageTypes';
import { readNumeral } from './numerals';
import { attachUnit, DEGREE, moneyPrefix, spokenMoney, type UnitDef } from './units';
import { contextUnit, hundredths, speedBefore } from './context';

const TEMPERATURE_CONTEXT = /温|零下|华氏|摄氏/;
// A digit after 成 is its tenth (九成五): only when the sentence goes on with no word after it.
const CN_TENTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function readSmall(text: string): (p: number) => { end: number; value: number } | null {
  return (p) => {
    const m = readNumeral(text, p);
    return m ? { end: m.end, value: m.value } : null;
  };
}

export interface Measured {
  start: number;
  end: number;
  value: number;
  def: UnitDef | null;
  moreThan: boolean;
}

/** A numeral with what follows it: unit, 余/多, 半, 角分; 零下/华氏温度/人民币 before it. */
export function measure(text: string, n: Numeral, small: ReturnType<typeof readSmall>): Measured {
  if (n.per) return { start: n.start, end: n.end, value: (n.value * 100) / n.per, def: PER_DEF, moreThan: !!n.approx };
  const att = attachUnit(text, n.end, small);
  let def = att.def;
  let start = n.start;
  let end = att.end;
  let value = n.value;
  if (!def && text[end] === '度' && text[end + 1] !== '电') {
    const context = text.slice(Math.max(0, start - 12), start);
    if (TEMPERATURE_CONTEXT.test(context)) {
      def = DEGREE;
      end++;
      if (context.endsWith('华氏温度')) {
        def = { ...DEGREE, unit: '°F' };
        start -= 4;
      }
    }
  }
  if (!def) {
    const c = contextUnit(text, n.start, end); // 风力6级, 2.36亿度, 砍下31分 (context.ts)
    if (c) ({ def, end } = c);
  }
  def = speedBefore(text, start, def) ?? def; // 时速350公里
  const race = hundredths(text, end, def); // 39秒21
  if (race) {
    value += race.add;
    end = race.end;
  }
  if (def?.kind === 'temperature' && text.slice(start - 2, start) === '零下') {
    start -= 2;
    value = -value;
  }
  if (!def && n.fraction && isShare(text, start, end, value))
    def = FRACTION; // 约占三分之一 -> 33.3 %
  else if (!def && text[end] === '半' && text.slice(n.start, end) === '一' && text[n.start - 1] !== '另') {
    def = HALF;
    end++;
  } // 近一半
  if (!def || def.word === '块') def = spokenMoney(text, start, end, def, n.chinese && !n.arabic) ?? def;
  if (!def || def.kind === 'money') {
    const mp = moneyPrefix(text, start);
    if (mp && (def ? def.unit === mp.unit : !n.chinese)) {
      start = mp.start;
      if (!def) def = { word: '', unit: mp.unit, kind: 'money' };
    }
  }
  const tenth = def?.word === '成' ? CN_TENTH[text[end]] : undefined;
  if (tenth !== undefined && !/[\u4e00-\u9fff]/.test(text[end + 1] ?? '') && n.end - n.start === 1) {
    value += tenth / 10; // 九成五 = 95 %, 一成半 = 15 %
    end++;
  }
  if (def) {
    value *= def.factor ?? 1;
    if (att.half) value += 0.5 * (def.factor ?? 1);
    if (att.cents) value += att.cents;
  }
  return { start, end, value: tidy(value), def, moreThan: !!att.moreThan || !!n.approx };
}
const PER_DEF: UnitDef = { word: '%', unit: '%', kind: 'percent' };
const FRACTION: UnitDef = { word: '', unit: '%', kind: 'percent', factor: 100 };
const HALF: UnitDef = { word: '半', unit: '%', kind: 'percent', factor: 50 };
// A fraction read as a share of a whole (约占三分之一, 去年的三分之二左右, 三分之一以上的村), not a number alone (四分之一).
const SHARE_BEFORE = '占的为是约近超逾达过有足到及';
const SHARE_AFTER = /^(?:的|左右|以上|以下|以内|多|强|弱)/;
const isShare = (text: string, start: number, end: number, v: number): boolean =>
  v > 0 && v <= 1 && (SHARE_BEFORE.includes(text[start - 1] ?? '\0') || SHARE_AFTER.test(text.slice(end, end + 2)));
export const tidy = (v: number): number => (Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);

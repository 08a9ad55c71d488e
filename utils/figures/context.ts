/**
 * Stage 2b: units that only the words around a number decide (issue 8, items 6 and 12).
 *
 * | written                          | read as                      | cue                                     |
 * | -------------------------------- | ---------------------------- | --------------------------------------- |
 * | 风力6到7级, 阵风8级以上            | other, unit level            | 风 earlier in the clause                |
 * | 用电量2.36亿度, 140亿度绿电          | energy, kWh                  | 电/光伏 earlier in the clause, or 绿电   |
 * | 砍下31分, 积26分, 以452.6分        | count, measure 分 (points)   | a scoring word earlier in the clause    |
 * | 2小时26分, 10分36秒               | duration, minute             | 小时 right before, or 秒 right after     |
 * | 时速350公里                       | speed, km/h                  | 时速 right before the number            |
 * | 跑出39秒21                        | 39.21 second                 | two digits right after 秒, in a race    |
 * The cue is looked for back to the clause start, at most 16 characters: constant work per number.
 */
import type { UnitDef } from './units';

export const WIND_LEVEL: UnitDef = { word: '级', unit: 'level', kind: 'other' };
const ENERGY_DU: UnitDef = { word: '度', unit: 'kWh', kind: 'energy' };
const POINTS: UnitDef = { word: '分', unit: '', kind: 'count', measure: true };
const MINUTES: UnitDef = { word: '分', unit: 'minute', kind: 'duration' };
export const SPEED_KMH: UnitDef = { word: '公里', unit: 'km/h', kind: 'speed' };

const CLAUSE_STOP = '。；！？\n，,';
const WIND = /风/;
const POWER = /电|光伏|发电|风电/;
const SCORING = /得|砍|积|赛|成绩|总分|拿下|贡献|以|获|高分|均分/;
// 分 followed by these is another word: 分之 (fraction), 分钟, 分别, 分析, 3分球 …
const NOT_POINTS_NEXT = '之钟秒别析布配享类批期局行校会级段区队组球数线制厂支公院所站';

/** The clause before `start` (back to a clause stop, at most 16 characters). */
function clauseBefore(text: string, start: number): string {
  let s = start;
  while (s > 0 && start - s < 16 && !CLAUSE_STOP.includes(text[s - 1])) s--;
  return text.slice(s, start);
}

/** A unit decided by context at `end` (right after the numeral that starts at `start`), or null. */
export function contextUnit(text: string, start: number, end: number): { def: UnitDef; end: number } | null {
  const ch = text[end];
  if (ch === '级' && WIND.test(clauseBefore(text, start))) return { def: WIND_LEVEL, end: end + 1 };
  if (ch === '度' && text[end + 1] !== '电' && (POWER.test(clauseBefore(text, start)) || text[end + 2] === '电'))
    return { def: ENERGY_DU, end: end + 1 };
  if (ch === '分' && !NOT_POINTS_NEXT.includes(text[end + 1] ?? '\0')) {
    if (text.slice(start - 2, start) === '小时' || /^\d{1,2}秒/.test(text.slice(end + 1, end + 4)))
      return { def: MINUTES, end: end + 1 };
    if (text[start - 1] !== '时' && text[start - 1] !== '点' && SCORING.test(clauseBefore(text, start)))
      return { def: POINTS, end: end + 1 };
  }
  return null;
}

/** 时速350公里: a length in km right after 时速 is a speed. */
export function speedBefore(text: string, start: number, def: UnitDef | null): UnitDef | null {
  return def?.unit === 'km' && text.slice(start - 2, start) === '时速' ? SPEED_KMH : null;
}

/** 39秒21 (a race time): the hundredths after 秒, or null. */
export function hundredths(text: string, end: number, def: UnitDef | null): { add: number; end: number } | null {
  if (def?.unit !== 'second') return null;
  const m = /^(\d{2})(?![\d.])/.exec(text.slice(end, end + 3));
  if (!m) return null;
  return { add: Number(m[1]) / 100, end: end + 2 };
}

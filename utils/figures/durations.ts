/** Composite durations: 8天20小时, 一年又一个月21天, 三个月又20天 read as one figure. */
import type { Figure } from '../types';

const SECONDS: Record<string, number> = {
  year: 365 * 86400,
  quarter: 91 * 86400,
  month: 30 * 86400,
  week: 7 * 86400,
  day: 86400,
  hour: 3600,
  minute: 60,
  second: 1,
};
// Exact ratios where the calendar has them: 八年六个月 is 102 months, not 103.3.
const CALENDAR: Record<string, number> = { 'year/month': 12, 'year/quarter': 4, 'quarter/month': 3 };
const JOINERS = new Set(['', '又', '零', '余', '多']);

/** Merges runs of adjacent durations (in text order) whose units shrink; value in the smallest unit. */
export function mergeDurations(figs: Figure[], text: string): Figure[] {
  const out: Figure[] = [];
  for (const f of figs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'duration' &&
      f.kind === 'duration' &&
      prev.value !== null &&
      f.value !== null &&
      f.max === undefined &&
      f.start - prev.end <= 1 &&
      JOINERS.has(text.slice(prev.end, f.start)) &&
      SECONDS[prev.unit] > SECONDS[f.unit]
    ) {
      const scale = CALENDAR[`${prev.unit}/${f.unit}`] ?? SECONDS[prev.unit] / SECONDS[f.unit];
      const round = (v: number): number => Math.round(v * 1e6) / 1e6;
      const merged: Figure = { ...prev, text: text.slice(prev.start, f.end), end: f.end, unit: f.unit };
      if (prev.max === undefined) merged.value = round(prev.value * scale + f.value);
      else {
        merged.value = round(prev.value * scale);
        merged.max = round(prev.max * scale + f.value);
      } // 三年至八年六个月
      out[out.length - 1] = merged;
      continue;
    }
    out.push(f);
  }
  return out;
}

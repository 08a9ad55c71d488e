/** Composite durations: 8天20小时, 一年又一个月21天, 三个月又20天 read as one figure. */
import type { Figure } from '../types';

const SECONDS: Record<string, number> = {
  year: 365 * 86400, quarter: 91 * 86400, month: 30 * 86400, week: 7 * 86400, day: 86400, hour: 3600, minute: 60, second: 1,
};
const JOINERS = new Set(['', '又', '零', '余', '多']);

/** Merges runs of adjacent durations (in text order) whose units shrink; value in the smallest unit. */
export function mergeDurations(figs: Figure[], text: string): Figure[] {
  const out: Figure[] = [];
  for (const f of figs) {
    const prev = out[out.length - 1];
    if (
      prev && prev.kind === 'duration' && f.kind === 'duration' && prev.value !== null && f.value !== null &&
      prev.max === undefined && f.max === undefined && f.start - prev.end <= 1 &&
      JOINERS.has(text.slice(prev.end, f.start)) && SECONDS[prev.unit] > SECONDS[f.unit]
    ) {
      const value = (prev.value * SECONDS[prev.unit] + f.value * SECONDS[f.unit]) / SECONDS[f.unit];
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, f.end), end: f.end, unit: f.unit, value: Math.round(value * 1e6) / 1e6 };
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * How each Recognizers-Text spec file maps onto our figures: which gold entities count, which of our
 * figures answer them, and when two values are the same. Each file labels only its own type.
 */
import type { Figure } from '../../utils/types';

export interface Gold {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
  value: unknown;
  unit?: string;
}

export interface Pred {
  start: number;
  end: number;
  fig?: Figure;
  /** Numeral-stage prediction: only a value. */
  value?: number | null;
}

export interface SpecConfig {
  /** File name in the recognizers-text folder. */
  file: string;
  label: string;
  /** Gold entities of this type are scored; others are ignored (and predictions over them too). */
  goldType: (type: string) => boolean;
  predict: 'figures' | 'all' | 'numbers';
  keep: (f: Figure) => boolean;
  /** Same value? `null` compares spans only (extractors without values). */
  same: ((p: Pred, g: Gold) => boolean) | null;
}

const close = (a: number | null | undefined, b: number): boolean =>
  typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

const CURRENCY: Record<string, string> = {
  'Chinese yuan': 'CNY', 'United States dollar': 'USD', Euro: 'EUR', 'Hong Kong dollar': 'HKD', 'Japanese yen': 'JPY',
  'New Taiwan dollar': 'TWD', 'Swiss franc': 'CHF', 'British pound': 'GBP', 'Pound sterling': 'GBP', 'South Korean won': 'KRW',
};
const DIMENSION: Record<string, string> = {
  Mu: 'mu', Kilogram: 'kg', Centimeter: 'cm', Meter: 'm', Ton: 't', Jin: 'jin', Kilometer: 'km', Gram: 'g', Kilowatt: 'kW',
  Microgram: 'µg', 'Square kilometer': 'km2', 'Square meter': 'm2', Hectare: 'hectare', Millimeter: 'mm', Liter: 'L',
  'Cubic meter': 'm3', Milligram: 'mg', Mile: 'mi', Foot: 'ft',
};
const AGE: Record<string, string> = { Year: 'year', Month: 'month', Week: 'week', Day: 'day' };
const TEMPERATURE: Record<string, string> = { C: '°C', F: '°F', Degree: '°C' };
const PHYSICAL = new Set(['area', 'length', 'weight', 'volume']);

function unitValue(map: Record<string, string>) {
  return (p: Pred, g: Gold): boolean => {
    const f = p.fig!;
    if (g.value === null || g.value === undefined) return false;
    const unit = g.unit ? map[g.unit] : undefined;
    return close(f.value, Number(g.value)) && (unit === undefined || unit === f.unit);
  };
}

/** '[20,30)' / '(500,)' / '(,5]' -> [low, high]. */
function interval(s: string): [number | null, number | null] {
  const [lo, hi] = s.slice(1, -1).split(',');
  return [lo === '' ? null : Number(lo), hi === '' ? null : Number(hi)];
}
function figureInterval(f: Figure): [number | null, number | null] | null {
  if (f.value === null) return null;
  if (f.max !== undefined) return [f.value, f.max];
  if (f.qualifier === 'moreThan' || f.qualifier === 'atLeast') return [f.value, null];
  if (f.qualifier === 'atMost' || f.qualifier === 'lessThan') return [null, f.value];
  if (f.qualifier === 'exact') return [f.value, f.value];
  return null;
}

/** Gold '2016-01-10' / 'XXXX-01-19' / '(2016-01-01,2018-01-01,P2Y)' against our '2016/2018', '2017-01-19'. */
export function sameDate(ours: string | undefined, gold: unknown): boolean {
  if (!ours || typeof gold !== 'string') return false;
  const expand = (d: string): string => (/^\d{4}$/.test(d) ? `${d}-01-01` : d);
  const like = (a: string, b: string): boolean => a.length === b.length && [...a].every((c, i) => b[i] === 'X' || a[i] === 'X' || b[i] === c);
  if (gold.startsWith('(')) {
    const [gs, ge] = gold.slice(1, -1).split(',');
    const [os, oe] = ours.split('/');
    if (!oe) return false;
    return like(expand(os), gs) && like(expand(oe), ge);
  }
  return like(ours, gold);
}

const isDate = (f: Figure): boolean => f.kind === 'date';

export const SPECS: SpecConfig[] = [
  { file: 'NumberModel.json', label: 'Number (figures, all)', goldType: () => true, predict: 'all', keep: (f) => f.value !== null && f.kind !== 'date',
    same: (p, g) => close(p.fig!.value, Number(g.value)) || close(p.fig!.max, Number(g.value)) },
  { file: 'NumberModel.json', label: 'Number (numeral stage)', goldType: () => true, predict: 'numbers', keep: () => true,
    same: (p, g) => close(p.value, Number(g.value)) },
  { file: 'PercentModel.json', label: 'Percent', goldType: () => true, predict: 'figures', keep: (f) => f.kind === 'percent' && f.unit !== 'times',
    same: (p, g) => close(p.fig!.value, parseFloat(String(g.value))) },
  { file: 'CurrencyModel.json', label: 'Currency', goldType: () => true, predict: 'figures', keep: (f) => f.kind === 'money', same: unitValue(CURRENCY) },
  { file: 'DimensionModel.json', label: 'Dimension', goldType: () => true, predict: 'figures',
    keep: (f) => PHYSICAL.has(f.kind) || (f.kind === 'other' && f.unit !== ''), same: unitValue(DIMENSION) },
  { file: 'AgeModel.json', label: 'Age', goldType: () => true, predict: 'figures', keep: (f) => f.kind === 'age', same: unitValue(AGE) },
  { file: 'TemperatureModel.json', label: 'Temperature', goldType: () => true, predict: 'figures', keep: (f) => f.kind === 'temperature', same: unitValue(TEMPERATURE) },
  { file: 'NumberRangeModel.json', label: 'NumberRange', goldType: () => true, predict: 'all', keep: (f) => f.qualifier !== 'exact' && f.qualifier !== 'approx',
    same: (p, g) => {
      const ours = figureInterval(p.fig!);
      const [lo, hi] = interval(String(g.value));
      return !!ours && (lo === null ? ours[0] === null : close(ours[0], lo)) && (hi === null ? ours[1] === null : close(ours[1], hi));
    } },
  { file: 'DurationExtractor.json', label: 'Duration (span)', goldType: () => true, predict: 'all', keep: (f) => f.kind === 'duration', same: null },
  { file: 'DateExtractor.json', label: 'Date (span)', goldType: () => true, predict: 'all', keep: isDate, same: null },
  { file: 'DateParser.json', label: 'Date (value)', goldType: () => true, predict: 'all', keep: isDate, same: (p, g) => sameDate(p.fig!.date, g.value) },
  { file: 'DatePeriodExtractor.json', label: 'DatePeriod (span)', goldType: () => true, predict: 'all', keep: isDate, same: null },
  { file: 'DatePeriodParser.json', label: 'DatePeriod (value)', goldType: () => true, predict: 'all', keep: isDate, same: (p, g) => sameDate(p.fig!.date, g.value) },
  { file: 'DateTimeModel.json', label: 'DateTime: date+daterange (span)', goldType: (t) => t === 'datetimeV2.date' || t === 'datetimeV2.daterange',
    predict: 'all', keep: isDate, same: null },
];

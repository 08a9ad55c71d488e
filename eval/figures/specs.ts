/**
 * How each Recognizers-Text spec file maps onto our figures: which gold entities count, which of our
 * figures answer them, and when two values are the same. Each file labels only its own type.
 */
import type { Figure } from '../../utils/types';
import { figureInterval, type Interval } from '../../utils/figures/bounds';

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
  /** NumberRange: the figure's interval in Recognizers-Text notation. */
  interval?: string;
}

export interface SpecConfig {
  /** File name in the recognizers-text folder. */
  file: string;
  label: string;
  /** Gold entities of this type are scored; others are ignored (and predictions over them too). */
  goldType: (type: string) => boolean;
  predict: 'figures' | 'all' | 'numbers';
  keep: (f: Figure) => boolean;
  /** The prediction a kept figure makes when it is not its own span (NumberRange), or null for none. */
  map?: (text: string, f: Figure) => Pred | null;
  /** Same value? `null` compares spans only (extractors without values). */
  same: ((p: Pred, g: Gold) => boolean) | null;
}

const close = (a: number | null | undefined, b: number): boolean =>
  typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

const CURRENCY: Record<string, string> = {
  'Chinese yuan': 'CNY',
  'United States dollar': 'USD',
  Euro: 'EUR',
  'Hong Kong dollar': 'HKD',
  'Japanese yen': 'JPY',
  'New Taiwan dollar': 'TWD',
  'Swiss franc': 'CHF',
  'Nigerian naira': 'NGN',
  'British pound': 'GBP',
  'Pound sterling': 'GBP',
  'South Korean won': 'KRW',
};
const DIMENSION: Record<string, string> = {
  Mu: 'mu',
  Kilogram: 'kg',
  Centimeter: 'cm',
  Meter: 'm',
  Ton: 't',
  Jin: 'jin',
  Kilometer: 'km',
  Gram: 'g',
  Kilowatt: 'kW',
  Microgram: 'µg',
  'Square kilometer': 'km2',
  'Square meter': 'm2',
  Hectare: 'hectare',
  Millimeter: 'mm',
  Liter: 'L',
  'Cubic meter': 'm3',
  Milligram: 'mg',
  Mile: 'mi',
  Foot: 'ft',
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

/**
 * NumberRange: gold values are intervals, '[20,30)' / '(500,)' / '(,5]' / '[1535,1535]'. A figure stands for the
 * interval `figureInterval` reads (utils/figures/bounds.ts: value/max/qualifier for the ends, the words for open or
 * closed), which follows Chinese usage; Recognizers-Text writes some ends its own way, and the comparison takes
 * its conventions:
 *   - 以上/之上/以下/之下 exclude the number in RT ('五百以上' = (500,)); the statute (民法典 第1259条) and our
 *     reading include it (atLeast/atMost). The RT end is open.
 *   - A range written with a separator (一到五, 20-100, 20和30之间) is half-open in RT: '[20,30)'; ours includes
 *     both ends. The RT upper end is open.
 *   - Everything else agrees: 超过/大于/多/余/不到/小于 open; 至少/不少于/最多/不超过/大于等于/或者以上 closed;
 *     等于 v = [v,v]; a two-bound range (大于10小于20, 最多100最少20) takes each end from its word.
 * Spans: RT's span is the comparison with its words (超过了80, 至少是3, 位于20和30之间) and without a unit after the last
 * numeral (最多100最少20个 -> 最多100最少20); `figureInterval` gives that span, the figure's own span is not used.
 */
const RT_OPEN_LOW = new Set(['以上', '之上']);
const RT_OPEN_HIGH = new Set(['以下', '之下']);

function rtInterval(iv: Interval): string {
  const lowOpen = iv.lowOpen || RT_OPEN_LOW.has(iv.lowWord);
  const highOpen =
    iv.highOpen || RT_OPEN_HIGH.has(iv.highWord) || (iv.low !== null && iv.high !== null && iv.highWord === '');
  const num = (x: number | null): string => (x === null ? '' : String(x));
  const open = iv.low !== null && !lowOpen ? '[' : '(';
  const close = iv.high !== null && !highOpen ? ']' : ')';
  return `${open}${num(iv.low)},${num(iv.high)}${close}`;
}

/** '[20,30)' against '[20,30)', numbers compared as numbers. */
function sameInterval(ours: string, gold: string): boolean {
  if (ours[0] !== gold[0] || ours[ours.length - 1] !== gold[gold.length - 1]) return false;
  const a = ours.slice(1, -1).split(',');
  const b = gold.slice(1, -1).split(',');
  return (
    a.length === 2 &&
    b.length === 2 &&
    a.every((x, i) => (x === '' ? b[i] === '' : b[i] !== '' && close(Number(x), Number(b[i]))))
  );
}

/** Gold '2016-01-10' / 'XXXX-01-19' / '(2016-01-01,2018-01-01,P2Y)' against our '2016/2018', '2017-01-19'. */
export function sameDate(ours: string | undefined, gold: unknown): boolean {
  if (!ours || typeof gold !== 'string') return false;
  const expand = (d: string): string => (/^\d{4}$/.test(d) ? `${d}-01-01` : d);
  const like = (a: string, b: string): boolean =>
    a.length === b.length && [...a].every((c, i) => b[i] === 'X' || a[i] === 'X' || b[i] === c);
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
  {
    file: 'NumberModel.json',
    label: 'Number (figures, all)',
    goldType: () => true,
    predict: 'all',
    keep: (f) => f.value !== null && f.kind !== 'date',
    same: (p, g) => close(p.fig!.value, Number(g.value)) || close(p.fig!.max, Number(g.value)),
  },
  {
    file: 'NumberModel.json',
    label: 'Number (numeral stage)',
    goldType: () => true,
    predict: 'numbers',
    keep: () => true,
    same: (p, g) => close(p.value, Number(g.value)),
  },
  {
    file: 'PercentModel.json',
    label: 'Percent',
    goldType: () => true,
    predict: 'figures',
    keep: (f) => f.kind === 'percent' && f.unit !== 'times',
    same: (p, g) => close(p.fig!.value, parseFloat(String(g.value))),
  },
  {
    file: 'CurrencyModel.json',
    label: 'Currency',
    goldType: () => true,
    predict: 'figures',
    keep: (f) => f.kind === 'money',
    same: unitValue(CURRENCY),
  },
  {
    file: 'DimensionModel.json',
    label: 'Dimension',
    goldType: () => true,
    predict: 'figures',
    keep: (f) => PHYSICAL.has(f.kind) || (f.kind === 'other' && f.unit !== ''),
    same: unitValue(DIMENSION),
  },
  {
    file: 'AgeModel.json',
    label: 'Age',
    goldType: () => true,
    predict: 'figures',
    keep: (f) => f.kind === 'age',
    same: unitValue(AGE),
  },
  {
    file: 'TemperatureModel.json',
    label: 'Temperature',
    goldType: () => true,
    predict: 'figures',
    keep: (f) => f.kind === 'temperature',
    same: unitValue(TEMPERATURE),
  },
  {
    file: 'NumberRangeModel.json',
    label: 'NumberRange',
    goldType: () => true,
    predict: 'all',
    keep: () => true,
    map: (text, f) => {
      const iv = figureInterval(text, f);
      return iv && { start: iv.start, end: iv.end, fig: f, interval: rtInterval(iv) };
    },
    same: (p, g) => !!p.interval && sameInterval(p.interval, String(g.value)),
  },
  {
    file: 'DurationExtractor.json',
    label: 'Duration (span)',
    goldType: () => true,
    predict: 'all',
    keep: (f) => f.kind === 'duration',
    same: null,
  },
  { file: 'DateExtractor.json', label: 'Date (span)', goldType: () => true, predict: 'all', keep: isDate, same: null },
  {
    file: 'DateParser.json',
    label: 'Date (value)',
    goldType: () => true,
    predict: 'all',
    keep: isDate,
    same: (p, g) => sameDate(p.fig!.date, g.value),
  },
  {
    file: 'DatePeriodExtractor.json',
    label: 'DatePeriod (span)',
    goldType: () => true,
    predict: 'all',
    keep: isDate,
    same: null,
  },
  {
    file: 'DatePeriodParser.json',
    label: 'DatePeriod (value)',
    goldType: () => true,
    predict: 'all',
    keep: isDate,
    same: (p, g) => sameDate(p.fig!.date, g.value),
  },
  {
    file: 'DateTimeModel.json',
    label: 'DateTime: date+daterange (span)',
    goldType: (t) => t === 'datetimeV2.date' || t === 'datetimeV2.daterange',
    predict: 'all',
    keep: isDate,
    same: null,
  },
];

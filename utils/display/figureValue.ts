import type { Figure, Qualifier } from '../types';
import { formatIsoDate } from './dates';

/** How a normalised unit reads in Chinese after a number. */
const UNIT_NAMES: Record<string, string> = {
  CNY: '元',
  USD: '美元',
  EUR: '欧元',
  HKD: '港元',
  JPY: '日元',
  GBP: '英镑',
  TWD: '新台币',
  KRW: '韩元',
  km2: '平方公里',
  m2: '平方米',
  mu: '亩',
  hectare: '公顷',
  km: '公里',
  m: '米',
  cm: '厘米',
  mm: '毫米',
  t: '吨',
  kg: '公斤',
  g: '克',
  m3: '立方米',
  L: '升',
  '%': '%',
  pp: '个百分点',
  times: '倍',
  year: '年',
  month: '个月',
  week: '周',
  day: '天',
  hour: '小时',
  minute: '分钟',
  second: '秒',
  '°C': '℃',
  age: '岁',
  kWh: '千瓦时',
  MWh: '兆瓦时',
  GWh: '吉瓦时',
  'km/h': '公里/小时',
  'm/s': '米/秒',
  level: '级',
};

const QUALIFIER_PREFIX: Partial<Record<Qualifier, string>> = {
  approx: '约',
  moreThan: '超过',
  atLeast: '至少',
  atMost: '最多',
  lessThan: '不到',
};

const MONEY_UNITS = new Set(['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'KRW']);

/** 36000 -> "3.6万", 8885000000 -> "88.85亿": the way Chinese news writes large numbers. */
export function formatChineseMagnitude(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trimNumber(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trimNumber(value / 1e4)}万`;
  return trimNumber(value);
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

function unitName(unit: string): string {
  return UNIT_NAMES[unit] ?? unit;
}

/**
 * The one formatter of a figure's value, in named variants:
 * - `reader`: as a reader says it, “超过 300 亿元”, “3.6 万人次”, “3–5 年” (views);
 * - `normalised`: the normalised number with a sign for its qualifier, “约36000”, “3–5”, “≥100”; a date
 *   figure gives its resolved ISO date (exports: Markdown table, sortable columns);
 * - `asWritten`: in the article's own scale and words, 1.21万亿元, 逾210亿元, 百余名; a date as its period
 *   (2024年8月下旬（8月21日–31日）). Give the article's text so a qualifier written before the number is kept.
 */
export type FigureValueStyle = 'reader' | 'normalised' | 'asWritten';

export function formatFigureValue(figure: Figure, style: FigureValueStyle = 'reader', articleText?: string): string {
  if (style === 'normalised') return normalisedValue(figure);
  if (style === 'asWritten') return writtenValue(figure, articleText);
  return readerValue(figure);
}

/**
 * Qualifier words written before a number (the engine keeps them out of `text`), longest first.
 * Example: "投资逾210亿元" -> "逾" + "210亿元".
 */
const LEADING_QUALIFIER = /(?:不超过|将近|接近|大约|超过|突破|高达|多达|不到|不足|最多|至少|最高|最低|逾|超|约|近)$/u;

function writtenValue(figure: Figure, articleText?: string): string {
  if (figure.kind === 'date' && figure.date) return formatIsoDate(figure.date);
  let prefix = '';
  if (articleText && figure.qualifier !== 'exact' && articleText.slice(figure.start, figure.end) === figure.text) {
    const before = articleText.slice(Math.max(0, figure.start - 3), figure.start);
    prefix = LEADING_QUALIFIER.exec(before)?.[0] ?? '';
  }
  return `${prefix}${figure.text.replace(/\s+/g, '')}`;
}

/** Plain decimal, never exponent notation (8885000000, not 8.885e9). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // One formatter for every call: toLocaleString with options builds a new one each time (~30 µs, a third of a
  // second in an export of 1,000 articles' figure tables).
  plainNumbers ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return plainNumbers.format(value);
}
let plainNumbers: Intl.NumberFormat | undefined;

/** Normalised unit and the measure word as written, e.g. "CNY", "人次". */
export function formatFigureUnit(figure: Figure): string {
  return [...new Set([figure.unit, figure.measure].filter((part): part is string => !!part))].join(' ');
}

const QUALIFIER_SIGNS: Partial<Record<Qualifier, string>> = {
  approx: '约',
  moreThan: '>',
  atLeast: '≥',
  atMost: '≤',
  lessThan: '<',
};

function normalisedValue(figure: Figure): string {
  if (figure.kind === 'date' && figure.date) return figure.date;
  if (figure.value === null || figure.value === undefined) return '';
  const range =
    typeof figure.max === 'number'
      ? `${formatNumber(figure.value)}–${formatNumber(figure.max)}`
      : formatNumber(figure.value);
  return `${QUALIFIER_SIGNS[figure.qualifier] ?? ''}${range}`;
}

function readerValue(figure: Figure): string {
  if (figure.kind === 'date' && figure.date) return formatIsoDate(figure.date);
  if (figure.value == null || (figure.kind === 'ratio' && figure.unit === 'ratio')) return figure.text; // 105∶100
  const unit = figure.unit;
  let amount: string;
  let suffix: string;
  if (MONEY_UNITS.has(unit) || figure.kind === 'count' || (figure.kind === 'other' && !unit)) {
    amount = formatChineseMagnitude(figure.value);
    const upper = figure.max != null ? formatChineseMagnitude(figure.max) : null;
    if (upper) amount = `${amount}–${upper}`;
    suffix = MONEY_UNITS.has(unit) ? unitName(unit) : (figure.measure ?? unitName(unit));
  } else {
    amount = trimNumber(figure.value) + (figure.max != null ? `–${trimNumber(figure.max)}` : '');
    suffix = unit === '%' ? '%' : unitName(unit) || figure.measure || '';
  }
  const split = /^(.*?)([万亿])$/.exec(amount);
  const number = split ? `${split[1]} ${split[2]}` : amount;
  // 百余名 / 50多家 read better as written (“100 余名”) than as “超过 100 名”.
  const trailing =
    figure.qualifier === 'moreThan' && /[余多]/.test(figure.text) && !/超过|逾|突破|多于/.test(figure.text);
  const prefix = trailing ? undefined : QUALIFIER_PREFIX[figure.qualifier];
  const glue = trailing ? ' 余' : split ? '' : ' ';
  const body =
    suffix === '%'
      ? `${number}%${trailing ? ' 余' : ''}`
      : `${number}${suffix ? glue + suffix : trailing ? ' 余' : ''}`;
  return prefix ? `${prefix} ${body}` : body;
}

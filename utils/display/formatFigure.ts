import type { Article, Figure, Qualifier } from '../types';

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

/** "2019-01-26" -> "2019年1月26日"; periods read as written by the engine (2018-08, 2018/2020, 2024-Q1). */
export function formatIsoDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (day) return `${day[1]}年${Number(day[2])}月${Number(day[3])}日`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `${quarter[1]}年第${quarter[2]}季度`;
  const half = /^(\d{4})-H([12])$/.exec(date);
  if (half) return `${half[1]}年${half[2] === '1' ? '上' : '下'}半年`;
  const span = /^(\d{4})\/(\d{4})$/.exec(date);
  if (span) return `${span[1]}年至${span[2]}年`;
  if (/^\d{4}$/.test(date)) return `${date}年`;
  return date;
}

/** A figure's value as a reader says it: “超过 300 亿元”, “3.6 万人次”, “3–5 年”. */
export function formatFigureValue(figure: Figure): string {
  if (figure.kind === 'date' && figure.date) return formatIsoDate(figure.date);
  if (figure.value == null) return figure.text;
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

/** Discourse openers a citation doesn't need: 其中，… / 同时，… / 值得一提的是，… */
const LEADING_CONNECTIVE =
  /^(?:其中|同时|此外|另外|另悉|据了解|据悉|据介绍|值得一提的是|与此同时|目前|截至目前)[，,]\s*/u;

/** “据长城网2019年5月24日报道，大厂共签约项目19个，计划总投资88.85亿元。” */
export function figureCitation(
  article: Pick<Article, 'siteName' | 'source' | 'publishedAt'>,
  figure: Pick<Figure, 'sentence'>,
): string {
  const outlet = article.siteName || article.source || '';
  const date = article.publishedAt ? formatIsoDate(article.publishedAt.slice(0, 10)) : '';
  const sentence = figure.sentence
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(/[，,；;：:、\s]+$/u, '');
  const ended = /[。！？!?…”」』]$/u.test(sentence) ? sentence : `${sentence}。`;
  // Follow the page's own punctuation: many 长城网 pages use ASCII commas in Chinese text.
  const comma = /,/.test(sentence) && !/，/.test(sentence) ? ',' : '，';
  const lead = outlet || date ? `据${outlet}${date}报道${comma}` : '';
  return lead + ended;
}

/** "2019-05-24T11:34:00+08:00" -> "2019年5月24日 11:34", read as written (the page's own clock). */
export function formatPublishedAt(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] && !(m[4] === '00' && m[5] === '00') ? `${day} ${m[4]}:${m[5]}` : day;
}

/**
 * The shapes the figure stages hand each other: a numeral read from the text (numerals.ts), the article's date
 * (the anchor for relative dates) and a date found in the text (dates.ts and its helpers). Kept apart from the
 * stages so that helpers import them without importing the stage that uses them (no import cycle).
 */

export interface Numeral {
  start: number;
  /** End, exclusive. */
  end: number;
  value: number;
  /** 二三十 -> value 20, max 30. */
  max?: number;
  /** 多/余/几 inside the numeral: 一千多万, 500余万, 十几万. */
  approx?: boolean;
  /** Contains Arabic digits. */
  arabic: boolean;
  /** Contains Chinese numeral characters. */
  chinese: boolean;
  /** Written digit by digit without magnitudes: 二〇一九, 零八. */
  digitRun?: boolean;
  /** Only magnitude characters, no digit: 百, 千, 十 (百余名, 千万). */
  bare?: boolean;
  /** Arabic integer exactly as written (no separators, no decimals): phone numbers, years, codes. */
  rawInt?: string;
  /** The Arabic part was followed by a second dotted group (2010.01.29, 1.2.3): not a decimal. */
  dotted?: boolean;
  /** 百分之N (100), 千分之N (1000), 万分之N (10000). */
  per?: number;
  /** Last big magnitude written (万 1e4, 亿 1e8), for ranges like 3至5万. */
  lastBig?: number;
  /** A fraction (三分之一, 16分之5): value is the ratio. */
  fraction?: boolean;
}

/** The article's date, the anchor for 今年, 3月5日, 昨天. */
export interface RefDate {
  y: number;
  m: number;
  d: number;
}

export interface DateHit {
  start: number;
  end: number;
  /** ISO date or period: 2019-01-26, 2018-08, 2024-Q1, 2024-H1, 2018/2020; XXXX when no reference. */
  date: string;
  /** Only a year (2019年, 今年): a date, but not a key figure. */
  yearOnly: boolean;
}

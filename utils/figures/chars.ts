/** The characters of Chinese numerals: digits, financial capitals, magnitudes, and where a magnitude is a unit. */

export const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
// Financial capitals only continue a numeral (一千陆), never start one (陆地, 队伍).
export const CAPITAL_DIGIT: Record<string, number> = {
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
export const SMALL_MAG: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
export const BIG_MAG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
// After 千/百/十 these start a unit, not a magnitude: 千米 千克 千瓦 百分之 十分(adverb).
export const SMALL_MAG_STOP = new Set([
  '千米',
  '千克',
  '千瓦',
  '千卡',
  '千焦',
  '千伏',
  '千帕',
  '千赫',
  '千字',
  '百分',
  '千分',
  '十分',
  '十足',
  '千兆',
]);
// After 兆 these make 兆 the SI prefix mega (兆瓦 MW), not 10^12.
export const MEGA_NEXT = new Set(['瓦', '赫', '帕', '字', '比', '焦', '欧', '伏']);

// CN_DIGIT by char code, for the hot loops (-1: not a digit).
const CN_DIGIT_CODE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGIT)) CN_DIGIT_CODE[ch.charCodeAt(0)] = v;
export function cnDigitAt(text: string, i: number): number {
  return i < text.length ? CN_DIGIT_CODE[text.charCodeAt(i)] : -1;
}
// The financial capitals and the magnitudes by char code, for the same loops.
const CAPITAL_CODE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CAPITAL_DIGIT)) CAPITAL_CODE[ch.charCodeAt(0)] = v;
export const capitalAt = (text: string, i: number): number => (i < text.length ? CAPITAL_CODE[text.charCodeAt(i)] : -1);
const byCode = (table: Record<string, number>) =>
  new Map(Object.entries(table).map(([ch, v]) => [ch.charCodeAt(0), v] as [number, number]));
export const SMALL_MAG_CODE = byCode(SMALL_MAG);
export const BIG_MAG_CODE = byCode(BIG_MAG);
export function isCnDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CN_DIGIT_CODE[ch.charCodeAt(0)] >= 0;
}
export function isMagChar(ch: string | undefined): boolean {
  return ch !== undefined && (SMALL_MAG[ch] !== undefined || BIG_MAG[ch] !== undefined);
}

// Sets of characters, by char code in one shared table: bit b of CHAR_SETS[c] says character c is in the set b.
// Scans that pass over most of a text test each character with one lookup (no string made per character).
export const CHAR_SETS = new Uint16Array(0x10000);
let nextBit = 1;

/** A new set of `chars`: test a character with (CHAR_SETS[text.charCodeAt(i)] & set). At most 16 sets. */
export function charSet(chars: string): number {
  if (nextBit > 0x8000) throw new Error('charSet: more than 16 sets');
  const bit = nextBit;
  nextBit <<= 1;
  for (let i = 0; i < chars.length; i++) CHAR_SETS[chars.charCodeAt(i)] |= bit;
  return bit;
}

/**
 * Text layout for the terminal: colour only on a TTY, and widths measured in columns, because a
 * Chinese character takes two columns and String.length would misalign every table and wrap.
 */

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  heading(s: string): string;
  accent(s: string): string;
}

export function palette(stream: { isTTY?: boolean } = process.stdout): Palette {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), heading: wrap(36, 39), accent: wrap(33, 39) };
}

// East Asian Wide and Fullwidth ranges: Hangul Jamo, CJK radicals to punctuation, kana to CJK compatibility,
// CJK ideographs (extension A, the base block), Yi, Hangul syllables, compatibility ideographs, vertical and
// small forms, fullwidth ASCII and signs, and the supplementary ideographic planes. Example: 长 is 2 columns wide.
const WIDE_RANGES = [
  '\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uAC00-\\uD7A3',
  '\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6\\u{20000}-\\u{3FFFD}',
].join('');
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');

export function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += charWidth(ch);
  return width;
}

/** Cuts to at most `max` columns, marking the cut with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let width = 0;
  for (const ch of s) {
    const w = charWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Punctuation that must not begin a line (Chinese typesetting rule, 避头点). */
const NO_LINE_START = /^[，。、；：？！）」』》〉】”’,.;:?!)\]…]/;

/**
 * Greedy wrap by columns. Chinese breaks between any two characters; Latin words and numbers
 * (88.85, 2019) stay whole; closing punctuation hangs on the previous line rather than starting one.
 */
export function wrap(text: string, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,%+\-_/:]+|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      // A run of spaces becomes one; an ideographic space (U+3000) stays one, as the text meant.
      if (line) {
        line += token[0] === '\u3000' ? '\u3000' : ' ';
        lineWidth += token[0] === '\u3000' ? 2 : 1;
      }
      continue;
    }
    const w = displayWidth(token);
    if (lineWidth + w > width && line.trim() && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
    line += token;
    lineWidth += w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A plain table: header, a rule, then rows; each column as wide as its widest cell. */
export function table(header: string[], rows: string[][], style: (s: string) => string = (s) => s): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => padEnd(c, widths[i]))
      .join('  ')
      .trimEnd();
  return [style(format(header)), style(widths.map((w) => '─'.repeat(w)).join('  ')), ...rows.map(format)];
}

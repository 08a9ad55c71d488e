/**
 * Bytes -> HTML string with the right charset, the way browsers read it (HTML spec, "determining the character
 * encoding"), plus two repairs for mislabelled 长城网-era pages. Pure (TextDecoder only): CLI, eval and tests.
 *
 * 1. A byte order mark wins.
 * 2. Then the Content-Type header's charset, then a <meta charset> / http-equiv in the first 4 KB. A meta that
 *    names UTF-16 on bytes that are ASCII-compatible (it was read as ASCII) means UTF-8, as the spec says.
 * 3. A declared UTF-8 page is decoded as UTF-8, with U+FFFD where bytes are invalid, as a browser shows it —
 *    unless almost none of its non-ASCII text is UTF-8 at all and all of it is GB18030 (a GBK page mislabelled
 *    as UTF-8: not "a few bad bytes").
 * 4. A declared legacy charset (GB2312, GBK, Big5 ...) whose bytes are valid UTF-8 with non-ASCII text is
 *    UTF-8: legacy multi-byte Chinese practically never forms valid UTF-8 (a template copied between sites).
 * 5. No declaration: UTF-8 if the bytes are valid UTF-8, otherwise GB18030 (the zh-CN default).
 */

export interface DecodedHtml {
  html: string;
  /** The label actually used to decode (normalised: utf-8, gb18030, utf-16le, ...). */
  charset: string;
}

// GB2312 and GBK are subsets of GB18030; decoding with the superset never loses characters.
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  euccn: 'gb18030',
  'euc-cn': 'gb18030',
  hzgb2312: 'gb18030',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!l) return null;
  const mapped = ALIASES[l] ?? l;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
}

/** The charset named in a Content-Type header value, e.g. "text/html; charset=GBK". */
export function charsetFromContentType(header: string | null | undefined): string | null {
  const m = header && /charset\s*=\s*["']?([\w.:-]+)/i.exec(header);
  return m ? normalizeCharset(m[1]) : null;
}

/**
 * <meta charset=...> or <meta http-equiv="Content-Type" content="...charset=..."> in the head bytes. Found by
 * reading the bytes as ASCII, so UTF-16 and x-user-defined are replaced as the HTML spec's prescan does.
 */
export function charsetFromMeta(head: string): string | null {
  const re = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    const cs = direct ? normalizeCharset(direct[1]) : null;
    if (cs?.startsWith('utf-16')) return 'utf-8';
    if (cs === 'x-user-defined') return 'windows-1252';
    if (cs) return cs;
  }
  return null;
}

function bomCharset(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

interface Utf8Scan {
  /** Well-formed multi-byte sequences (non-ASCII characters). */
  valid: number;
  /** Ill-formed sequences (each would become one U+FFFD). */
  invalid: number;
}

/** Counts UTF-8 multi-byte sequences, well- and ill-formed (the WHATWG decoder's ranges, without decoding). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    let j = 1;
    while (need > 0 && j <= need && i + j < bytes.length) {
      const c = bytes[i + j];
      if (c < (j === 1 ? low : 0x80) || c > (j === 1 ? high : 0xbf)) break;
      j++;
    }
    if (need > 0 && j === need + 1) {
      valid++;
      i += j;
    } else {
      invalid++;
      i += Math.max(1, j);
    }
  }
  return { valid, invalid };
}

function decode(bytes: Uint8Array, charset: string): DecodedHtml {
  return { html: new TextDecoder(charset).decode(bytes), charset };
}

function decodesCleanly(bytes: Uint8Array, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) return decode(bytes.subarray(bom.skip), bom.charset);

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = charsetFromContentType(contentTypeHeader) ?? charsetFromMeta(head);
  const utf8 = scanUtf8(bytes);

  if (declared === 'utf-8') {
    const mislabelledGbk = utf8.valid < utf8.invalid && decodesCleanly(bytes, 'gb18030');
    return decode(bytes, mislabelledGbk ? 'gb18030' : 'utf-8');
  }
  if (declared) {
    const reallyUtf8 = !declared.startsWith('utf-16') && utf8.invalid === 0 && utf8.valid > 0;
    return decode(bytes, reallyUtf8 ? 'utf-8' : declared);
  }
  return decode(bytes, utf8.invalid === 0 ? 'utf-8' : 'gb18030');
}

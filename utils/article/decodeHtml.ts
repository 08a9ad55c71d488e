/**
 * Bytes -> HTML string with the right charset. Pure (TextDecoder only), used by the CLI, eval and tests.
 * Order: BOM, then Content-Type header, then <meta charset>/http-equiv in the first 4 KB, then sniff.
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
    new TextDecoder(mapped);
    return mapped;
  } catch {
    return null;
  }
}

/** The charset named in a Content-Type header value, e.g. "text/html; charset=GBK". */
export function charsetFromContentType(header: string | null | undefined): string | null {
  const m = header && /charset\s*=\s*["']?([\w.:-]+)/i.exec(header);
  return m ? normalizeCharset(m[1]) : null;
}

/** <meta charset=...> or <meta http-equiv="Content-Type" content="...charset=..."> in the head bytes. */
export function charsetFromMeta(head: string): string | null {
  const re = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      const cs = normalizeCharset(direct[1]);
      if (cs) return cs;
    }
  }
  return null;
}

function bomCharset(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) return { html: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset };

  // Pages lie: a declared utf-8 that isn't valid utf-8 falls through to the sniff below.
  const headerCs = charsetFromContentType(contentTypeHeader);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const metaCs = charsetFromMeta(head);
  const declared = headerCs ?? metaCs;
  if (declared && declared !== 'utf-8') {
    return { html: new TextDecoder(declared).decode(bytes), charset: declared };
  }
  if (isValidUtf8(bytes)) return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  return { html: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
}

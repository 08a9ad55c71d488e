/**
 * Content element -> plain text: one paragraph per block, blank line between paragraphs,
 * ideographic spaces / nbsp trimmed per paragraph (Chinese indentation is presentation, not text).
 */
import { trimPara } from './parse';
import { hasDescendant, listOf, tagSet } from './dom';

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'CENTER',
  'HR',
  'ADDRESS',
  'FORM',
  'FIELDSET',
  'CAPTION',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
]);

/** What makes a cell more than a value: querySelector('table,p,div,br,img,ul,ol') as one walk, no selector engine. */
const CELL_BLOCKS = tagSet('table,p,div,br,img,ul,ol');

/** A row of short cells holding text only (not a layout row wrapping the story, nor one cell alone). */
function isDataRow(tr: Element): boolean {
  const cells = tr.children;
  if (cells.length < 2) return false;
  for (const td of listOf(cells)) {
    if (!/^T[DH]$/.test(td.tagName) || hasDescendant(td, CELL_BLOCKS)) return false;
    if ((td.textContent ?? '').trim().length > 60) return false;
  }
  return true;
}

/** Paragraphs of an element's visible text, in order, trimmed, empties dropped. */
export function paragraphsOf(root: Node): string[] {
  const paras: string[] = [];
  let buf = '';
  const flush = () => {
    const t = trimPara(buf.replace(/[ \t\r\n\f]+/g, ' '));
    if (t) paras.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        buf += c.nodeValue ?? '';
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          flush();
        } else if (tag === 'TR' && isDataRow(c as Element)) {
          // A row of a table of figures reads as one line, cells tab-separated: "地区生产总值\t2150.6亿元\t6.1%".
          flush();
          paras.push(
            listOf((c as Element).children)
              .map((td) => trimPara((td.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ')))
              .join('\t'),
          );
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(c);
          flush();
        } else {
          walk(c);
        }
      }
    }
  };
  walk(root);
  flush();
  return paras;
}

export function joinParagraphs(paras: string[]): string {
  return paras.join('\n\n');
}

/** First paragraph that reads like prose (not one `skip` rejects: a picture caption), cut near 120 characters. */
export function makeExcerpt(paras: string[], max = 120, skip: (p: string) => boolean = () => false): string {
  const first = paras.find((p) => p.length >= 20 && !skip(p)) ?? paras.find((p) => !skip(p)) ?? paras[0] ?? '';
  return first.length > max ? `${first.slice(0, max).replace(/[，,、；;：:\s]+$/, '')}…` : first;
}

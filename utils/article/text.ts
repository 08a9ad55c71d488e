/**
 * Content element -> plain text: one paragraph per block, blank line between paragraphs,
 * ideographic spaces / nbsp trimmed per paragraph (Chinese indentation is presentation, not text).
 */
import { trimPara } from './parse';

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'FIGURE', 'FIGCAPTION', 'CENTER', 'HR', 'ADDRESS', 'FORM', 'FIELDSET', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'SELECT', 'TEXTAREA', 'BUTTON']);

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

/** First paragraph that reads like prose, cut near 120 characters. */
export function makeExcerpt(paras: string[], max = 120): string {
  const first = paras.find((p) => p.length >= 20) ?? paras[0] ?? '';
  return first.length > max ? first.slice(0, max).replace(/[，,、；;：:\s]+$/, '') + '…' : first;
}

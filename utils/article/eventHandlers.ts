/**
 * Event handler attributes (onerror=, onload= …) cut out of an HTML string before Chromium parses it. Chromium
 * checks an extension page's script policy as soon as it parses one, in any document — a DOMParser's, a
 * <template>'s — and reports a violation on the page (twice, in the console). Nothing runs, and the sanitiser
 * removes them all anyway, but a body from an imported backup full of them filled the console on every open
 * and every Markdown download. The captured ones never have any (rawTree.ts buildTree skips them).
 *
 * Not a sanitiser: a start tag is read as the tokenizer reads it (quoted values may hold `>`); text, comments
 * and raw text are left alone except where they look like a start tag, and then only that tag's attributes named
 * on… go (every one: the sanitiser keeps none). Whatever this misses, the sanitiser still removes.
 */

/** Quick test: nothing that could be an on… attribute (most bodies, Chinese prose). */
const MAY_HAVE_HANDLER = /[\s/"']on/i;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * One pass, each character looked at a bounded number of times: a hostile body (100,000 unclosed `<a "` or
 * `<a b=c`) costs what a page does. A regular expression over start tags re-scanned the rest of the string
 * from every `<` and took minutes on 700 kB.
 */
export function withoutEventHandlers(html: string): string {
  if (!MAY_HAVE_HANDLER.test(html)) return html;
  const n = html.length;
  let out = '';
  let copied = 0; // html[0, copied) is in out
  let i = html.indexOf('<');
  while (i >= 0 && i < n - 1) {
    if (!isLetter(html[i + 1])) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    // A start tag: its name, then attributes as the tokenizer reads them, up to its `>`.
    let j = i + 1;
    while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const cuts: Array<[number, number]> = [];
    let closed = false;
    while (j < n) {
      const start = j;
      while (j < n && (isSpace(html[j]) || html[j] === '/')) j++;
      if (j >= n) break;
      if (html[j] === '>') {
        closed = true;
        break;
      }
      const nameStart = j;
      j++; // a name's first character may be anything but space, / and > (even = or a quote)
      while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const name = html.slice(nameStart, j);
      let k = j;
      while (k < n && isSpace(html[k])) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && isSpace(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, k + 1);
          k = end < 0 ? n : end + 1;
        } else {
          while (k < n && !isSpace(html[k]) && html[k] !== '>') k++;
        }
        j = k;
      }
      if (/^on/i.test(name)) cuts.push([start, j]);
    }
    // At the end of the string inside a tag: the parser drops that tag; the rest is copied as it is.
    if (!closed) break;
    for (const [from, to] of cuts) {
      out += html.slice(copied, from);
      copied = to;
    }
    i = html.indexOf('<', j + 1);
  }
  return copied === 0 ? html : out + html.slice(copied);
}

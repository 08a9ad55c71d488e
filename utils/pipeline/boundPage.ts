/**
 * Bounded work on any page size (issue 9 §2). jsdom builds about 140 bytes of DOM per byte of HTML and Readability
 * alone takes about 3 s of CPU per MB of a news page, both growing with the page: a 30 MB page took 10 minutes and
 * 4 GB. So a page longer than the limit (--max-page) is read in one streaming pass (htmlparser2, no DOM) that
 *   - leaves out what no capture reads: scripts (JSON-LD kept), styles, comments longer than a CMS marker, and
 *     inline data: addresses longer than MAX_INLINE (the pipeline drops data: pictures anyway), and then,
 *   - when what is left is still longer, cuts it at the first element boundary past the limit (after a closing tag
 *     or before an opening one); the HTML parser closes what is open, as at the end of any file.
 * The start of a page holds its head, title, byline and the article's beginning, so the capture still finds them;
 * the result says that the page was cut (Article.warnings). A page within the limit is not touched at all.
 */
import { Parser } from 'htmlparser2';

export { DEFAULT_MAX_PAGE_CHARS } from './pageLimit';

/** An inline data: address longer than this (a picture, a font) is left out of a page over the limit. */
const MAX_INLINE = 1024;
/** Comments longer than this are left out (the CMS block markers the site profiles read are ~60 characters). */
const MAX_COMMENT = 300;

/** How far past the limit one run of text may go before it is cut inside rather than after its element. */
const TEXT_SLACK = 100_000;

export interface BoundedPage {
  html: string;
  /** Set when the page was cut: the characters kept (after what no capture reads was left out) and the total. */
  cut: { keptChars: number; totalChars: number } | null;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An opening tag written again without its long inline data: attributes. */
function tagWithout(name: string, attribs: Record<string, string>, drop: Set<string>): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attribs)) if (!drop.has(k)) s += ` ${k}="${escapeAttr(v)}"`;
  return `${s}>`;
}

const isJsonLd = (attribs: Record<string, string>) =>
  (attribs.type ?? '').trim().toLowerCase() === 'application/ld+json';

/** `html` when it is within `maxChars`; otherwise what is left of it as the file comment says. */
export function boundPage(html: string, maxChars: number): BoundedPage {
  if (html.length <= maxChars) return { html, cut: null };
  const parts: string[] = [];
  let from = 0; // the next character of `html` not yet copied or left out
  let kept = 0;
  let dropFrom = -1; // where the script or style being left out starts
  let cutAt = -1;
  const keepTo = (to: number) => {
    if (to <= from) return;
    parts.push(html.slice(from, to));
    kept += to - from;
    from = to;
  };
  const leaveOut = (start: number, end: number) => {
    keepTo(start);
    from = Math.max(from, end);
  };
  const over = (to: number) => kept + (to - from) > maxChars;
  const cut = (at: number) => {
    keepTo(at);
    cutAt = at;
    parser.pause();
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (cutAt >= 0 || dropFrom >= 0) return;
        if ((name === 'script' && !isJsonLd(attribs)) || name === 'style') {
          dropFrom = parser.startIndex;
          return;
        }
        if (over(parser.startIndex)) return cut(parser.startIndex);
        const drop = new Set(
          Object.keys(attribs).filter((k) => attribs[k].length > MAX_INLINE && /^\s*data:/i.test(attribs[k])),
        );
        if (!drop.size) return;
        keepTo(parser.startIndex);
        const tag = tagWithout(name, attribs, drop);
        parts.push(tag);
        kept += tag.length;
        from = parser.endIndex + 1;
      },
      onclosetag(name, implied) {
        if (cutAt >= 0 || implied) return;
        if (dropFrom >= 0) {
          if (name === 'script' || name === 'style') {
            leaveOut(dropFrom, parser.endIndex + 1);
            dropFrom = -1;
          }
          return;
        }
        if (over(parser.endIndex + 1)) cut(parser.endIndex + 1);
      },
      ontext() {
        // A paragraph crossing the limit is kept whole (cut after its closing tag); a run of text going on far
        // past it (no tag for megabytes) is cut inside, at the limit.
        if (cutAt < 0 && dropFrom < 0 && over(parser.endIndex + 1 - TEXT_SLACK)) cut(from + (maxChars - kept));
      },
      oncomment() {
        if (cutAt < 0 && dropFrom < 0 && parser.endIndex - parser.startIndex > MAX_COMMENT)
          leaveOut(parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  if (cutAt < 0) {
    parser.end();
    if (dropFrom >= 0) leaveOut(dropFrom, html.length); // a script left open runs to the end, as in a browser
    keepTo(html.length);
  }
  return { html: parts.join(''), cut: cutAt >= 0 ? { keptChars: kept, totalChars: html.length } : null };
}

/** The line a cut page's result carries (Article.warnings) and the command line prints on stderr. */
export function cutWarning(cut: { keptChars: number; totalChars: number }): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} M`;
  return (
    `the page is too large to read whole: only its first ${mb(cut.keptChars)} of ${mb(cut.totalChars)} characters ` +
    'were read (scripts, styles and inline data left out; raise the limit with --max-page)'
  );
}

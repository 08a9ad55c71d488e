/**
 * Bounded parsing of deeply nested pages (issue 9 §2). jsdom's HTML parser (parse5) is quadratic in nesting depth
 * and recursive: a page nested 4,000 levels deep takes 1.7 s of CPU to parse, 8,000 levels 6 s, 12,000 levels half a
 * minute, and past ~15,000 it overflows the stack. Browsers cap the tree instead (Blink appends past 512 levels as
 * siblings). So before jsdom sees a page, one streaming pass leaves out the tags of elements nested deeper than
 * MAX_DEPTH — their text, pictures and scripts stay; a block element becomes a <br> when text came before it, so
 * paragraphs stay apart. No news page comes near that depth (the 长城网 fixtures and the 69 CWCED pages stay under
 * 60 levels), so a real page comes out unchanged, and a page with fewer tags than MAX_DEPTH is not even tokenised.
 *
 * The pass uses htmlparser2's tokenizer with its own stack rather than htmlparser2's Parser, whose stack is an array
 * it shifts and unshifts at the front: that is linear per tag in the depth, so quadratic on exactly these pages
 * (6.6 s for a 1 MB page nested 100,000 deep). Implied closes follow the HTML rules that matter for depth
 * (a block closes an open <p>, <li> closes <li>, table cells and rows close their siblings).
 */
import { Tokenizer } from 'htmlparser2';
import { depthEvents } from './tagStack';

/** Levels kept as they are: where Blink stops nesting too (its parser appends deeper elements as siblings). */
export const MAX_DEPTH = 512;

/** Elements that start a block: a dropped one leaves a line break so its text does not run into the next. */
const BLOCKS = new Set(
  [
    'address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6',
    'header li main nav ol p pre section table tbody td th tr ul',
  ]
    .join(' ')
    .split(' '),
);

export interface FlattenedPage {
  html: string;
  /** The deepest nesting seen when the page was flattened, or null when it was left as it is. */
  depth: number | null;
}

/** Whether `html` has at least `n` opening tags: a page with fewer cannot be nested `n` deep. */
function hasOpeningTags(html: string, n: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20; // lower case for ASCII letters
    if (c >= 0x61 && c <= 0x7a && ++count >= n) return true;
  }
  return false;
}

/** `html` with the tags of elements deeper than `maxDepth` left out (see the file comment). */
export function flattenDepth(html: string, maxDepth = MAX_DEPTH): FlattenedPage {
  if (!hasOpeningTags(html, maxDepth + 1)) return { html, depth: null };
  const parts: string[] = [];
  let from = 0; // the next character of `html` not yet copied or left out
  let deepest = 0;
  let textSinceBreak = false; // one <br> between runs of text, however many wrappers lie between them
  const replace = (start: number, end: number, by: string) => {
    parts.push(html.slice(from, start), by);
    from = end;
  };
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    depthEvents({
      open(name, start, end, depth) {
        deepest = Math.max(deepest, depth);
        if (depth <= maxDepth) return false;
        const br = textSinceBreak && BLOCKS.has(name);
        if (br) textSinceBreak = false;
        replace(start, end, br ? '<br>' : '');
        return true;
      },
      close(start, end) {
        replace(start, end, '');
      },
      text(start, end) {
        if (!textSinceBreak && /\S/.test(html.slice(start, Math.min(end, start + 200)))) textSinceBreak = true;
      },
      slice: (start, end) => html.slice(start, end),
    }),
  );
  tokenizer.write(html);
  tokenizer.end();
  if (deepest <= maxDepth) return { html, depth: null };
  parts.push(html.slice(from));
  return { html: parts.join(''), depth: deepest };
}

/** The line a flattened page's result carries (Article.warnings) and the command line prints on stderr. */
export function depthWarning(depth: number, maxDepth = MAX_DEPTH): string {
  return (
    `the page's markup is nested ${depth.toLocaleString('en')} levels deep: ` +
    `what lies deeper than ${maxDepth.toLocaleString('en')} levels was read flattened`
  );
}

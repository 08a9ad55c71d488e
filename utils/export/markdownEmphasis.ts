/**
 * <strong>/<em> -> `**…**` / `*…*` that a CommonMark renderer reads as emphasis, also beside Chinese punctuation.
 *
 * CommonMark opens `**` only when it is "left-flanking" and closes it only when "right-flanking": a closing `**`
 * after punctuation must be followed by whitespace or punctuation. `**【记者手记】**走进车间` therefore stays
 * literal asterisks (】 is punctuation, 走 is a letter). So: keep the markers around the whole content when they
 * flank there; otherwise move edge punctuation outside them (`【**记者手记**】走进车间`); and when even that
 * cannot flank (content ending in a link's `)` before a letter), write the HTML element itself, which every
 * CommonMark renderer with HTML shows as the same emphasis.
 */

type CharClass = 'space' | 'punct' | 'other';

function classify(char: string): CharClass {
  if (char === '' || /\s/u.test(char)) return 'space';
  return /[\p{P}\p{S}]/u.test(char) ? 'punct' : 'other';
}

/** Elements that end a line of inline text: emphasis never flanks across them. */
const BLOCK_OR_BREAK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** What the Markdown of an inline neighbour starts or ends with (`![…](…)`, `[…](…)`, `**…**`). */
function edgeOf(node: Node, end: boolean): string | null {
  if (node.nodeType === 3) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
    return text === '' ? null : end ? text.slice(-1) : text.slice(0, 1);
  }
  if (node.nodeType !== 1) return null;
  const name = node.nodeName;
  if (BLOCK_OR_BREAK.has(name)) return ' ';
  if (name === 'IMG') return end ? ')' : '!';
  if (name === 'A' && (node as Element).getAttribute('href')) return end ? ')' : '[';
  if (['STRONG', 'B', 'EM', 'I'].includes(name) && node.textContent?.trim()) return '*';
  const text = (node.textContent ?? '').replace(/\s+/g, ' ');
  return text === '' ? null : end ? text.slice(-1) : text.slice(0, 1);
}

/** The character just outside `node` on one side, within its line ('' at a line's start or end). */
function outside(node: Node, after: boolean): string {
  let current: Node | null = node;
  while (current) {
    let sibling = after ? current.nextSibling : current.previousSibling;
    while (sibling) {
      const edge = edgeOf(sibling, !after);
      if (edge !== null) return edge;
      sibling = after ? sibling.nextSibling : sibling.previousSibling;
    }
    current = current.parentNode;
    if (current?.nodeType !== 1 || BLOCK_OR_BREAK.has(current.nodeName)) return '';
    if (['STRONG', 'B', 'EM', 'I', 'A'].includes(current.nodeName)) return '*';
  }
  return '';
}

/** Index of the first character of the run of unescaped `*` that ends just before `index`. */
function runStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && text[start - 1] === '*' && !isEscaped(text, start - 1)) start--;
  return start;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Whether a `*` delimiter run at [from, to) of `text` can open (left-flanking) or close (right-flanking), with
 * `before`/`after` standing for what lies outside `text`.
 */
function flanks(text: string, from: number, to: number, before: string, after: string, opening: boolean): boolean {
  let start = runStart(text, from);
  let end = to;
  while (end < text.length && text[end] === '*') end++;
  if (start === 0 && before === '*') start = -1; // joined to a neighbour's run: treat as punctuation
  const previous = classify(start <= 0 ? (start < 0 ? '*' : before) : text[start - 1]);
  const next = classify(end >= text.length ? after : text[end]);
  if (opening) return next !== 'space' && (next !== 'punct' || previous !== 'other');
  return previous !== 'space' && (previous !== 'punct' || next !== 'other');
}

function wraps(lead: string, core: string, trail: string, marker: string, before: string, after: string): boolean {
  const text = `${lead}${marker}${core}${marker}${trail}`;
  const open = lead.length;
  const close = open + marker.length + core.length;
  return (
    core.trim() !== '' &&
    flanks(text, open, open + marker.length, before, after, true) &&
    flanks(text, close, close + marker.length, before, after, false)
  );
}

/**
 * Punctuation at the edges of rendered Markdown that can stand outside the markers: escaped ASCII punctuation
 * and non-ASCII punctuation/symbols (【】“”，。、（）…), and spaces. Markdown syntax such as a link's `)` cannot move.
 * Example: `【记者手记】` -> lead `【`, core `记者手记`, trail `】`.
 */
const EDGE_PUNCT = String.raw`(?:\\[!-\/:-@\[-\x60{-~]|[^\x00-\x7f\s\p{L}\p{N}])`;
const LEADING = new RegExp(`^(?:${EDGE_PUNCT}|\\s)+`, 'u');
const TRAILING = new RegExp(`(?:${EDGE_PUNCT}|\\s)+$`, 'u');

export function emphasis(content: string, node: Node, marker: '*' | '**'): string {
  if (!content.trim()) return '';
  const before = outside(node, false);
  const after = outside(node, true);
  if (wraps('', content, '', marker, before, after)) return `${marker}${content}${marker}`;

  const lead = LEADING.exec(content)?.[0] ?? '';
  const rest = content.slice(lead.length);
  let trail = TRAILING.exec(rest)?.[0] ?? '';
  // An escape's backslash at the cut would be orphaned: a trailing run starting with `\` must be whole.
  if (trail && isEscaped(rest, rest.length - trail.length)) trail = trail.slice(1);
  const core = rest.slice(0, rest.length - trail.length);
  if (wraps(lead, core, trail, marker, before, after)) return `${lead}${marker}${core}${marker}${trail}`;

  const tag = marker === '**' ? 'strong' : 'em';
  return `<${tag}>${content}</${tag}>`;
}

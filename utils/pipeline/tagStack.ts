/**
 * The open-element stack of an HTML page as its tags stream past, in time linear in the page whatever its depth:
 * callbacks for htmlparser2's Tokenizer that keep the stack (push and pop at the end, counts per tag name so a
 * stray closing tag costs nothing) and tell the handler each element's depth. Used by flattenDepth.ts.
 */
import type { TokenizerCallbacks } from 'htmlparser2';

/** What the stack reports; indices are into the page's HTML, `end` one past the tag's `>`. */
export interface DepthHandler {
  /** An element opened at `depth` (1 = a child of the document). True: its tags are left out (see close). */
  open(name: string, start: number, end: number, depth: number): boolean;
  /** The closing tag of an element `open` left out. */
  close(start: number, end: number): void;
  text(start: number, end: number): void;
  slice(start: number, end: number): string;
}

/** Elements that never hold children. */
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Elements whose content the tokenizer reads as raw text: never left out, or their content would show. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);

const P = new Set(['p']);
const CELL = new Set(['th', 'td']);
/** Opening the key closes open elements of these names at the top of the stack (the HTML parser's implied ends). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', CELL],
  ['td', CELL],
  ['tbody', new Set(['thead', 'tbody', 'tr', 'th', 'td'])],
  ['tfoot', new Set(['thead', 'tbody', 'tr', 'th', 'td'])],
  ['li', new Set(['li', 'p'])],
  ['dd', new Set(['dd', 'dt', 'p'])],
  ['dt', new Set(['dd', 'dt', 'p'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ...[
    'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6',
    'header hr main nav ol p pre section table ul',
  ]
    .join(' ')
    .split(' ')
    .map((name): [string, Set<string>] => [name, P]),
]);

interface Open {
  name: string;
  dropped: boolean;
}

export function depthEvents(handler: DepthHandler): TokenizerCallbacks {
  const stack: Open[] = [];
  const counts = new Map<string, number>();
  let foreign = 0; // open <svg>/<math>: a self-closing tag there holds nothing
  let name = '';
  let tagStart = 0;
  const pop = (): Open => {
    const top = stack.pop() as Open;
    counts.set(top.name, (counts.get(top.name) ?? 1) - 1);
    if (top.name === 'svg' || top.name === 'math') foreign -= 1;
    return top;
  };
  const openEnd = (endIndex: number, selfClosing: boolean) => {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1].name)) pop();
    if (VOID.has(name) || (selfClosing && foreign > 0)) return;
    const depth = stack.length + 1;
    const dropped = !RAW.has(name) && handler.open(name, tagStart, endIndex + 1, depth);
    stack.push({ name, dropped });
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign += 1;
  };
  return {
    onopentagname(start, endIndex) {
      name = handler.slice(start, endIndex).toLowerCase();
      tagStart = start - 1;
    },
    onopentagend: (endIndex) => openEnd(endIndex, false),
    onselfclosingtag: (endIndex) => openEnd(endIndex, true),
    onclosetag(start, endIndex) {
      const closing = handler.slice(start, endIndex).toLowerCase();
      if (!counts.get(closing)) return; // a stray closing tag, which the HTML parser ignores
      let top: Open;
      do top = pop();
      while (top.name !== closing);
      if (top.dropped) {
        const gt = handler.slice(endIndex, endIndex + 200).indexOf('>');
        handler.close(start - 2, gt < 0 ? endIndex : endIndex + gt + 1);
      }
    },
    ontext: (start, endIndex) => handler.text(start, endIndex),
    ontextentity() {},
    onattribdata() {},
    onattribentity() {},
    onattribend() {},
    onattribname() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onprocessinginstruction() {},
  };
}

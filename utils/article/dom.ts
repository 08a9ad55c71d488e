/**
 * DOM walks that stay linear in page size in jsdom as in browsers.
 *
 * jsdom answers every `length` read on a live HTMLCollection by first looking for an element whose id or name
 * is "length" (a scan of the whole collection), and `Array.from(coll)` / `for…of coll` read `length` once per
 * item: copying `getElementsByTagName('*')` of a 400 kB page that way took tens of seconds. `listOf` reads the
 * length once; `hasDescendant` / `countDescendants` stop as soon as they know, instead of collecting a subtree.
 * Every walk here is a loop, never recursion, so a page nested 100,000 levels deep cannot overflow the stack.
 */

/** A static array of a live collection, read in one pass. */
export function listOf<T extends Element>(coll: HTMLCollectionOf<T>): T[] {
  const n = coll.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = coll[i];
  return out;
}

/** Elements with a tag name under root, in document order ("*": all), as a static array. */
export function byTag<K extends keyof HTMLElementTagNameMap>(
  root: Document | Element,
  tag: K,
): HTMLElementTagNameMap[K][];
export function byTag(root: Document | Element, tag: string): Element[];
export function byTag(root: Document | Element, tag: string): Element[] {
  return listOf(root.getElementsByTagName(tag));
}

/** The element after `el` in document order, staying inside `root` (null at the end). */
export function nextElement(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    const sib = at.nextElementSibling;
    if (sib) return sib;
  }
  return null;
}

/** A set of tag names from a selector list of plain tags: "p,div,br" -> {p, div, br}. */
export function tagSet(list: string): ReadonlySet<string> {
  return new Set(list.split(',').map((t) => t.trim().toLowerCase()));
}

type Tags = string | ReadonlySet<string>;
const isOne = (tags: Tags, el: Element) => (typeof tags === 'string' ? el.localName === tags : tags.has(el.localName));

/** Elements under `root` (not root itself) with one of the tags, in document order: querySelectorAll as a walk. */
export function elementsIn(root: Element, tags: Tags): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = nextElement(el, root)) if (isOne(tags, el)) out.push(el);
  return out;
}

/**
 * Elements under `root` (not root itself) with one of the tags, lazily in document order (or from the end): for
 * loops that look at the first or last few lines only, where querySelectorAll would match the whole body first.
 */
export function* eachIn(root: Element, tags: Tags, fromEnd = false): Generator<Element> {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  if (fromEnd) {
    let last: Node = root;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    // The deepest last node is itself a candidate; previousNode() then walks back up to root (and returns it).
    if (last !== root && last.nodeType === 1 && isOne(tags, last as Element)) yield last as Element;
  }
  for (let n = fromEnd ? walker.previousNode() : walker.nextNode(); n && n !== root; ) {
    const el = n as Element;
    n = fromEnd ? walker.previousNode() : walker.nextNode();
    if (isOne(tags, el)) yield el;
  }
}

/** Whether some element under `root` (not root itself) has one of the tags (lower case: "img"). */
export function hasDescendant(root: Element, tags: Tags): boolean {
  return countDescendants(root, tags, 1) > 0;
}

/** How many elements under `root` have one of the tags, counting no further than `limit`. */
export function countDescendants(root: Element, tags: Tags, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let el = root.firstElementChild; el && n < limit; el = nextElement(el, root)) if (isOne(tags, el)) n++;
  return n;
}

/**
 * Deeper than any page we have seen: the deepest of the 69 CWCED pages and the fixtures is 40 levels. Readability
 * is quadratic in nesting depth (a 400-level page took seconds, 1,500 levels minutes) and browsers' parsers stop
 * nesting at 512; past this depth wrappers are unwrapped, their text and leaf elements kept in order.
 */
export const MAX_DEPTH = 128;

/**
 * Whether some element under `root` sits more than `max` levels below it (a loop that stops at the first). It runs
 * on the caller's live page, so it moves with a TreeWalker: in browsers a <form> holding <input
 * name="nextElementSibling"> answers form.nextElementSibling with that input, and a walk by properties loops forever.
 */
export function deeperThan(root: Element, max = MAX_DEPTH): boolean {
  if (nativeSelectors(root)) return deeperBySelector(root, max);
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > max) return true;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode() || walker.currentNode === root) return false;
      depth--;
    }
  }
}

/**
 * The same question as one selector, `:scope > * > … > *` (max + 1 steps), which a browser answers natively in well
 * under a millisecond where the walk above costs ~10 ms in a cold injected script; DOM clobbering cannot reach it.
 */
export function deeperBySelector(root: Element, max: number): boolean {
  return root.querySelector(`:scope${' > *'.repeat(max + 1)}`) !== null;
}

/** A browser's own selector engine: not jsdom's (JavaScript, and slow on a long chain), nor a windowless copy. */
function nativeSelectors(root: Element): boolean {
  const agent = root.ownerDocument.defaultView?.navigator?.userAgent ?? '';
  return agent !== '' && !/jsdom/i.test(agent);
}

const FORM_NAMED = 'button,fieldset,input,object,output,select,textarea,img'; // what form.<name> can answer with

/**
 * Form controls named after a property of their form (name="nextElementSibling", id="tagName") lose that name in
 * the working copy: browsers answer form.<name> with the control, which sends walks by properties (ours and
 * Readability's) round in a loop forever. The sanitiser drops forms, ids and names from the article anyway.
 */
export function unshadowForms(doc: Document): void {
  if (!doc.getElementsByTagName('form').length) return;
  for (const form of byTag(doc, 'form')) {
    const proto = Object.getPrototypeOf(form) as object;
    for (const el of Array.from(form.querySelectorAll(FORM_NAMED))) {
      for (const attr of ['name', 'id']) {
        const v = el.getAttribute(attr);
        if (v && v in proto) el.removeAttribute(attr);
      }
    }
  }
}

interface CopyFrame {
  next: Node | null;
  into: Node;
  depth: number;
}

/**
 * A copy of `doc` in which every wrapper more than `max` levels below the root element is unwrapped, its text and
 * leaf elements (images, line breaks, lines of text) kept in order below the last wrapper kept. Built in one loop:
 * jsdom's cloneNode recurses once per level (it overflows past ~5,000), and unwrapping after a copy moves long
 * chains. Template contents are not copied (the pipeline drops templates).
 */
export function copyFlattened(doc: Document, max = MAX_DEPTH): Document {
  const copy = doc.cloneNode(false) as Document;
  const stack: CopyFrame[] = [{ next: doc.firstChild, into: copy, depth: -1 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.next;
    if (!node) {
      stack.pop();
      continue;
    }
    top.next = node.nextSibling;
    const depth = top.depth + 1;
    if (node.nodeType !== 1) top.into.appendChild(copy.importNode(node, false));
    else if (depth > max && (node as Element).firstElementChild)
      stack.push({ next: node.firstChild, into: top.into, depth: top.depth });
    else if (depth > max)
      top.into.appendChild(copy.importNode(node, true)); // a leaf (img, br, a line) is kept
    else {
      const el = top.into.appendChild(copy.importNode(node, false));
      stack.push({ next: node.firstChild, into: el, depth });
    }
  }
  return copy;
}

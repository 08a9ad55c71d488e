/**
 * An article body copied out of the page as a tree (RawNode, utils/types.ts) and built again in the extension page.
 * Not as HTML: a DOM changed by scripts (Readability's) can hold what no parser makes — a <p> inside a <p> — and
 * its markup would parse into another tree; this copy is node for node, so the sanitiser sees the same tree in
 * the extension page as it would have in the page. Loops, not recursion: bodies can be deep.
 */
import type { RawElement, RawNode } from '../types';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The element and everything under it (elements, text, comments), as plain data. */
export function treeOf(root: Element): RawElement {
  const copy = (el: Element): RawElement => {
    const attrs: string[][] = [];
    for (const a of Array.from(el.attributes))
      attrs.push(a.namespaceURI ? [a.name, a.value, a.namespaceURI] : [a.name, a.value]);
    const out: RawElement = [el.localName, attrs, []];
    if (el.namespaceURI !== HTML_NS && el.namespaceURI) out[3] = el.namespaceURI;
    return out;
  };
  const top = copy(root);
  const stack: Array<[Node, RawElement]> = [[root, top]];
  while (stack.length) {
    const [node, into] = stack.pop()!;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) into[2].push((c as Text).data);
      else if (c.nodeType === 8) into[2].push({ c: (c as Comment).data });
      else if (c.nodeType === 1) {
        const el = copy(c as Element);
        into[2].push(el);
        stack.push([c, el]);
      }
    }
  }
  return top;
}

/** Stands for an element whose name the DOM API refuses: unknown to the sanitiser, which keeps only its content. */
const UNNAMEABLE = 'ccunnamed';

/** The tree built again as DOM nodes of `doc` (an inert document: nothing loads, nothing runs). */
export function buildTree(tree: RawElement, doc: Document): Element {
  const make = ([name, attrs, , ns]: RawElement): Element => {
    let el: Element;
    try {
      el = ns ? doc.createElementNS(ns, name) : doc.createElement(name);
    } catch {
      el = doc.createElement(UNNAMEABLE);
    }
    for (const [attr, value, attrNs] of attrs) {
      // Event handlers are never set: no sanitiser policy keeps one, and Chromium checks an extension page's
      // script policy as soon as one is set, in any document, and reports it.
      if (/^on/i.test(attr)) continue;
      try {
        if (attrNs) el.setAttributeNS(attrNs, attr, value);
        else el.setAttribute(attr, value);
      } catch {
        // A name the parser accepts but the DOM API refuses ("a="): no sanitiser policy keeps such an attribute.
      }
    }
    return el;
  };
  const root = make(tree);
  const stack: Array<[RawElement, Element]> = [[tree, root]];
  while (stack.length) {
    const [node, into] = stack.pop()!;
    for (const child of node[2] as RawNode[]) {
      if (typeof child === 'string') into.appendChild(doc.createTextNode(child));
      else if (!Array.isArray(child)) into.appendChild(doc.createComment(child.c));
      else {
        const el = make(child);
        into.appendChild(el);
        stack.push([child, el]);
      }
    }
  }
  return root;
}

/**
 * Fast element lookup for the simple selectors site profiles use ("#docTitle", "div.post_source", ".text",
 * "div.g_width.content h1"). In jsdom every querySelectorAll on a fresh clone walks and matches the whole
 * document through the selector engine (~0.6 ms on a portal page, a dozen of them per capture);
 * getElementById / getElementsByClassName / getElementsByTagName plus a tiny matcher cost a fraction.
 * Anything beyond tag, #id, .class and descendant combinators falls back to querySelectorAll.
 */
import { listOf } from './dom';

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}

const COMPOUND_RE = /^([a-zA-Z][\w-]*|\*)?((?:[#.][\w-]+)*)$/;
const cache = new Map<string, Compound[] | null>();

/** "div.g_width.content h1" -> [{tag:div, classes:[g_width, content]}, {tag:h1}]; null when not that simple. */
function parse(sel: string): Compound[] | null {
  let parsed = cache.get(sel);
  if (parsed !== undefined) return parsed;
  parsed = [];
  for (const part of sel.trim().split(/\s+/)) {
    const m = COMPOUND_RE.exec(part);
    if (!m || !part) {
      parsed = null;
      break;
    }
    const c: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toUpperCase() : null, id: null, classes: [] };
    for (const t of m[2].match(/[#.][\w-]+/g) ?? []) {
      if (t[0] === '#') c.id = t.slice(1);
      else c.classes.push(t.slice(1));
    }
    parsed.push(c);
  }
  cache.set(sel, parsed);
  return parsed;
}

/**
 * An element's classes from its attribute. Page markup can shadow element properties: a <form> holding
 * <input name="id"> (or className, classList) answers form.id with that input, so ids and classes are read
 * with getAttribute, never through the properties.
 */
function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/[\t\n\f\r ]+/);
}

function matches(el: Element, c: Compound): boolean {
  if (c.tag && el.tagName.toUpperCase() !== c.tag) return false;
  if (c.id && el.getAttribute('id') !== c.id) return false;
  if (c.classes.length) {
    const own = classesOf(el);
    for (const k of c.classes) if (!own.includes(k)) return false;
  }
  return true;
}

/** Elements matching one selector under root, in document order. */
export function selectAll(root: Document | Element, sel: string): Element[] {
  const chain = parse(sel);
  if (!chain) return Array.from(root.querySelectorAll(sel));
  const last = chain[chain.length - 1];
  let pool: Element[];
  if (last.id) {
    const doc = (root as Document).nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const el = doc.getElementById(last.id);
    pool = el && (root === doc || root.contains(el)) && el !== root ? [el] : [];
  } else if (last.classes.length) pool = listOf(root.getElementsByClassName(last.classes.join(' ')));
  else pool = listOf(root.getElementsByTagName(last.tag ?? '*'));
  const out: Element[] = [];
  for (const el of pool) {
    if (!matches(el, last)) continue;
    // Descendant combinators: each earlier compound must match some ancestor, right to left.
    let ok = true;
    let at: Element | null = el.parentElement;
    for (let i = chain.length - 2; i >= 0 && ok; i--) {
      while (at && !matches(at, chain[i])) at = at.parentElement;
      if (!at || (root.nodeType !== 9 && !(root as Element).contains(at))) ok = false;
      else at = at.parentElement;
    }
    if (ok) out.push(el);
  }
  return out;
}

/** Elements of several selectors, in selector priority order, then document order, without repeats. */
export function selectByPriority(root: Document | Element, sels: string[]): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (const sel of sels) {
    for (const el of selectAll(root, sel)) {
      if (!seen.has(el)) {
        seen.add(el);
        out.push(el);
      }
    }
  }
  return out;
}

/**
 * `doc.querySelector('.a,.b,#c')` for a list of bare classes and ids, as one walk over the elements (the selector
 * engine matched each element against each selector: ~13 ms per portal page in jsdom). The root element counts;
 * quirks-mode pages match case-insensitively, as selectors do there.
 */
export function firstOfList(doc: Document, list: string, elements?: readonly Element[]): Element | null {
  const quirks = doc.compatMode === 'BackCompat';
  const norm = (s: string) => (quirks ? s.toLowerCase() : s);
  const ids = new Set<string>();
  const classes = new Set<string>();
  for (const sel of list.split(',').map((s) => s.trim())) {
    if (!/^[#.][\w-]+$/.test(sel)) return doc.querySelector(list);
    (sel[0] === '#' ? ids : classes).add(norm(sel.slice(1)));
  }
  const matches = (e: Element) => {
    const id = ids.size ? e.getAttribute('id') : null;
    if (id && ids.has(norm(id))) return true;
    if (classes.size) for (const c of classesOf(e)) if (c && classes.has(norm(c))) return true;
    return false;
  };
  // The page's elements already listed in document order (root first): no walk of its own.
  if (elements) return elements.find(matches) ?? null;
  const root = doc.documentElement;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el: Node | null = root; el; el = walker.nextNode()) if (matches(el as Element)) return el as Element;
  return null;
}

/** Text windows around the title and at the end of the body, where Chinese bylines live. */
import { cleanText } from './parse';
import { nameList } from './names';
import { bylineOnlyNames } from './lead';
import { eachIn, hasDescendant, tagSet } from './dom';

const BYLINE_LINES = tagSet('p,div,center,font,span,td,strong,b,h3,h4');
const WRAPPERS = tagSet('p,div,td');
const TITLE_LINES = tagSet('h1,h2,h3,h4,p,div,td,span,strong,b,font');
const TITLE_WRAPPERS = tagSet('p,div,td,h1,h2,h3,h4');

const SHOW_TEXT = 4;

function collect(doc: Document, from: Node, forward: boolean, max: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let start: Node = from;
  if (forward) while (start.lastChild) start = start.lastChild;
  walker.currentNode = start;
  const parts: string[] = [];
  let n = 0;
  for (
    let t = forward ? walker.nextNode() : walker.previousNode();
    t && n < max;
    t = forward ? walker.nextNode() : walker.previousNode()
  ) {
    const v = cleanText(t.nodeValue);
    if (!v) continue;
    parts.push(v);
    n += v.length;
  }
  if (!forward) parts.reverse();
  return parts.join(' ');
}

/** ~300 characters after the title element (then ~80 before it), or after the title text in the body. */
export function bylineWindow(doc: Document, titleEl: Element | null, title: string): string {
  if (titleEl?.isConnected) return `${collect(doc, titleEl, true, 300)} \n ${collect(doc, titleEl, false, 80)}`;
  const body = cleanText(doc.body?.textContent);
  const i = title ? body.indexOf(title.slice(0, 12)) : -1;
  return i >= 0 ? body.slice(i + Math.min(title.length, 12), i + title.length + 300) : '';
}

/** The first text node holding the start of the title (outside links), for pages whose title is no heading. */
function titleTextNode(doc: Document, title: string): Node | null {
  const root = doc.body;
  const key = cleanText(title).slice(0, 12);
  if (!root || key.length < 2) return null;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').includes(key[0])) continue;
    const v = cleanText(n.nodeValue);
    if (v.includes(key) && v.length <= title.length + 24 && !n.parentElement?.closest('a')) return n;
  }
  return null;
}

/**
 * A name alone on its own line right under the title ("胡平", "赵延东、风笑天"): the first few text nodes
 * after the title (skipping the title repeated and the date line), before the prose starts.
 */
export function bareNamesAfterTitle(doc: Document, titleEl: Element | null, title: string): string[] {
  const from: Node | null = titleEl?.isConnected ? titleEl : titleTextNode(doc, title);
  const root = doc.body;
  if (!from || !root) return [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let start: Node = from;
  while (start.lastChild) start = start.lastChild;
  walker.currentNode = start;
  const key = cleanText(title);
  for (let t = walker.nextNode(), seen = 0; t && seen < 8; t = walker.nextNode()) {
    let v = cleanText(t.nodeValue);
    if (key) v = v.split(key).join(' ').trim();
    if (!v || /^[\s|｜:：\-—>»·•]+$/.test(v)) continue;
    seen++;
    if (t.parentElement?.closest('a')) continue;
    const names = nameList(v);
    if (names.length) return names;
    if (v.length >= 40 && /[，。！？]/.test(v)) return []; // the story has started
  }
  return [];
}

/** The last ~160 characters of the body ("（记者 胡晓蓉）", "本报记者 XXX"). */
export function tailText(root: Element): string {
  const t = cleanText(root.textContent);
  return t.slice(Math.max(0, t.length - 160));
}

/**
 * A line at the top of the body that is nothing but byline metadata: the names alone repeating the byline
 * ("赵延东、风笑天" under the title) or a labelled byline ("本报记者 张伟 通讯员 李娜", "文/图 长城网记者 马骁") naming
 * the authors (or anyone, when no author is known). A dateline lead ("本报讯（记者 张伟）…") is the story and stays.
 * Returns the names the removed line gave (the 'removedLines' reader's authors), or [].
 */
export function dropLeadingByline(root: Element, authors: string[]): string[] {
  let seen = 0;
  for (const el of eachIn(root, BYLINE_LINES)) {
    if (seen >= 6) return [];
    if (hasDescendant(el, WRAPPERS)) continue; // wrappers: look at their lines
    const t = cleanText(el.textContent);
    if (!t) continue;
    seen++;
    if (t.length > 50) return []; // the story has started
    const names = nameList(t);
    const labelled = bylineOnlyNames(t);
    const known = labelled.length && (!authors.length || labelled.every((n) => authors.includes(n)));
    if (known || (authors.length && names.length && names.join() === authors.join())) {
      el.remove();
      return known ? labelled : names;
    }
  }
  return [];
}

/** The body often repeats the title as its first heading; the reader shows the title separately. */
export function dropLeadingTitle(root: Element, title: string): void {
  if (!title) return;
  const key = cleanText(title);
  let i = 0;
  for (const el of eachIn(root, TITLE_LINES)) {
    if (i++ >= 12) return;
    const t = cleanText(el.textContent);
    if (t.length > key.length + 24) {
      if (hasDescendant(el, TITLE_WRAPPERS)) continue; // a wrapper: look at its lines
      return; // the story has started: a later line naming the title is "（原标题：…）" or a quote
    }
    if (/^[（(【[]?\s*原标题/.test(t)) return;
    if (t && (t === key || (t.includes(key) && !hasDescendant(el, 'img')))) {
      el.remove();
      return;
    }
  }
}

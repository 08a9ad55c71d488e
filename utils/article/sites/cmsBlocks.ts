/**
 * The CMS blocks of a site template: `<!--enorth cms block start [ name="…" ]-->` … end comment pairs, read by
 * name (a profile's content, breadcrumb and info blocks) or dropped from the body (pagination).
 */

/** Nodes between `<!--enorth cms block start [ name="…" ]-->` and its end comment, by block name. */
export function cmsBlocks(doc: Document, start: RegExp, end: RegExp): Map<string, Node[]> {
  const out = new Map<string, Node[]>();
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const opens: Array<{ name: string; node: Node }> = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    const v = c.nodeValue ?? '';
    const m = start.exec(v);
    if (m) opens.push({ name: m[1], node: c });
    else if (end.test(v) && opens.length) {
      const open = opens.pop()!;
      if (open.node.parentNode === c.parentNode && !out.has(open.name)) {
        const nodes: Node[] = [];
        for (let n = open.node.nextSibling; n && n !== c; n = n.nextSibling) nodes.push(n);
        out.set(open.name, nodes);
      }
    }
  }
  return out;
}

/** Drop the nodes of named CMS blocks (pagination "上一页 1 2 3 下一页") from inside the body container. */
export function dropCmsBlocks(root: Element, start: RegExp, end: RegExp, names: string[]): void {
  if (!names.length) return;
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const starts: Node[] = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    const m = start.exec(c.nodeValue ?? '');
    if (m && names.includes(m[1])) starts.push(c);
  }
  for (const c of starts) {
    for (let n = c.nextSibling; n && !(n.nodeType === 8 && end.test(n.nodeValue ?? '')); n = c.nextSibling) n.remove();
  }
}

/**
 * A second opinion for the generic path: the element holding the most punctuated prose net of link
 * text and short fragments. Readability sometimes picks a sidebar on old table-layout Chinese pages
 * (blogs, forums); one pass over text nodes catches those.
 */

const PUNCT_RE = /[，。！？；：、,.!?;]/;
const SKIP_TAGS = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SELECT|OPTION|TEXTAREA|BUTTON)$/;

export interface ProseStats {
  prose: number;
  other: number;
  link: number;
}

function isProse(t: string): boolean {
  return (t.length >= 12 && PUNCT_RE.test(t)) || t.length >= 40;
}

const score = (s: ProseStats) => s.prose - 0.4 * s.other - 1.2 * s.link;

/** The element with the best prose score under body, or null on a page without prose. */
export function bestProseElement(doc: Document): { el: Element; stats: ProseStats } | null {
  const body = doc.body;
  if (!body) return null;
  const stats = new Map<Element, ProseStats>();
  const walker = doc.createTreeWalker(body, 4);
  const chain: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, '');
    if (!t) continue;
    chain.length = 0;
    let inLink = false;
    let skip = false;
    for (let p = n.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'A') inLink = true;
      else if (SKIP_TAGS.test(p.tagName)) skip = true;
      chain.push(p);
      if (p === body) break;
    }
    if (skip) continue;
    const kind: keyof ProseStats = inLink ? 'link' : isProse(t) ? 'prose' : 'other';
    for (const el of chain) {
      let s = stats.get(el);
      if (!s) stats.set(el, (s = { prose: 0, other: 0, link: 0 }));
      s[kind] += t.length;
    }
  }
  let best: { el: Element; stats: ProseStats } | null = null;
  let bestScore = 0;
  for (const [el, s] of stats) {
    if (/^(?:A|SPAN|FONT|B|STRONG|EM|I|U)$/.test(el.tagName)) continue;
    const sc = score(s);
    if (sc > bestScore) {
      bestScore = sc;
      best = { el, stats: s };
    }
  }
  return best;
}

import { useMemo } from 'preact/hooks';
import { foldForSearch } from '@/utils/store/search';

/** Text with every search term marked (<mark>), matched the way search matches (full-width and case folded). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  // Kept while text and terms stay (the list draws again as a query is typed, before its hits arrive).
  const parts = useMemo(() => splitByTerms(text, terms), [text, terms.join('\u0000')]);
  return <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

/** One character folded: ideographs and ASCII at once (most of a Chinese snippet), the rest through NFKC. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  return foldForSearch(char);
}

/** The folded text and, for each of its code units, the offset of the original character it came from. */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const part = foldChar(char);
    for (let i = 0; i < part.length; i++) origin.push(offset);
    folded += part;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

export function splitByTerms(text: string, terms: readonly string[]): { text: string; hit: boolean }[] {
  if (!terms.length) return [{ text, hit: false }];
  const { folded, origin } = foldWithOffsets(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      const end = origin[at + term.length];
      marked.fill(1, origin[at], end > origin[at] ? end : origin[at] + 1);
    }
  }
  const parts: { text: string; hit: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), hit: marked[start] === 1 });
      start = i;
    }
  }
  return parts.filter((part) => part.text);
}

/** Marks the terms inside a rendered article body (text nodes only; the sanitised markup is left as it is). */
export function markTermsIn(root: HTMLElement, terms: readonly string[]): number {
  for (const old of root.querySelectorAll('mark.cc-search-hit')) old.replaceWith(...old.childNodes);
  root.normalize();
  if (!terms.length) return 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const parts = splitByTerms(node.data, terms);
    if (parts.length === 1 && !parts[0].hit) continue;
    const fragment = root.ownerDocument.createDocumentFragment();
    for (const part of parts) {
      if (!part.hit) {
        fragment.append(part.text);
        continue;
      }
      const mark = root.ownerDocument.createElement('mark');
      mark.className = 'cc-search-hit';
      mark.textContent = part.text;
      fragment.append(mark);
      count++;
    }
    node.replaceWith(fragment);
  }
  return count;
}

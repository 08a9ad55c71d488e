/**
 * Old 长城网 pages type ASCII punctuation in Chinese text (大厂:打造…, 一页,在…). The reader shows it
 * full-width between Chinese characters; the stored text is never changed (this runs on the DOM copy).
 */

/** Before the mark: a Chinese character, a closing Chinese quote/bracket, or % (3.6%,同比). */
const BEFORE = '[\\p{Script=Han}”’」』）》%]';
/** After the mark (spaces allowed between): a Chinese character, an opening quote/bracket, or a digit. */
const AFTER = '[\\p{Script=Han}“‘「『（《\\d]';
/** Example: "大厂:打造" -> "大厂：打造"; "11:34" and "a,b" stay as they are. */
const MARK_BETWEEN = new RegExp(`(${BEFORE})\\s*([,;:?!])\\s*(?=${AFTER}|$)`, 'gu');
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/** Example: "(记者 张三)" -> "（记者 张三）": ASCII brackets around Chinese text. */
const HAN_IN_BRACKETS = /\(([^()]*\p{Script=Han}[^()]*)\)/gu;

export function fullWidthPunctuation(text: string): string {
  return text
    .replace(MARK_BETWEEN, (_, before: string, mark: string) => before + FULL_WIDTH[mark])
    .replace(HAN_IN_BRACKETS, '（$1）');
}

/** Same, on every text node under root (a mark split across nodes stays as it is). */
export function fullWidthInElement(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!/[,;:?!()]/.test(node.data)) continue;
    const next = fullWidthPunctuation(node.data);
    if (next !== node.data) node.data = next;
  }
}

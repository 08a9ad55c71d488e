/**
 * When a search can skip folding a text (foldForSearch: NFKC, then lower case). Folding a 6 kB body costs more
 * than reading it, and the search checks and cuts snippets from hundreds of bodies for one query.
 *
 * Most queries are Chinese words (ideographs, sometimes digits). Folding never changes an ideograph or an ASCII
 * digit, never joins one with a neighbour (they compose with nothing) and never deletes a character; so the only
 * way folding can make such a term appear or vanish is a character that folds INTO an ideograph or a digit:
 * ⼈ (Kangxi radical) -> 人, ㈠ -> (一), ㍻ -> 平成, ０ -> 0, ² -> 2, ① -> 1, ㎡ -> m2. A text without those
 * contains the term exactly when its folded text does, and the term sits at the same place among its neighbours.
 *
 * The two classes below list every such character (foldFree.test.ts recomputes them from every code point with
 * this runtime's Unicode data and fails on one missing). Characters outside the Basic Multilingual Plane are
 * matched by their high surrogate, so a whole plane block counts (more texts take the folding path: never wrong).
 */

/** Terms of ideographs (CJK Unified, Extension A) and ASCII digits only: the characters folding never changes. */
const PLAIN_TERM = /^[\u3400-\u4dbf\u4e00-\u9fff0-9]+$/;
const HAS_DIGIT = /[0-9]/;
const HAS_IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** One character class of the ranges (no u flag: an astral character is matched by its high surrogate). */
const charClass = (ranges: readonly string[]) => new RegExp(`[${ranges.join('')}]`);

/** Characters whose fold holds an ideograph, e.g. ⼈ -> 人, ㈠ -> (一), ㍻ -> 平成, 豈 (U+F900) -> 豈. */
const MAKES_IDEOGRAPH = charClass([
  '\u2e9f\u2ef3-\u2fd5', // CJK radicals supplement (two), Kangxi radicals
  '\u3038-\u303a\u3192-\u319f', // Hangzhou numerals, kanbun
  '\u3220-\u3247\u3280-\u32cb\u32ff', // parenthesised and circled ideographs, ㋿
  '\u3358-\u337f\u33e0-\u33fe', // telegraph hours, era names, telegraph days
  '\uf900-\ufad9', // CJK compatibility ideographs
  '\ud83c\ud87e', // astral: enclosed ideographic supplement (U+1F2xx), compatibility supplement (U+2F8xx-2FAxx)
]);

/** Characters whose fold holds an ASCII digit, e.g. ² -> 2, ① -> 1, ０ -> 0, ㎡ -> m2, ½ -> 1⁄2. */
const MAKES_DIGIT = charClass([
  '\u00b2\u00b3\u00b9\u00bc-\u00be', // superscripts, vulgar fractions
  '\u2070-\u2089\u2150-\u215f\u2189', // super- and subscript digits, number forms
  '\u2460-\u249b\u24ea\u3251-\u325f\u32b1-\u32cb', // circled and parenthesised numbers, month signs
  '\u3358-\u3379\u339f-\u33af\u33e0-\u33fe', // telegraph hours, squared units (㎡), telegraph days
  '\uff10-\uff19', // full-width digits
  '\ud833\ud835\ud83c\ud83e', // astral: segmented, mathematical, enclosed digits
]);

/** Which producers a term must not meet: 1 ideographs, 2 digits, 3 both; 0 when the term needs folding. */
export function plainTermKind(term: string): number {
  if (!PLAIN_TERM.test(term)) return 0;
  return (HAS_IDEOGRAPH.test(term) ? 1 : 0) | (HAS_DIGIT.test(term) ? 2 : 0);
}

/** The producer kinds a text holds (1 ideographs, 2 digits): a term of a kind it does not hold needs no fold. */
export function producerKinds(text: string): number {
  return (MAKES_IDEOGRAPH.test(text) ? 1 : 0) | (MAKES_DIGIT.test(text) ? 2 : 0);
}

/**
 * True when "the folded text contains `term`" (a folded term) can be answered on the text as written: the term
 * is plain and the text holds no character that folds into the term's kind (`kinds`: the text's producerKinds).
 */
export function foldFree(term: string, kinds: number): boolean {
  const kind = plainTermKind(term);
  return kind !== 0 && (kind & kinds) === 0;
}

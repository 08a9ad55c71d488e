/**
 * Page text -> Markdown that a CommonMark/GFM renderer (HTML allowed) shows as the same text, never as markup.
 *
 * Turndown escapes text node by node and only a few characters; page text such as `<script>`, `&lt;`,
 * `~~x~~`, `a | b` or `1) x` still turned into HTML, entities, strikethrough, tables and lists. Every
 * character that can start markup anywhere in a line is escaped with a backslash (CommonMark renders `\<` as
 * `<`), and the ones that only matter at the start of a line are escaped at the start of a text node, which
 * is where a line can begin (text nodes are whitespace-collapsed, so a line never starts inside one).
 */

/**
 * Escaped wherever they stand: backslash, emphasis (`*`, `_`), code (`` ` ``), links and wiki links (`[`, `]`),
 * raw HTML and autolinks (`<`), GFM tables (`|`), strikethrough (`~`), headings and closing `#`s, and TeX math
 * (`$`, read by Obsidian, Typora and other note apps).
 * Example: `<b>*x*</b> | $5` -> `\<b>\*x\*\</b> \| \$5`.
 */
const ANYWHERE = /[\\*_`[\]<|~$#]/g;

/** `&` that would start a character reference (`&lt;`, `&#60;`, `&copy;`) — or could, joined to the next node. */
const ENTITY_START = /&(?=[#A-Za-z0-9]|$)/g;

/**
 * Starts of a line that make a block: list bullets and setext/thematic underlines (`-`, `+`, `=`), block quotes
 * (`>`), ordered lists (`1. `, `1) `), and a `.`/`)` that an inline element split from its digits (`1<b>. x</b>`).
 * A number such as `3.6万` is no list marker and stays as it is.
 * Example: ` - 列表` -> ` \- 列表`, `12) 项` -> `12\) 项`, `. x` -> `\. x`.
 */
const LINE_START_MARK = /^(\s*)([-+=>])/;
const ORDERED_MARK = /^(\s*\d{1,9})([.)])(?=\s|$)/;
const SPLIT_ORDERED_MARK = /^([.)])(?=\s|$)/;

/**
 * Whether any of the escapes above can apply: one of the characters escaped anywhere, `&`, or a line start that
 * may be a block marker. Most text (Chinese prose) has none, and is returned as it is without five replaces.
 */
const MAY_NEED_ESCAPES = /[\\*_`[\]<|~$#&]|^\s*[-+=>.)\d]/;

export function escapeMarkdownText(text: string): string {
  if (!MAY_NEED_ESCAPES.test(text)) return text;
  return text
    .replace(ANYWHERE, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(LINE_START_MARK, '$1\\$2')
    .replace(ORDERED_MARK, '$1\\$2')
    .replace(SPLIT_ORDERED_MARK, '\\$1');
}

/** Whitespace (newlines included) collapsed to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A GFM table cell from plain text: one line, and escaped like body text — `|` (ends a cell), backticks,
 * `[[ ]]` (wiki links), `$` (math), `<` (HTML) and the rest all read as the characters they are.
 */
export function tableCell(text: string): string {
  return escapeMarkdownText(oneLine(text));
}

/** A scheme other than http(s) or mailto ahead (after spaces and a `<`): javascript:, data:, file:, obsidian: … */
const OTHER_SCHEME = String.raw`(?=\s*<?\s*(?!(?:https?|mailto):)[a-z][a-z0-9+.-]*:)`;
/** A link or image destination of such a scheme: `[x](javascript:…)`, `![x](data:…)`. */
const UNSAFE_DESTINATION = new RegExp(String.raw`\]\(${OTHER_SCHEME}`, 'gi');
/** A link reference definition to such a scheme: `[x]: javascript:…` (every `[x]` links to it). */
const UNSAFE_DEFINITION = new RegExp(String.raw`^( {0,3})\[(?=[^\]\n]*\]:${OTHER_SCHEME})`, 'gim');

/**
 * A user's note keeps its Markdown, but raw HTML and character references are shown as written, and a link or
 * picture only goes to an http(s) or mailto address (the body's links are held to the same): a note can come from
 * an imported backup, and must not bring markup or a javascript: link the user never saw.
 * Example: `[x](javascript:alert(1)) <b>` -> `[x]\(javascript:alert(1)) \<b>` (all shown as written).
 */
export function escapeNoteHtml(note: string): string {
  return note
    .replace(UNSAFE_DESTINATION, ']\\(')
    .replace(UNSAFE_DEFINITION, '$1\\[')
    .replace(/</g, '\\<')
    .replace(/&(?=[#A-Za-z0-9])/g, '\\&');
}

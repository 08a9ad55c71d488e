/**
 * Event handler attributes (onerror=, onload= …) cut out of an HTML string before Chromium parses it. Chromium
 * checks an extension page's script policy as soon as it parses one, in any document — a DOMParser's, a
 * <template>'s — and reports a violation on the page (twice, in the console). Nothing runs, and the sanitiser
 * removes them all anyway, but a body from an imported backup full of them filled the console on every open
 * and every Markdown download. The captured ones never have any (rawTree.ts buildTree skips them).
 *
 * Not a sanitiser: a start tag is read as the tokenizer reads it (quoted values may hold `>`); text, comments
 * and raw text are left alone except where they look like a start tag, and then only that tag's attributes named
 * on… go (every one: the sanitiser keeps none). Whatever this misses, the sanitiser still removes.
 */

/** Quick test: nothing that could be an on… attribute (most bodies, Chinese prose). */
const MAY_HAVE_HANDLER = /[\s/"']on/i;

/** A start tag: its name, then attributes (quoted values may hold `>`), up to its `>`. */
const START_TAG = /<[a-z][^\s/>]*((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/** One attribute with the spaces before it: a name and an optional value (quoted or not); a `/` is skipped. */
const ATTRIBUTE = /\s*([^\s/>="']+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

export function withoutEventHandlers(html: string): string {
  if (!MAY_HAVE_HANDLER.test(html)) return html;
  return html.replace(START_TAG, (tag: string, attributes: string) => {
    if (!MAY_HAVE_HANDLER.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute: string, name: string) =>
      /^on/i.test(name) ? '' : attribute,
    );
    return kept === attributes ? tag : `${tag.slice(0, tag.length - attributes.length - 1)}${kept}>`;
  });
}

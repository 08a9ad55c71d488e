/** A YAML front matter writer for untrusted page text: every string double-quoted and escaped. */

/** Characters YAML may not hold raw, or that YAML 1.1 readers take as line breaks. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * A double-quoted YAML scalar. JSON string syntax is valid YAML and already escapes quotes, backslashes,
 * control characters and lone surrogates; the rest YAML forbids or reads as newlines is escaped on top.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(YAML_UNSAFE, unicodeEscape).replace(MARKUP_START, unicodeEscape);
}

/**
 * `<` and an entity-starting `&`, escaped too: a Markdown renderer that does not know front matter shows it as
 * text, and must not meet page HTML there. YAML reads `\u003c` back as `<`, so the value stays exact.
 */
const MARKUP_START = /<|&(?=[#A-Za-z0-9])/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export type FrontMatterValue = string | readonly string[] | null | undefined;

/** `---` block; null/undefined values are left out, lists are written one item a line. */
export function frontMatter(fields: ReadonlyArray<readonly [key: string, value: FrontMatterValue]>): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      lines.push(`${key}: ${yamlString(value)}`);
    } else if (value.length === 0) {
      lines.push(`${key}: []`);
    } else {
      lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
    }
  }
  lines.push('---');
  return lines.join('\n');
}

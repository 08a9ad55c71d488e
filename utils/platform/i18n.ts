import { browser } from 'wxt/browser';

/**
 * UI strings come from public/_locales (zh_CN default, en for English browsers).
 * Outside an extension (unit tests) the key itself is returned so nothing crashes.
 *
 * Messages are kept once looked up: a page's language does not change while it is open, and each lookup is a
 * call into the browser (the library's list asks for a few per row on every search). The cache belongs to one
 * getMessage function, so a test that swaps it gets fresh strings.
 */
const messages = new Map<string, string>();
let messagesOf: unknown = null;
/** Most strings kept (substitutions such as a capture's title make new ones): then the cache starts again. */
const MESSAGES_KEPT = 2_000;

export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are built at run time (kind_money ...), so the generated literal-key typing can't apply.
    const getMessage = browser.i18n?.getMessage as ((key: string, subs?: string | string[]) => string) | undefined;
    if (getMessage !== messagesOf) {
      messages.clear();
      messagesOf = getMessage;
    }
    const id = substitutions === undefined ? key : `${key}\u0000${[substitutions].flat().join('\u0000')}`;
    const kept = messages.get(id);
    if (kept !== undefined) return kept;
    const message = getMessage?.(key, substitutions);
    if (message) {
      if (messages.size >= MESSAGES_KEPT) messages.clear();
      messages.set(id, message);
      return message;
    }
  } catch {
    /* not in an extension context */
  }
  return key;
}

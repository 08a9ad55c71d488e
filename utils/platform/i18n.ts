import { browser } from 'wxt/browser';

/**
 * UI strings come from public/_locales (zh_CN default, en for English browsers).
 * Outside an extension (unit tests) the key itself is returned so nothing crashes.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are built at run time (kind_money ...), so the generated literal-key typing can't apply.
    const getMessage = browser.i18n?.getMessage as ((key: string, subs?: string | string[]) => string) | undefined;
    const message = getMessage?.(key, substitutions);
    if (message) return message;
  } catch {
    /* not in an extension context */
  }
  return key;
}

/** 'zh' or 'en': which language the UI speaks, for formatting dates and numbers. */
export function uiLanguage(): 'zh' | 'en' {
  try {
    const lang = browser.i18n?.getUILanguage?.() ?? '';
    return lang.toLowerCase().startsWith('zh') || !lang ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

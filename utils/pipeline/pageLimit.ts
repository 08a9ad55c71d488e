/**
 * 1 M characters of HTML (a saved 长城网 article is 30–200 k, the largest of the 69 CWCED pages 400 k): the CLI's
 * --max-page default (boundPage.ts). Past it capture stays within seconds and a few hundred MB whatever the page's
 * size. Its own module, so the CLI's limits do not load the HTML tokenizer at start-up.
 */
export const DEFAULT_MAX_PAGE_CHARS = 1024 * 1024;

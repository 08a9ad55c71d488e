declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
  export const tables: TurndownService.Plugin;
  export const strikethrough: TurndownService.Plugin;
  export const taskListItems: TurndownService.Plugin;
}

declare module '@mixmark-io/domino' {
  /** A whole HTML document parsed by domino's HTML5 parser (the one turndown uses in Node). */
  export function createDocument(html?: string, force?: boolean): Document;
}

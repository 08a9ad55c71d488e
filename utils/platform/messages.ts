/** Messages between extension pages and the background worker. */
export type BackgroundMessage =
  | { type: 'refresh-badge'; tabId?: number }
  | { type: 'captures-changed' }
  /** Save a tab's article without opening the popup (what the context menu does). */
  | { type: 'quick-save'; tabId: number }
  /** Copy a just-saved capture's pictures for offline reading (the background outlives the popup). */
  | { type: 'keep-pictures'; captureId: string };

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'refresh-badge' || type === 'captures-changed' || type === 'quick-save' || type === 'keep-pictures';
}

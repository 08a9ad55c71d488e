/** Messages between extension pages and the background worker. */
export type BackgroundMessage =
  | { type: 'refresh-badge'; tabId?: number }
  | { type: 'captures-changed' };

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'refresh-badge' || type === 'captures-changed';
}

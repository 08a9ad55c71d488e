/**
 * Library change notices between extension pages (library tabs, popup, background): every committed
 * write is announced on a BroadcastChannel, so a second library tab shows another tab's edit at once.
 */

export interface LibraryChange {
  /** Ids written or deleted; empty for a change of everything (import, clear). */
  ids: string[];
  kind: 'save' | 'update' | 'delete' | 'import' | 'clear';
}

export type ChangeListener = (change: LibraryChange) => void;

const CHANNEL = 'changcheng-reader-library';

export interface ChangeHub {
  /** Tells this page's listeners and every other page. */
  announce(change: LibraryChange): void;
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

export function createChangeHub(name = CHANNEL): ChangeHub {
  const listeners = new Set<ChangeListener>();
  let channel: BroadcastChannel | null = null;
  const ensure = () => {
    if (channel || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(name);
    // Node (tests, CLI): do not keep the process alive for notices nobody else can hear.
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent) => {
      const data = event.data as Partial<LibraryChange> | null;
      if (!data || !Array.isArray(data.ids) || typeof data.kind !== 'string') return;
      const change: LibraryChange = {
        ids: data.ids.filter((id): id is string => typeof id === 'string'),
        kind: data.kind,
      };
      for (const listener of listeners) listener(change);
    };
    return channel;
  };
  return {
    announce(change) {
      for (const listener of listeners) listener(change);
      try {
        ensure()?.postMessage(change);
      } catch {
        /* a closed channel: other pages reload on focus anyway */
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      ensure();
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}

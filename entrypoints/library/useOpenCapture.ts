import { useEffect, useState } from 'preact/hooks';
import type { Capture } from '@/utils/types';
import { getCaptureStore } from '@/utils/store';

function idFromHash(): string | null {
  const match = /^#\/capture\/([^/]+)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The capture open on the right (from the address's #/capture/ID), loaded whole and kept current. */
export function useOpenCapture() {
  const [openId, setOpenId] = useState<string | null>(idFromHash());
  const [capture, setCapture] = useState<Capture | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const onHash = () => setOpenId(idFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!openId) {
      setCapture(null);
      return;
    }
    let alive = true;
    const load = () =>
      getCaptureStore()
        .getCapture(openId)
        .then((found) => {
          if (!alive) return;
          setCapture(found ?? null);
          setMissing(!found);
        })
        .catch(() => alive && setMissing(true));
    void load();
    const unsubscribe = getCaptureStore().subscribe((change) => {
      if (change.ids.length === 0 || change.ids.includes(openId)) void load();
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [openId]);

  const open = (id: string | null) => {
    const hash = id ? `#/capture/${encodeURIComponent(id)}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname);
    setOpenId(id);
  };

  return { openId, capture: capture?.id === openId ? capture : null, missing, open };
}

import { useEffect, useState } from 'preact/hooks';
import { normaliseSettings, readerSettings, DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/platform/settings';

/** Reading settings, remembered across popups and shared with the library page. */
export function useReaderSettings(): [ReaderSettings, (patch: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    readerSettings
      .getValue()
      .then((value) => alive && setSettings(normaliseSettings(value)))
      .catch(() => {});
    const unwatch = readerSettings.watch((value) => setSettings(normaliseSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = (patch: Partial<ReaderSettings>) => {
    const next = normaliseSettings({ ...settings, ...patch });
    setSettings(next);
    readerSettings.setValue(next).catch(() => {});
  };
  return [settings, update];
}

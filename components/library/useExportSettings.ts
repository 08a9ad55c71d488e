import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_EXPORT_SETTINGS,
  exportSettings,
  normaliseExportSettings,
  type ExportSettings,
} from '@/utils/platform/exportSettings';

/** Export and offline-picture settings, remembered and shared between library tabs. */
export function useExportSettings(): [ExportSettings, (patch: Partial<ExportSettings>) => void] {
  const [settings, setSettings] = useState<ExportSettings>(DEFAULT_EXPORT_SETTINGS);
  useEffect(() => {
    let alive = true;
    exportSettings
      .getValue()
      .then((value) => alive && setSettings(normaliseExportSettings(value)))
      .catch(() => {});
    const unwatch = exportSettings.watch((value) => setSettings(normaliseExportSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const update = (patch: Partial<ExportSettings>) => {
    const next = normaliseExportSettings({ ...settings, ...patch });
    setSettings(next);
    exportSettings.setValue(next).catch(() => {});
  };
  return [settings, update];
}

import { storage } from 'wxt/utils/storage';
import type { FrontMatterStyle } from '../export/obsidian';

/** Which pictures are copied into the library at save time. */
export type OfflinePictures = 'changcheng' | 'all' | 'off';

/** How the library exports: front matter style, pictures in zips, and the offline copy of pictures. */
export interface ExportSettings {
  frontMatterStyle: FrontMatterStyle;
  /** Zip exports carry the offline pictures in images/. */
  zipPictures: boolean;
  /** Copy an article's pictures at save time: 长城网 pages only (default), every site, or never. */
  offlinePictures: OfflinePictures;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  frontMatterStyle: 'default',
  zipPictures: true,
  offlinePictures: 'changcheng',
};

export const exportSettings = storage.defineItem<ExportSettings>('local:exportSettings', {
  fallback: DEFAULT_EXPORT_SETTINGS,
});

export function normaliseExportSettings(value: Partial<ExportSettings> | null | undefined): ExportSettings {
  return {
    frontMatterStyle: value?.frontMatterStyle === 'obsidian' ? 'obsidian' : 'default',
    zipPictures: value?.zipPictures !== false,
    offlinePictures:
      value?.offlinePictures === 'all' || value?.offlinePictures === 'off' ? value.offlinePictures : 'changcheng',
  };
}

/** The stored settings as every export reads them (defaults when storage cannot be read). */
export async function readExportSettings(): Promise<ExportSettings> {
  return normaliseExportSettings(await exportSettings.getValue().catch(() => null));
}

/** Whether a page's pictures are copied at save time under these settings. */
export function keepsPicturesOf(site: string, settings: Pick<ExportSettings, 'offlinePictures'>): boolean {
  return settings.offlinePictures === 'all' || (settings.offlinePictures === 'changcheng' && site === 'changcheng');
}

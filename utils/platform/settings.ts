import { storage } from 'wxt/utils/storage';

/** The site's own reading widget: 字号 大/中/小 and eight 背景色, plus dark mode. */
export type FontSize = 'small' | 'medium' | 'large';
export type PaperColor = 'almond' | 'autumn' | 'rouge' | 'mustard' | 'sky' | 'lilac' | 'grey' | 'white';
export type ColorScheme = 'system' | 'light' | 'dark';

export interface ReaderSettings {
  fontSize: FontSize;
  paper: PaperColor;
  scheme: ColorScheme;
}

export const DEFAULT_SETTINGS: ReaderSettings = { fontSize: 'medium', paper: 'white', scheme: 'system' };

/** Colours named as on 长城网 pages; 银河白 is the default there too. */
export const PAPER_COLORS: Array<{ id: PaperColor; label: string; color: string }> = [
  { id: 'almond', label: '杏仁黄', color: '#FAF9DE' },
  { id: 'autumn', label: '秋叶褐', color: '#FFF2E2' },
  { id: 'rouge', label: '胭脂红', color: '#FDE6E0' },
  { id: 'mustard', label: '芥末绿', color: '#E3EDCD' },
  { id: 'sky', label: '天蓝', color: '#DCE2F1' },
  { id: 'lilac', label: '雪青', color: '#E9EBFE' },
  { id: 'grey', label: '灰', color: '#EAEAEF' },
  { id: 'white', label: '银河白', color: '#FFFFFF' },
];

export const FONT_SIZES: Array<{ id: FontSize; label: string; px: number }> = [
  { id: 'large', label: '大', px: 19 },
  { id: 'medium', label: '中', px: 16 },
  { id: 'small', label: '小', px: 14 },
];

export const readerSettings = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
});

export function normaliseSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const fontSize = FONT_SIZES.some((f) => f.id === value?.fontSize) ? value!.fontSize! : DEFAULT_SETTINGS.fontSize;
  const paper = PAPER_COLORS.some((p) => p.id === value?.paper) ? value!.paper! : DEFAULT_SETTINGS.paper;
  const scheme = value?.scheme === 'light' || value?.scheme === 'dark' ? value.scheme : 'system';
  return { fontSize, paper, scheme };
}

import { storage } from 'wxt/utils/storage';
import type { FigureEdit } from '@/utils/types';

/**
 * The user's figure choices for a page, kept in extension storage per canonical URL the moment they are
 * made, so they survive the popup closing before 保存 (a popup closes on any click outside it).
 */
const keyOf = (canonicalUrl: string) => `local:figureEdits:${canonicalUrl}` as const;

export async function readPendingEdits(canonicalUrl: string): Promise<FigureEdit[] | null> {
  try {
    const value = await storage.getItem<FigureEdit[]>(keyOf(canonicalUrl));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

export async function writePendingEdits(canonicalUrl: string, edits: FigureEdit[]): Promise<void> {
  await storage.setItem(keyOf(canonicalUrl), edits);
}

export async function clearPendingEdits(canonicalUrl: string): Promise<void> {
  await storage.removeItem(keyOf(canonicalUrl)).catch(() => {});
}

/** What a re-capture changed, in words for the user (pure: compares two versions of one capture). */
import type { Article, Capture } from '@/utils/types';
import { t } from '@/utils/platform/i18n';

export interface RecaptureChanges {
  title: boolean;
  /** Characters of body text, after minus before. */
  textDelta: number;
  textChanged: boolean;
  figuresAdded: number;
  figuresRemoved: number;
  images: number;
  publishedAt: boolean;
}

const figureId = (figure: { text: string; label?: string }) => `${figure.text}|${figure.label ?? ''}`;

export function diffRecapture(before: Capture, after: Article): RecaptureChanges {
  const old = new Set(before.figures.map(figureId));
  const fresh = new Set(after.figures.map(figureId));
  return {
    title: before.title !== after.title,
    textDelta: after.text.length - before.text.length,
    textChanged: before.text !== after.text,
    figuresAdded: [...fresh].filter((id) => !old.has(id)).length,
    figuresRemoved: [...old].filter((id) => !fresh.has(id)).length,
    images: after.images.length - before.images.length,
    publishedAt: before.publishedAt !== after.publishedAt,
  };
}

export function describeChanges(changes: RecaptureChanges): string {
  const parts: string[] = [];
  if (changes.title) parts.push(t('libChangedTitle'));
  if (changes.publishedAt) parts.push(t('libChangedDate'));
  if (changes.textChanged) parts.push(t('libChangedText', (changes.textDelta >= 0 ? '+' : '') + changes.textDelta));
  if (changes.figuresAdded || changes.figuresRemoved)
    parts.push(t('libChangedFigures', [String(changes.figuresAdded), String(changes.figuresRemoved)]));
  if (changes.images) parts.push(t('libChangedImages', (changes.images > 0 ? '+' : '') + changes.images));
  return parts.length ? t('libRecaptured', parts.join('；')) : t('libRecapturedSame');
}

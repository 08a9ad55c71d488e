/**
 * What the popup and the library say after the background copied a saved article's pictures: only a full
 * store is worth a word (the article itself is saved; nothing of the copy was written).
 */
import { t } from './i18n';

/** The answer to a 'keep-pictures' message (utils/platform/keepPictures.ts), or anything else. */
export function picturesNotice(outcome: unknown): string | null {
  if (typeof outcome !== 'object' || outcome === null) return null;
  const { ok, quota } = outcome as { ok?: unknown; quota?: unknown };
  return ok === false && quota === true ? t('picturesQuota') : null;
}

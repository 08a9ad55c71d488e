import { browser } from 'wxt/browser';
import { extractFromTab } from '@/utils/platform/extract';
import { isBackgroundMessage } from '@/utils/platform/messages';
import { t } from '@/utils/platform/i18n';
import { isNotAnArticle } from '@/utils/types';
import { getCaptureStore, storeErrorMessage } from '@/utils/store';
import { canonicalize } from '@/utils/article/parse';
import { readCanonicalClaims, trustedCanonical } from '@/utils/urls';
import { keepPicturesOfCapture } from '@/utils/platform/keepPictures';
import { getPictureStore } from '@/utils/store/pictureStore';

const MENU_SAVE = 'changcheng-save-page';
const BADGE_SAVED = '✓';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_SAVE,
      title: t('menuSavePage'),
      contexts: ['page', 'selection', 'link', 'image'],
    });
  });

  // Offline pictures of captures deleted in a library tab that closed before its undo passed.
  browser.runtime.onStartup.addListener(
    () =>
      void getPictureStore()
        .pruneOrphans()
        .catch(() => undefined),
  );

  // Context menu: a quick save without opening the popup; the badge says how it went.
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_SAVE || tab?.id == null) return;
    await quickSave(tab.id);
  });

  browser.tabs.onActivated.addListener(({ tabId }) => void refreshBadge(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete' || change.url) void refreshBadge(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundMessage(message)) return;
    if (message.type === 'refresh-badge' && message.tabId != null) return refreshBadge(message.tabId);
    if (message.type === 'quick-save') return quickSave(message.tabId);
    if (message.type === 'keep-pictures') return keepPicturesOfCapture(message.captureId);
    return refreshActiveTabBadge();
  });
});

/**
 * Badge writes per tab, numbered: a look-up that started before a newer write (a quick save finishing) drops its
 * answer instead of wiping the newer badge.
 */
const badgeTurn = new Map<number, number>();
function nextTurn(tabId: number): number {
  const turn = (badgeTurn.get(tabId) ?? 0) + 1;
  badgeTurn.set(tabId, turn);
  return turn;
}

/** Extracts and saves in one go; the badge says how it went (✓ saved, ! with the reason in the tooltip). */
async function quickSave(tabId: number): Promise<{ ok: boolean; message?: string }> {
  nextTurn(tabId);
  await setBadge(tabId, '…', '#6b7280', t('badgeSaving'));
  const outcome = await extractFromTab(tabId);
  if (outcome.kind !== 'result' || isNotAnArticle(outcome.result)) {
    const reason = outcome.kind === 'result' ? t('stateNotArticleTitle') : outcome.message;
    await setBadge(tabId, '!', '#b91c1c', `${t('badgeSaveFailed')}: ${reason}`);
    return { ok: false, message: reason };
  }
  try {
    const { capture } = await getCaptureStore().saveArticle(outcome.result);
    nextTurn(tabId);
    // Pictures after the save (the article is kept either way); a full disk is said on the badge.
    void keepPicturesOfCapture(capture.id).then(async (kept) => {
      if (!kept.ok && kept.quota) await setBadge(tabId, '!', '#b45309', t('picturesQuota'));
    });
    await setBadge(tabId, BADGE_SAVED, '#15803d', t('badgeSaved'));
    return { ok: true };
  } catch (error) {
    const message = storeErrorMessage(error, t);
    nextTurn(tabId);
    await setBadge(tabId, '!', '#b91c1c', `${t('badgeSaveFailed')}: ${message}`);
    return { ok: false, message };
  }
}

/** Shows ✓ on the toolbar icon when the tab's page is already in the library. */
async function refreshBadge(tabId: number): Promise<void> {
  const turn = nextTurn(tabId);
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return; // tab closed
  }
  const saved = url && /^https?:/.test(url) ? await isSaved(tabId, url) : false;
  if (badgeTurn.get(tabId) !== turn) return; // a newer write (a quick save) owns the badge now
  await setBadge(tabId, saved ? BADGE_SAVED : '', '#15803d', saved ? t('badgeSaved') : t('actionTitle'));
}

async function refreshActiveTabBadge(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id != null) await refreshBadge(tab.id);
}

/**
 * Captures are keyed by Article.canonicalUrl, which follows the page's trusted <link rel=canonical> / og:url (an
 * hebei.com.cn page whose canonical is on hebccw.cn): the tab is looked up under the same key, read from the page
 * with the same rules, and under its own URL (pages we may not script, or not loaded yet).
 */
async function isSaved(tabId: number, url: string): Promise<boolean> {
  const keys = new Set([canonicalize(url)]);
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readCanonicalClaims });
    const claims = injection?.result as ReturnType<typeof readCanonicalClaims> | undefined;
    if (claims) keys.add(trustedCanonical(url, [claims.canonical, claims.ogUrl], claims.base || url));
  } catch {
    /* no permission on this host, or the page is still loading: its own URL only */
  }
  try {
    const store = getCaptureStore();
    for (const key of keys) if (await store.getByCanonicalUrl(key)) return true;
  } catch {
    /* the library can't be read: no badge */
  }
  return false;
}

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    // MV3 (Chrome) calls it action; the MV2 build for Firefox, browserAction.
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color });
    await action.setTitle({ tabId, title });
  } catch {
    /* the tab went away */
  }
}

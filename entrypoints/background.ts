import { browser } from 'wxt/browser';
import { extractFromTab } from '@/utils/platform/extract';
import { isBackgroundMessage } from '@/utils/platform/messages';
import { t } from '@/utils/platform/i18n';
import { isNotAnArticle } from '@/utils/types';
import { getCaptureStore, storeErrorMessage } from '@/utils/store';
import { canonicalize } from '@/utils/article/parse';

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
    return refreshActiveTabBadge();
  });
});

/** Extracts and saves in one go; the badge says how it went (✓ saved, ! with the reason in the tooltip). */
async function quickSave(tabId: number): Promise<{ ok: boolean; message?: string }> {
  await setBadge(tabId, '…', '#6b7280', t('badgeSaving'));
  const outcome = await extractFromTab(tabId);
  if (outcome.kind !== 'result' || isNotAnArticle(outcome.result)) {
    const reason = outcome.kind === 'result' ? t('stateNotArticleTitle') : outcome.message;
    await setBadge(tabId, '!', '#b91c1c', `${t('badgeSaveFailed')}: ${reason}`);
    return { ok: false, message: reason };
  }
  try {
    await getCaptureStore().saveArticle(outcome.result);
    await setBadge(tabId, BADGE_SAVED, '#15803d', t('badgeSaved'));
    return { ok: true };
  } catch (error) {
    const message = storeErrorMessage(error, t);
    await setBadge(tabId, '!', '#b91c1c', `${t('badgeSaveFailed')}: ${message}`);
    return { ok: false, message };
  }
}

/** Shows ✓ on the toolbar icon when the tab's page is already in the library. */
async function refreshBadge(tabId: number): Promise<void> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return; // tab closed
  }
  const saved = url && /^https?:/.test(url) ? await isSaved(url) : false;
  await setBadge(tabId, saved ? BADGE_SAVED : '', '#15803d', saved ? t('badgeSaved') : t('actionTitle'));
}

async function refreshActiveTabBadge(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id != null) await refreshBadge(tab.id);
}

async function isSaved(url: string): Promise<boolean> {
  try {
    const store = getCaptureStore();
    return !!(await store.getByCanonicalUrl(canonicalize(url)));
  } catch {
    return false;
  }
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

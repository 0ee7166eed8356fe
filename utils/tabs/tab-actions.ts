import { browser } from 'wxt/browser';
import type { ToContent, ToContentOf } from '../messaging/protocol';
import { reportedPopupPath } from './popup-url';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/**
 * Shows the tab's mention count on the toolbar icon (nothing when there are none), and gives the tab a
 * toolbar popup whose address names the tab and the count: the popup then opens on the right view without
 * first asking the browser which tab it is over. The browser drops both when the tab goes to another page.
 */
export async function showMentionCount(tabId: number | undefined, count: number): Promise<void> {
  const action = toolbarAction();
  if (tabId === undefined || !action) return;
  const popup = browser.runtime.getURL(reportedPopupPath({ tabId, mentions: count }));
  await Promise.all([
    action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' }),
    count > 0 ? action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' }) : undefined,
    action.setPopup({ tabId, popup }),
  ]);
}

/** Sends a shortcut's message to the active tab's content script (its top frame). */
async function tellActiveTab(msg: ToContent): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => undefined);
}

/** Asks the active tab's content script to step to the next or previous mention. */
export async function stepMentionInActiveTab(direction: 1 | -1): Promise<void> {
  const msg: ToContentOf<'step-mention'> = { type: 'step-mention', direction };
  await tellActiveTab(msg);
}

/** Asks the active tab to hide its highlights, or show them again. */
export async function toggleHighlightsInActiveTab(): Promise<void> {
  await tellActiveTab({ type: 'toggle-highlights' });
}

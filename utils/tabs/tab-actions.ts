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

/**
 * Sends a shortcut's message to the top frame of the tab it was pressed in (the browser names it), else of
 * the active tab of the last focused window: a service worker has no window of its own to be "current".
 */
async function tellTab(msg: ToContent, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, msg, { frameId: 0 }).catch(() => undefined);
}

/** Asks the tab's content script to step to the next or previous mention. */
export async function stepMentionInTab(direction: 1 | -1, tabId?: number): Promise<void> {
  const msg: ToContentOf<'step-mention'> = { type: 'step-mention', direction };
  await tellTab(msg, tabId);
}

/** Asks the tab to hide its highlights, or show them again. */
export async function toggleHighlightsInTab(tabId?: number): Promise<void> {
  await tellTab({ type: 'toggle-highlights' }, tabId);
}

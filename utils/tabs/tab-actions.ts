import { browser } from 'wxt/browser';
import type { ToContent, ToContentOf } from '../messaging/protocol';
import { reportedPopupPath } from './popup-url';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
type ToolbarAction = typeof browser.action;

function toolbarAction(): ToolbarAction | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Each tab's latest report and the document that made it (in memory: the worker's short life is enough). */
const latestReports = new Map<number, { documentId?: string; count: number }>();

/**
 * Shows the tab's mention count on the toolbar icon (nothing when there are none), and gives the tab a
 * toolbar popup whose address names the tab and the count: the popup then opens on the right view without
 * first asking the browser which tab it is over. The browser drops both when the tab goes to another page.
 *
 * A report the page sent just before the tab moved on can arrive after the browser dropped them, and would
 * put the old page's count on the new one. So once it is shown, the reporting document (`documentId`, where
 * the browser names it) is asked whether it is still there; if not, the tab gets the latest report of a live
 * page back, or the default popup.
 */
export async function showMentionCount(
  tabId: number | undefined,
  count: number,
  documentId?: string,
): Promise<void> {
  const action = toolbarAction();
  if (tabId === undefined || !action) return;
  latestReports.set(tabId, { documentId, count });
  await showCount(action, tabId, count);
  if (documentId === undefined || (await documentIsThere(tabId, documentId))) return;
  const latest = latestReports.get(tabId);
  if (latest && latest.documentId !== documentId) return showCount(action, tabId, latest.count);
  latestReports.delete(tabId);
  await showCount(action, tabId, undefined).catch(() => undefined); // The tab may be closed.
}

/** Puts a count (or, with none, nothing and the default popup) on the tab's toolbar icon. */
async function showCount(action: ToolbarAction, tabId: number, count: number | undefined): Promise<void> {
  const path = count === undefined ? '/popup.html' : reportedPopupPath({ tabId, mentions: count });
  await Promise.all([
    action.setBadgeText({ tabId, text: count ? String(Math.min(count, 999)) : '' }),
    count ? action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' }) : undefined,
    action.setPopup({ tabId, popup: browser.runtime.getURL(path) }),
  ]);
}

/** Whether the document still answers in the tab (one the tab has left, or a closed tab's, does not). */
function documentIsThere(tabId: number, documentId: string): Promise<boolean> {
  const ask: ToContentOf<'page-info'> = { type: 'page-info' };
  return browser.tabs.sendMessage(tabId, ask, { documentId }).then(
    () => true,
    () => false,
  );
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

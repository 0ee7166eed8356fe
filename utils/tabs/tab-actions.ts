import { browser, type Browser } from 'wxt/browser';
import { COUNT_PORT, isCountReport, type ToContent, type ToContentOf } from '../messaging/protocol';
import { reportedPopupPath } from './popup-url';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
type ToolbarAction = typeof browser.action;

function toolbarAction(): ToolbarAction | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Each tab's live reports, by the page's port, in the order they came (the last is on the badge). */
const reportsByTab = new Map<number, Map<Browser.runtime.Port, number>>();

/**
 * Follows one page's mention count (its content script's COUNT_PORT) on the toolbar icon: the count as a badge
 * (nothing when there are none), and a toolbar popup whose address names the tab and the count, so that the
 * popup opens on the right view without first asking the browser which tab it is over. The browser drops both
 * when the tab goes to another page.
 *
 * A report the page sent just before the tab moved on can arrive after the browser dropped them, and would
 * put the old page's count on the new one. The port's disconnect comes after the page's last report, so then
 * the tab gets the latest report of a page still there back, or the default popup. Other ports are left alone.
 */
export function followCountReports(port: Browser.runtime.Port, extensionId: string): void {
  const tabId = port.sender?.tab?.id;
  const action = toolbarAction();
  if (port.name !== COUNT_PORT || port.sender?.id !== extensionId || tabId === undefined || !action) return;
  port.onMessage.addListener((msg: unknown) => {
    if (!isCountReport(msg)) return;
    const reports = reportsByTab.get(tabId) ?? new Map<Browser.runtime.Port, number>();
    reports.delete(port);
    reports.set(port, msg.count);
    reportsByTab.set(tabId, reports);
    void showCount(action, tabId, msg.count).catch(() => undefined);
  });
  port.onDisconnect.addListener(() => {
    const reports = reportsByTab.get(tabId);
    if (!reports?.has(port)) return;
    const wasShown = [...reports.keys()].at(-1) === port;
    reports.delete(port);
    if (reports.size === 0) reportsByTab.delete(tabId);
    if (!wasShown) return;
    // The tab may be closed: then there is nothing to put back.
    void showCount(action, tabId, [...reports.values()].at(-1)).catch(() => undefined);
  });
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

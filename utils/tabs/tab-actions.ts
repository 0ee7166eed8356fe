import { browser } from 'wxt/browser';
import type { StepMentionRequest } from '../messaging/protocol';

/** The toolbar action: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Shows the tab's mention count on the toolbar icon; nothing when there are none. */
export async function setMentionBadge(tabId: number | undefined, count: number): Promise<void> {
  const action = toolbarAction();
  if (tabId === undefined || !action) return;
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' });
}

/** Asks the active tab's content script to step to the next or previous mention. */
export async function stepMentionInActiveTab(direction: 1 | -1): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: StepMentionRequest = { type: 'step-mention', direction };
  await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => undefined);
}

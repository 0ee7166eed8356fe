import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPageLink } from '../../components/popup/page-link';
import type { ListedMention } from '../../utils/messaging/protocol';

const MENTIONS: ListedMention[] = [{ topic: 'iran', text: 'Iran', id: 1 }];

/** A content script that answers only when told to, so the test sees which requests were in flight. */
function pageThatWaits() {
  const pending: Array<{ type: string; answer: () => void }> = [];
  const sendMessage = vi.fn(
    (_tabId: number, message: { type: string }) =>
      new Promise((resolve) => {
        const reply =
          message.type === 'page-info' ? { url: 'https://news.example.com/a' } : { mentions: MENTIONS };
        pending.push({ type: message.type, answer: () => resolve(reply) });
      }),
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  return { sendMessage, answerAll: () => pending.splice(0).forEach((p) => p.answer()) };
}

async function tabShowing(url: string | undefined) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://placeholder.example/', active: true });
  // The browser withholds the address without the "tabs" permission: `url` undefined stands for that.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ ...tab, url }]) as never);
  return tab.id!;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the browser link of the popup', () => {
  it('asks the page for its mentions alongside its address, not after it', async () => {
    const tabId = await tabShowing(undefined);
    const page = pageThatWaits();
    const link = createBrowserPageLink();
    await vi.waitFor(() => expect(page.sendMessage).toHaveBeenCalledTimes(2));
    expect(page.sendMessage.mock.calls.map(([, m]) => m.type).sort()).toEqual(['page-info', 'page-mentions']);
    page.answerAll();
    expect(await link.activePage()).toEqual({ tabId, url: 'https://news.example.com/a' });
    // The first ask takes the answer already on its way; asking again (a refresh) asks the page anew.
    expect(await link.pageMentions(tabId)).toEqual(MENTIONS);
    expect(page.sendMessage).toHaveBeenCalledTimes(2);
    const again = link.pageMentions(tabId);
    expect(page.sendMessage).toHaveBeenCalledTimes(3);
    page.answerAll();
    expect(await again).toEqual(MENTIONS);
  });

  it('asks a page the browser names directly for nothing but its mentions', async () => {
    const tabId = await tabShowing('https://news.example.com/b');
    const page = pageThatWaits();
    const link = createBrowserPageLink();
    expect(await link.activePage()).toEqual({ tabId, url: 'https://news.example.com/b' });
    expect(page.sendMessage.mock.calls.map(([, m]) => m.type)).toEqual(['page-mentions']);
  });

  it('asks a browser page, where no content script runs, for nothing', async () => {
    const tabId = await tabShowing('chrome://settings/');
    const page = pageThatWaits();
    const link = createBrowserPageLink();
    expect(await link.activePage()).toEqual({ tabId, url: 'chrome://settings/' });
    expect(page.sendMessage).not.toHaveBeenCalled();
  });

  it('asks the page of a tab its address names at once, without asking the browser first', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    const page = pageThatWaits();
    const link = createBrowserPageLink(42);
    expect(page.sendMessage.mock.calls.map(([tabId, m]) => [tabId, m.type]).sort()).toEqual([
      [42, 'page-info'],
      [42, 'page-mentions'],
    ]);
    page.answerAll();
    expect(await link.activePage()).toEqual({ tabId: 42, url: 'https://news.example.com/a' });
    expect(await link.pageMentions(42)).toEqual(MENTIONS);
    expect(query).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });

  it('gives a named tab whose page does not answer no address, and its mentions fail', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const link = createBrowserPageLink(7);
    expect(await link.activePage()).toEqual({ tabId: 7, url: '' });
    await expect(link.pageMentions(7)).rejects.toThrow(/Receiving end/);
  });
});

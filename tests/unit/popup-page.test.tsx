import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPageLink } from '../../components/popup/page-link';
import { dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import type { ListedMention } from '../../utils/messaging/protocol';
import { readSetting } from '../../utils/settings/settings-store';
import { t } from '../../utils/i18n/i18n';
import { renderPopup } from './render-popup';

const BUNDLED_NOTICE = t('popup_offline_notice');
const UNREADABLE_MESSAGE = t('popup_unreadable');

const MENTIONS: ListedMention[] = [
  { topic: 'putin', text: 'Vladimir Putin', id: 101 },
  { topic: 'iran', text: 'Iran', id: 102 },
  { topic: 'putin', text: 'Putin', id: 103 },
  { topic: 'bushehr', text: 'Bushehr', id: 104 },
  { topic: 'iran', text: 'Tehran', id: 105 },
  { topic: 'iran', text: 'Iranian', id: 106 },
];

let db: FactDatabase;
let dbCount = 0;
const sendMessage = vi.fn<(tabId: number, message: unknown, options?: unknown) => Promise<unknown>>();
const closeWindow = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  db = new FactDatabase(`popup-page-${++dbCount}`);
  sendMessage.mockReset();
  closeWindow.mockReset();
  // The fake browser has no content scripts: answer for one.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  vi.spyOn(window, 'close').mockImplementation(closeWindow);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

/**
 * Opens the popup over a tab showing `url`, through the real browser link: as the toolbar popup of a tab
 * whose page reported `reported` mentions (its address names the tab), or, without, the default popup,
 * which asks the browser for the active tab.
 */
async function openOver(url: string, reported?: number) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  // The fake browser has no current window after a reset, so its tabs.query cannot answer by itself.
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as never);
  const user = userEvent.setup();
  renderPopup(db, {
    reportedMentions: reported,
    pageLink: reported === undefined ? undefined : createBrowserPageLink(tab.id),
  });
  await screen.findByRole('tablist');
  return { user, tabId: tab.id!, query };
}

/** The content script: its mentions, and the page's address (the browser withholds it from the popup). */
const answerWith = (mentions: ListedMention[]) =>
  sendMessage.mockImplementation(async (tabId, message) => {
    const type = (message as { type: string }).type;
    if (type === 'page-mentions') return { mentions };
    if (type === 'page-info') return { url: (await fakeBrowser.tabs.get(tabId)).url };
    return { ok: true };
  });

describe('popup: on this page', { timeout: 20_000 }, () => {
  it('lists the mentions grouped by topic, with counts, and starts there when the page reported some', async () => {
    answerWith(MENTIONS);
    const { tabId, query } = await openOver('https://news.example.com/story', MENTIONS.length);
    const putin = await screen.findByRole('region', { name: /Putin/ });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('On this page');
    expect(
      within(putin)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Vladimir Putin#1', 'Putin#3']);
    expect(screen.getByRole('heading', { name: 'Iran 3' })).toBeTruthy();
    expect(screen.getByText(/6 mentions on this page/)).toBeTruthy();
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'page-mentions', ids: true }, { frameId: 0 });
    // The address named the tab: the browser was not asked which tab it is.
    expect(query).not.toHaveBeenCalled();
  });

  it('sends focus-mention with the mention’s id (not its place in the list), then closes the popup', async () => {
    answerWith(MENTIONS);
    const { user, tabId } = await openOver('https://news.example.com/story', MENTIONS.length);
    await user.click(await screen.findByRole('button', { name: 'Tehran, mention 5 of 6' }));
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'focus-mention', id: 105 }, { frameId: 0 });
    await waitFor(() => expect(closeWindow).toHaveBeenCalled());
  });

  it('drops malformed mentions the page sends', async () => {
    answerWith([
      ...MENTIONS.slice(0, 1),
      { topic: 'mars', text: 'x', id: 107 } as never,
      { topic: 'iran' } as never,
    ]);
    await openOver('https://news.example.com/story', 3);
    expect(await screen.findByText(/1 mention on this page/)).toBeTruthy();
  });

  it.each(['chrome://extensions/', 'https://chromewebstore.google.com/detail/x', 'about:addons'])(
    'says plainly it cannot read %s',
    async (url) => {
      // The store has a URL content scripts could match, but the browser keeps them out: no answer.
      sendMessage.mockRejectedValue(
        new Error('Could not establish connection. Receiving end does not exist.'),
      );
      await openOver(url);
      await clickPageTab();
      expect(await screen.findByText(UNREADABLE_MESSAGE)).toBeTruthy();
    },
  );

  it('shows a friendly empty state and opens on Browse when the page mentions nothing', async () => {
    answerWith([]);
    const { user } = await openOver('https://news.example.com/story', 0);
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse');
    await user.click(screen.getByRole('tab', { name: 'On this page' }));
    expect(
      await screen.findByText(/this page doesn’t mention Iran, Russia, Putin, Bushehr or SWIFT/),
    ).toBeTruthy();
  });

  it('opens on Browse when the page reported mentions but now has none', async () => {
    answerWith([]);
    await openOver('https://news.example.com/story', 4);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse'));
  });

  it('searches while a page that reported mentions is still busy listing them', async () => {
    // A huge page still being scanned: its address comes back at once, its mentions not yet.
    sendMessage.mockImplementation(async (tabId, message) =>
      (message as { type: string }).type === 'page-info'
        ? { url: (await fakeBrowser.tabs.get(tabId)).url }
        : new Promise(() => undefined),
    );
    const { user } = await openOver('https://news.example.com/huge', 3000);
    expect(screen.getByText('Looking for mentions on this page…')).toBeTruthy();
    await user.type(screen.getByRole('searchbox'), 'Bushehr');
    const results = within(screen.getByRole('region', { name: 'Search results' }));
    expect((await results.findAllByRole('listitem')).length).toBeGreaterThan(1);
  });

  it('opens on Browse at once over a page that reported nothing, and stays there when it answers', async () => {
    let answer: (value: unknown) => void = () => undefined;
    sendMessage.mockImplementation(async (_tab, message) =>
      (message as { type: string }).type === 'page-mentions'
        ? new Promise((resolve) => (answer = resolve))
        : { url: 'https://news.example.com/story' },
    );
    const { user } = await openOver('https://news.example.com/story');
    // Its first render, before any answer: Browse with the topics.
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse');
    expect(screen.getByRole('heading', { name: dataset.topics[0]!.name })).toBeTruthy();
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        expect.any(Number),
        { type: 'page-mentions', ids: true },
        { frameId: 0 },
      ),
    );
    answer({ mentions: MENTIONS });
    await screen.findByRole('checkbox', { name: 'Highlight on this site' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse');
    await user.click(screen.getByRole('tab', { name: 'On this page' }));
    expect(await screen.findByText(/6 mentions on this page/)).toBeTruthy();
  });
});

async function clickPageTab() {
  const tab = await screen.findByRole('tab', { name: 'On this page' });
  await userEvent.setup().click(tab);
}

describe('popup: site switch', { timeout: 20_000 }, () => {
  it('switches highlighting off and on for the tab’s host, at once', async () => {
    answerWith(MENTIONS);
    const { user } = await openOver('https://News.Example.com:8443/story', MENTIONS.length);
    const toggle = await screen.findByRole('checkbox', { name: 'Highlight on this site' });
    await waitFor(() => expect(toggle).toHaveProperty('checked', true));
    expect(screen.getByText('news.example.com:8443')).toBeTruthy();
    const asked = sendMessage.mock.calls.length;

    await user.click(toggle);
    await waitFor(async () =>
      expect((await readSetting('disabledSites')).value).toEqual(['news.example.com:8443']),
    );
    expect(toggle).toHaveProperty('checked', false);
    expect(screen.getByText(/Highlighting is off on this site/)).toBeTruthy();
    // The page is asked again so the list follows the content script.
    await waitFor(() => expect(sendMessage.mock.calls.length).toBeGreaterThan(asked));

    await user.click(toggle);
    await waitFor(async () => expect((await readSetting('disabledSites')).value).toEqual([]));
  });

  it('has no site switch where there is no site, and does not read the settings for one', async () => {
    sendMessage.mockRejectedValue(new Error('no receiver'));
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await openOver('chrome://newtab/');
    expect(await screen.findByRole('tab', { name: 'Browse', selected: true })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Highlight on this site' })).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('popup: database failure', { timeout: 20_000 }, () => {
  it('falls back to the built-in facts with a discreet notice, and nothing crashes', async () => {
    answerWith([]);
    db.close({ disableAutoOpen: true });
    const { user } = await openOver('https://news.example.com/story');
    expect(await screen.findByText(BUNDLED_NOTICE)).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search facts and topics' }), 'Bushehr');
    const items = await within(screen.getByRole('region', { name: 'Search results' })).findAllByRole(
      'listitem',
    );
    expect(items.length).toBeGreaterThan(1);
    // Saving needs the database: the stars are off rather than failing.
    const stars = screen.getAllByRole('button', { name: 'Save' });
    await waitFor(() => expect(stars.every((s) => s.hasAttribute('disabled'))).toBe(true));
  });
});

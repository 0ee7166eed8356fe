import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPage } from '../../components/shared/mount-page';
import { keysOf, KEY_ROWS } from '../../components/welcome/shortcut-keys';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { LANGUAGES } from '../../data/constants';
import { topics } from '../../data/topics';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
// Renamed: the lint rule for React hooks takes any `use…` call for a hook, and this is no hook.
import { setMessages as speakCatalog, t, type Messages } from '../../utils/i18n/i18n';
import { DEFAULT_ENABLED_TOPICS } from '../../utils/settings/settings-schema';
import { readSetting, writeSetting } from '../../utils/settings/settings-store';
import { opensWelcome, welcomeOnInstall } from '../../utils/tabs/welcome';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

const WELCOME_URL = 'chrome-extension://test-id/welcome.html';

/** The listener as the background registers it, with the fake browser's tabs; returns the tabs it opens. */
function registerListener(): string[] {
  const opened: string[] = [];
  fakeBrowser.runtime.onInstalled.addListener(
    welcomeOnInstall({
      openTab: (url) => {
        opened.push(url);
        return fakeBrowser.tabs.create({ url });
      },
      urlOf: (path) => `chrome-extension://test-id${path}`,
    }),
  );
  return opened;
}

describe('the welcome page on install', () => {
  it.each([
    ['install', true],
    ['update', false],
    ['chrome_update', false],
    ['browser_update', false],
    ['shared_module_update', false],
  ])('opens for reason %j: %s', (reason, opens) => {
    expect(opensWelcome({ reason })).toBe(opens);
  });

  it('opens one tab on a first install, and none when the browser reports the install again', async () => {
    const opened = registerListener();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(opened).toEqual([WELCOME_URL]);
    // Chromium does this at every start for an extension loaded from its command line.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(opened).toEqual([WELCOME_URL]);
  });

  it('opens nothing on an update of the extension or the browser', async () => {
    const opened = registerListener();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(opened).toEqual([]);
  });
});

describe('the welcome page’s keys', () => {
  it.each([
    [
      'the defaults when the browser reports no commands',
      [],
      ['Alt+Shift+K', 'Alt+Shift+J', 'Alt+Shift+H', 'Esc'],
    ],
    [
      'what the reader bound, and "not set" for a removed key',
      [
        { name: 'next-mention', shortcut: 'Ctrl+Shift+1' },
        { name: 'previous-mention', shortcut: '' },
        { name: '_execute_action', shortcut: 'Alt+Shift+B' },
      ],
      ['Ctrl+Shift+1', 'not set', 'Alt+Shift+H', 'Esc'],
    ],
  ])('shows %s', (_, bound, shown) => {
    expect(keysOf(KEY_ROWS, bound)).toEqual(shown);
  });
});

describe('the welcome page', { timeout: 20_000 }, () => {
  it('has its landmarks, its sections as headed regions, and a link to the options', async () => {
    render(<WelcomeApp topics={topics} />);
    await screen.findByRole('heading', { name: 'Topics' });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Backstory');
    expect(screen.getByRole('banner').textContent).toContain(
      `mentions of Iran, Russia, Putin, Bushehr and SWIFT on the pages you open, in ${LANGUAGES.length} languages,`,
    );
    for (const name of ['Try it here', 'Keys', 'What it keeps, and what it sends', 'Topics'])
      expect(screen.getByRole('region', { name })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'options page' }).getAttribute('href')).toBe('/options.html');
    const sample = within(screen.getByRole('region', { name: 'Try it here' })).getByRole('figure');
    expect(sample.textContent).toMatch(/Putin.*Iran.*Bushehr.*SWIFT/s);
  });

  it('switches a topic off for every page at once', async () => {
    const user = userEvent.setup();
    render(<WelcomeApp topics={topics} />);
    await user.click(await screen.findByRole('checkbox', { name: 'SWIFT' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await readSetting('enabledTopics')).value).toEqual({ ...DEFAULT_ENABLED_TOPICS, swift: false });
  });
});

describe('the welcome page in the reader’s language', { timeout: 20_000 }, () => {
  const english = joinParts('en', readCatalogParts().get('en')!);
  /** Persian's direction under English words, until fa/welcome.json exists (then: its words too). */
  const persian: Messages = { ...english, locale: { message: 'fa' } };

  afterEach(() => {
    vi.unstubAllGlobals();
    speakCatalog({ locale: 'en', messages: english });
    document.documentElement.removeAttribute('dir');
    document.documentElement.lang = 'en';
    document.body.replaceChildren();
  });

  it('starts right to left in Persian, titled in the interface’s words, with the key names left to right', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      Response.json(url.endsWith('/_locales/fa/messages.json') ? persian : english),
    );
    await writeSetting('uiLanguage', 'fa');
    const container = document.body.appendChild(document.createElement('div'));
    const unmount = await mountPage(container, {
      title: () => t('welcome_title'),
      render: () => <WelcomeApp topics={topics} />,
    });
    try {
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe('fa');
      expect(document.title).toBe('Welcome to Backstory');
      const keys = within(screen.getByRole('region', { name: 'Keys' }));
      expect(keys.getByText('Alt+Shift+K').getAttribute('dir')).toBe('ltr');
      // Counts as Persian writes them: the lead says in how many languages Backstory finds names.
      expect(screen.getByRole('banner').textContent).toContain(
        `in ${LANGUAGES.length.toLocaleString('fa')} languages`,
      );
    } finally {
      unmount();
    }
  });
});

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup } from '../../components/popup/mount-popup';
import type { PageLink } from '../../components/popup/page-link';
import { dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import { inMemoryBase } from './bundled';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
import { browserCatalog } from '../../utils/i18n/choose';
// Renamed: the lint rule for React hooks takes any `use…` call for a hook, and this is no hook.
import { setMessages as speakCatalog, type Messages } from '../../utils/i18n/i18n';
import { buildFactSearch } from '../../utils/search/fact-search';
import { writeSetting } from '../../utils/settings/settings-store';
import { popupAddressOf } from '../../utils/tabs/popup-url';

const english = joinParts('en', readCatalogParts().get('en')!);
/** The Persian catalog as the build ships it. */
const persian: Messages = joinParts('fa', readCatalogParts().get('fa')!);

const quietPage: PageLink = {
  activePage: async () => null,
  pageMentions: async () => [],
  focusMention: async () => undefined,
  closePopup: () => undefined,
};

let db: FactDatabase;
let dbCount = 0;
let unmount: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  db = new FactDatabase(`popup-language-${++dbCount}`);
  // The popup fetches the chosen catalog from the extension's files, as it does in the browser.
  vi.stubGlobal('fetch', async (url: string) =>
    Response.json(url.endsWith('/_locales/fa/messages.json') ? persian : english),
  );
});

afterEach(async () => {
  unmount?.();
  unmount = undefined;
  cleanup();
  vi.unstubAllGlobals();
  // Back to what the unit setup installs, for the next test file's sake.
  speakCatalog({ locale: 'en', messages: english });
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
  document.body.replaceChildren();
  await db.delete();
});

/** Starts the popup page as the browser does, at its plain address, over no tab. */
async function startPopup() {
  const container = document.body.appendChild(document.createElement('div'));
  unmount = await mountPopup(container, {
    address: popupAddressOf(''),
    pageLink: quietPage,
    db,
    // The database is empty: the bundled records answer, from memory (a test has no extension to fetch from).
    bundle: inMemoryBase(dataset),
    createSearch: buildFactSearch,
  });
}

describe('the popup in the reader’s language', { timeout: 20_000 }, () => {
  it('speaks the language chosen in the options, left to right in English', async () => {
    // (The test's browser has no i18n of its own, so the language is chosen rather than the browser's.)
    await writeSetting('uiLanguage', 'en');
    await startPopup();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Backstory');
    expect(await screen.findByRole('searchbox', { name: /Search/ })).toBeTruthy();
  });

  it('opens right to left in Persian, with the facts’ own English words kept left to right', async () => {
    const user = userEvent.setup();
    await writeSetting('uiLanguage', 'fa');
    await startPopup();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(await screen.findByRole('searchbox', { name: /جست‌وجو/ })).toBeTruthy();

    // The arrow keys follow the row of tabs, which runs right to left: the left arrow goes to the next tab.
    const browse = await screen.findByRole('tab', { selected: true });
    expect(browse.textContent).toBe('مرور');
    await user.click(browse);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('در این صفحه');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('مرور');

    await user.type(screen.getByRole('searchbox'), 'Bushehr');
    const results = within(screen.getByRole('region', { name: persian.popup_results_label!.message }));
    await waitFor(() => expect(results.getAllByRole('listitem').length).toBeGreaterThan(1));
    const factTexts = new Set(dataset.facts.map((f) => f.text));
    const texts = document.querySelectorAll('.results .fact__text');
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(factTexts.has(text.textContent ?? '')).toBe(true);
      expect([text.getAttribute('lang'), text.getAttribute('dir')]).toEqual(['en', 'auto']);
    }
    // Counts in Persian digits: the summary says how many results there are.
    expect(results.getByRole('status').textContent).toMatch(/[۰-۹]/);
    expect(results.getByRole('status').textContent).not.toMatch(/[0-9]|results/);
    // The topic under its Persian name, with the English spelling the reader typed beside it.
    const [topic] = results.getAllByRole('listitem');
    expect(within(topic!).getByRole('heading').textContent).toContain('بوشهر');
    const alias = topic!.querySelector('.topic-hit__alias');
    expect(alias?.querySelector('bdi mark')?.textContent).toBe('Bushehr');
  });

  it('reads the browser’s language from its catalog when the browser’s i18n gives no words', async () => {
    // As Chrome did to a whole extension process in the end-to-end tests: every message, even @@ui_locale, empty.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fa-IR');
    await writeSetting('uiLanguage', 'auto');
    await startPopup();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe(persian.ext_name!.message);
    expect(await screen.findByRole('searchbox', { name: /جست‌وجو/ })).toBeTruthy();
  });
});

describe('browserCatalog', () => {
  it('picks the catalog the browser would: its region’s, its language’s, else English', () => {
    expect(browserCatalog('zh-CN')).toBe('zh_CN');
    expect(browserCatalog('fa-IR')).toBe('fa');
    expect(browserCatalog('ru')).toBe('ru');
    expect(browserCatalog('zh-TW')).toBe('en');
    expect(browserCatalog('pt-BR')).toBe('en');
  });
});

import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountOptions } from '../../components/options/mount-options';
import { OptionsApp } from '../../components/options/OptionsApp';
import { dataset } from '../../data/index';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
// Renamed: the lint rule for React hooks takes any `use…` call for a hook, and this is no hook.
import { setMessages as speakCatalog, type Messages } from '../../utils/i18n/i18n';
import { readSetting, writeSetting } from '../../utils/settings/settings-store';

const english = joinParts('en', readCatalogParts().get('en')!);
/**
 * Persian as far as the page's own code goes: the English words under a catalog that names itself `fa`, so the
 * page takes Persian's direction, dates, numbers and language names. Its words come with fa/options.json.
 */
/** The Persian catalog as the build ships it. */
const persian: Messages = joinParts('fa', readCatalogParts().get('fa')!);
const PERSIAN_TOPIC_NAMES = ['ایران', 'روسیه', 'پوتین', 'بوشهر', 'سوئیفت'];
const TOPIC_NAMES = ['Iran', 'Russia', 'Putin', 'Bushehr', 'SWIFT'];

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // Back to what the unit setup installs, for the next test file's sake.
  speakCatalog({ locale: 'en', messages: english });
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
});

describe('options: interface language', { timeout: 20_000 }, () => {
  it('offers the browser’s language and each interface language named in its own words, and saves the choice', async () => {
    const user = userEvent.setup();
    render(<OptionsApp topics={dataset.topics} />);
    const menu = await screen.findByRole('combobox', { name: 'Interface language' });
    const options = within(menu).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ['auto', '', 'Same as the browser'],
      ['en', 'en', 'English'],
      ['ru', 'ru', 'Русский'],
      ['fa', 'fa', 'فارسی'],
      ['ar', 'ar', 'العربية'],
      ['de', 'de', 'Deutsch'],
      ['fr', 'fr', 'Français'],
      ['es', 'es', 'Español'],
      ['zh_CN', 'zh-CN', '中文（中国）'],
    ]);
    expect(menu).toHaveProperty('value', 'auto');

    await user.selectOptions(menu, 'zh_CN');
    await waitFor(async () => expect((await readSetting('uiLanguage')).value).toBe('zh_CN'));
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('opens right to left in Persian, keeps each topic’s name, and follows a change of language without a reload', async () => {
    // The page fetches the chosen catalog from the extension's files, as it does in the browser.
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const messages = url.endsWith('/_locales/fa/messages.json') ? persian : english;
      return new Response(JSON.stringify(messages));
    });
    await writeSetting('uiLanguage', 'fa');
    const container = document.body.appendChild(document.createElement('div'));
    const unmount = await mountOptions(container, { topics: dataset.topics });
    try {
      expect(fetched).toEqual(['chrome-extension://test-extension-id/_locales/fa/messages.json']);
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe('fa');
      await screen.findByRole('heading', { name: 'موضوع‌ها' });
      expect(document.title).toBe('تنظیمات Backstory');
      // The topic switches are named as Persian writes the topics.
      for (const name of PERSIAN_TOPIC_NAMES) {
        expect(screen.getByRole('checkbox', { name })).toHaveProperty('checked', true);
      }
      // Language names come from the browser, in the interface's language: Russian is روسی.
      expect(screen.getByRole('checkbox', { name: 'روسی' })).toHaveProperty('checked', true);
      expect(screen.getByRole('combobox', { name: 'زبان رابط کاربری' })).toHaveProperty('value', 'fa');

      await writeSetting('uiLanguage', 'en');
      await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
      expect(document.documentElement.lang).toBe('en');
      await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Russian' })).toBeTruthy());
      for (const name of TOPIC_NAMES) expect(screen.getByRole('checkbox', { name })).toBeTruthy();
      expect(document.title).toBe('Backstory settings');
    } finally {
      unmount();
      container.remove();
    }
  });
});

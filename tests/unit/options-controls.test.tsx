import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHostInput } from '../../components/options/host-name';
import { OptionsApp } from '../../components/options/OptionsApp';
import { dataset } from '../../data/index';
import { DEFAULT_LANGUAGES } from '../../utils/settings/settings-schema';
import { readSetting, writeSetting } from '../../utils/settings/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openOptions(props: { isFirefox?: boolean } = {}) {
  const user = userEvent.setup();
  render(<OptionsApp topics={dataset.topics} {...props} />);
  await screen.findByRole('heading', { name: 'Topics' });
  return user;
}

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('options: sites where Backstory is off', { timeout: 20_000 }, () => {
  it('adds a site from a host name or a pasted address, and removes it', async () => {
    const user = await openOptions();
    const sites = () => section('Sites where Backstory is off');
    await user.type(
      sites().getByRole('textbox', { name: 'Add a site' }),
      'https://News.Example.com/world?x=1{Enter}',
    );
    await waitFor(async () =>
      expect((await readSetting('disabledSites')).value).toEqual(['news.example.com']),
    );
    expect(sites().getByText('news.example.com')).toBeTruthy();

    await user.click(sites().getByRole('button', { name: 'Remove news.example.com' }));
    await waitFor(async () => expect((await readSetting('disabledSites')).value).toEqual([]));
  });

  it('refuses a bad host name with a clear message and stores nothing', async () => {
    const user = await openOptions();
    const field = screen.getByRole('textbox', { name: 'Add a site' });
    await user.type(field, 'not a site');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/“not a site” is not a host name/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await readSetting('disabledSites')).value).toEqual([]);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'www.example.com'],
    ['localhost:3000', 'localhost:3000'],
    ['https://münchen.de/path', 'xn--mnchen-3ya.de'],
    ['example.com/news', 'example.com'],
  ])('reads %j as %s', (input, host) => {
    expect(parseHostInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    '',
    'example',
    'exa mple.com',
    'user@example.com',
    '-bad-.com',
    'example.com:99999',
    'chrome://extensions',
  ])('refuses %j', (input) => {
    expect(parseHostInput(input).ok).toBe(false);
  });
});

describe('options: other settings', { timeout: 20_000 }, () => {
  it('lists corrections with remove buttons, and says so when there are none', async () => {
    await writeSetting('corrections', [
      { site: 'food.example.org', topic: 'putin', text: 'poutine' },
      { site: 'birds.example.org', topic: 'swift', text: 'swift' },
    ]);
    const user = await openOptions();
    const corrections = () => section('“Not this meaning” corrections');
    expect(corrections().getByText('“poutine” as Putin on food.example.org')).toBeTruthy();
    await user.click(
      corrections().getByRole('button', { name: 'Remove correction “poutine” as Putin on food.example.org' }),
    );
    await waitFor(async () =>
      expect((await readSetting('corrections')).value).toEqual([
        { site: 'birds.example.org', topic: 'swift', text: 'swift' },
      ]),
    );
    await user.click(corrections().getByRole('button', { name: /Remove correction/ }));
    expect(await corrections().findByText(/None yet/)).toBeTruthy();
  });

  it('stores the languages to match', async () => {
    const user = await openOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Russian' }));
    await waitFor(async () => expect((await readSetting('languages')).value).not.toContain('ru'));
    await user.click(screen.getByRole('checkbox', { name: 'Russian' }));
    // Back in the canonical order, whichever was clicked last.
    await waitFor(async () => expect((await readSetting('languages')).value).toEqual(DEFAULT_LANGUAGES));
  });

  it('stores the card delay within its range', async () => {
    await openOptions();
    const slider = screen.getByRole('slider', { name: 'Card delay' });
    expect(slider).toHaveProperty('value', '350');
    fireEvent.change(slider, { target: { value: '800' } });
    await waitFor(async () => expect((await readSetting('cardDelayMs')).value).toBe(800));
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('shows the shortcuts as the browser has them bound, and opens the page to change them', async () => {
    const bound = [
      { name: 'next-mention', shortcut: 'Ctrl+Shift+9', description: '' },
      { name: 'previous-mention', shortcut: '', description: '' },
    ];
    vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((async () => bound) as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => ({})) as never);
    const user = await openOptions();
    const shortcuts = section('Keyboard shortcuts');
    await waitFor(() => expect(shortcuts.getByText('Ctrl+Shift+9')).toBeTruthy());
    expect(shortcuts.getByText('not set')).toBeTruthy();
    await user.click(shortcuts.getByRole('button', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('shows the default keys when the browser cannot list commands, and the Firefox way to change them', async () => {
    await openOptions({ isFirefox: true });
    const shortcuts = section('Keyboard shortcuts');
    expect(shortcuts.getByText('Alt+Shift+K')).toBeTruthy();
    expect(shortcuts.getByText('Alt+Shift+J')).toBeTruthy();
    expect(shortcuts.getByText(/about:addons → ⚙ → Manage Extension Shortcuts/)).toBeTruthy();
    expect(shortcuts.queryByRole('button')).toBeNull();
  });
});

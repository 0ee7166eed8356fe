import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { dataset } from '../../data/index';
import { DEFAULT_HIGHLIGHT_STYLES } from '../../utils/settings/settings-schema';
import { loadSettings, writeSetting, type Settings } from '../../utils/settings/settings-store';

const custom: Settings = {
  enabledTopics: { iran: true, russia: false, putin: true, bushehr: true, swift: false },
  disabledSites: ['news.example.com'],
  highlightStyles: { ...DEFAULT_HIGHLIGHT_STYLES, iran: { color: '#336699', mode: 'background' } },
  highlightAmount: 'first',
  uiLanguage: 'ru',
  cardDelayMs: 700,
  languages: ['en', 'de'],
  corrections: [{ site: 'food.example.org', topic: 'putin', text: 'poutine' }],
};

async function store(settings: Settings) {
  for (const [key, value] of Object.entries(settings))
    await writeSetting(key as keyof Settings, value as never);
}

let downloads: Array<{ name: string; blob: Blob }>;

beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:settings';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: lastBlob! });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openOptions() {
  const user = userEvent.setup();
  render(<OptionsApp topics={dataset.topics} />);
  await screen.findByRole('heading', { name: 'Topics' });
  return user;
}

const jsonFile = (text: string, name = 'backstory-settings.json') =>
  new File([text], name, { type: 'application/json' });

describe('options: export and import', { timeout: 20_000 }, () => {
  it('exports every setting and imports it back after a reset', async () => {
    await store(custom);
    const user = await openOptions();
    await user.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('backstory-settings.json');
    const text = await downloads[0]!.blob.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'backstory-settings',
      version: 1,
      corrections: custom.corrections,
    });

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    await waitFor(async () => expect((await loadSettings()).settings.cardDelayMs).toBe(350));
    expect(screen.getByRole('checkbox', { name: 'Russia' })).toHaveProperty('checked', true);

    await user.upload(screen.getByLabelText('Import settings'), jsonFile(text));
    expect(await screen.findByText('Imported the settings from backstory-settings.json.')).toBeTruthy();
    expect((await loadSettings()).settings).toEqual(custom);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Russia' })).toHaveProperty('checked', false),
    );
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    [
      'another program’s file',
      JSON.stringify({ format: 'other', version: 1 }),
      /not a Backstory settings file/,
    ],
    ['a newer version', JSON.stringify({ format: 'backstory-settings', version: 9 }), /version 9/],
    [
      'one bad field among good ones',
      JSON.stringify({ format: 'backstory-settings', version: 1, ...custom, russia: 1, cardDelayMs: 99999 }),
      /Card delay \(cardDelayMs\) is not valid/,
    ],
    [
      'a missing field',
      JSON.stringify({ format: 'backstory-settings', version: 1, ...custom, corrections: undefined }),
      /no value for “Not this meaning” corrections \(corrections\)/,
    ],
  ])('refuses %s with a message, and changes nothing', async (_case, text, message) => {
    await store(custom);
    const user = await openOptions();
    await user.upload(screen.getByLabelText('Import settings'), jsonFile(text, 'mine.json'));
    const alert = await screen.findByText(/mine\.json was not imported/);
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Nothing was changed/);
    expect((await loadSettings()).settings).toEqual(custom);
  });

  it('asks before resetting, and Cancel keeps everything', async () => {
    await store(custom);
    const user = await openOptions();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('group', { name: 'Confirm reset' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await loadSettings()).settings).toEqual(custom);
    expect(screen.getByRole('button', { name: 'Reset to defaults' })).toBeTruthy();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES } from '../../data/constants';
import { DEFAULT_HIGHLIGHT_STYLES, siteOf } from '../../utils/settings/settings-schema';
import {
  loadSettings,
  resetSettings,
  watchSettings,
  writeSetting,
  writeSettings,
} from '../../utils/settings/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from sensible defaults', async () => {
    const { settings, invalid } = await loadSettings();
    expect(invalid).toEqual([]);
    expect(settings.enabledTopics).toEqual({
      iran: true,
      russia: true,
      putin: true,
      bushehr: true,
      swift: true,
    });
    expect(settings.cardDelayMs).toBe(350);
    expect(settings.highlightStyles).toEqual(DEFAULT_HIGHLIGHT_STYLES);
    expect(settings.languages).toEqual([...LANGUAGES]);
  });

  it('fall back to the default for each stored value that does not validate, and say which', async () => {
    await fakeBrowser.storage.sync.set({
      enabledTopics: { iran: 'yes' },
      cardDelayMs: 5,
      disabledSites: ['example.com'],
      highlightStyles: { iran: { color: 'red', mode: 'underline' } },
      languages: ['en', 'klingon'],
    });
    await fakeBrowser.storage.local.set({ corrections: 'oops' });
    const { settings, invalid } = await loadSettings();
    expect(invalid.sort()).toEqual([
      'cardDelayMs',
      'corrections',
      'enabledTopics',
      'highlightStyles',
      'languages',
    ]);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.cardDelayMs).toBe(350);
    expect(settings.corrections).toEqual([]);
  });

  it('keep unknown topics from a newer version out, and missing ones on', async () => {
    await fakeBrowser.storage.sync.set({ enabledTopics: { swift: false, opec: true } });
    const { settings, invalid } = await loadSettings();
    expect(invalid).toEqual([]);
    expect(settings.enabledTopics).toEqual({
      iran: true,
      russia: true,
      putin: true,
      bushehr: true,
      swift: false,
    });
  });

  it('refuse to write a malformed value, write a good one, tell watchers and reset', async () => {
    await expect(writeSetting('cardDelayMs', 99_999)).rejects.toThrow(/cardDelayMs/);
    const seen: number[] = [];
    const unwatch = watchSettings(({ settings }) => seen.push(settings.cardDelayMs));
    await writeSetting('cardDelayMs', 500);
    await expect.poll(() => seen.at(-1)).toBe(500);
    await resetSettings();
    expect((await loadSettings()).settings.cardDelayMs).toBe(350);
    unwatch();
  });

  it('write a whole set in one go per storage area, or nothing when one value is malformed', async () => {
    const { settings: defaults } = await loadSettings();
    const next = {
      ...defaults,
      enabledTopics: { ...defaults.enabledTopics, bushehr: false },
      disabledSites: ['news.example.org'],
      cardDelayMs: 500,
    };
    await expect(writeSettings({ ...next, cardDelayMs: -1 })).rejects.toThrow(/cardDelayMs/);
    expect((await loadSettings()).settings).toEqual(defaults);

    const seen: Array<[boolean, string[]]> = [];
    const unwatch = watchSettings(({ settings }) =>
      seen.push([settings.enabledTopics.bushehr, settings.disabledSites]),
    );
    await writeSettings(next);
    expect((await loadSettings()).settings).toEqual(next);
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    // Every change a watcher saw already held the whole set: never the topic without the site.
    expect(seen).toEqual(seen.map(() => [false, ['news.example.org']]));
    unwatch();
  });

  it('tell a watcher once for a write of several settings, not once per setting', async () => {
    const { settings: defaults } = await loadSettings();
    let calls = 0;
    const unwatch = watchSettings(() => calls++);
    await writeSettings({
      ...defaults,
      enabledTopics: { ...defaults.enabledTopics, swift: false },
      disabledSites: ['news.example.org'],
      cardDelayMs: 500,
      highlightAmount: 'first',
    });
    await expect.poll(() => calls).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 50));
    expect(calls).toBe(1);
    unwatch();
  });

  it.each([
    ['https://www.example.com/news?id=1', 'www.example.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1:8080'],
    ['file:///home/reader/page.html', undefined],
    ['chrome://extensions', undefined],
    ['not a url', undefined],
  ])('siteOf(%s) is %s', (url, site) => expect(siteOf(url)).toBe(site));
});

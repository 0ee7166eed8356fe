import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { dataset } from '../../data/index';
import { DEFAULT_ENABLED_TOPICS } from '../../utils/settings/settings-schema';
import { loadSettings, readSetting, writeSetting } from '../../utils/settings/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});

async function openOptions() {
  const user = userEvent.setup();
  render(<OptionsApp topics={dataset.topics} />);
  await screen.findByRole('heading', { name: 'Topics' });
  return user;
}

const saved = () => waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));

describe('options: topics', { timeout: 20_000 }, () => {
  it('has one checkbox per topic named exactly as the topic, all on by default', async () => {
    await openOptions();
    for (const name of ['Iran', 'Russia', 'Putin', 'Bushehr', 'SWIFT']) {
      expect(screen.getByRole('checkbox', { name })).toHaveProperty('checked', true);
    }
  });

  it('writes enabledTopics when a topic is switched off and on, and says "Saved"', async () => {
    const user = await openOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Putin' }));
    await saved();
    expect((await readSetting('enabledTopics')).value).toEqual({ ...DEFAULT_ENABLED_TOPICS, putin: false });
    await user.click(screen.getByRole('checkbox', { name: 'Putin' }));
    await waitFor(async () =>
      expect((await readSetting('enabledTopics')).value).toEqual(DEFAULT_ENABLED_TOPICS),
    );
  });

  it('changes a topic’s style and colour, with a live preview', async () => {
    const user = await openOptions();
    await user.selectOptions(screen.getByRole('combobox', { name: 'SWIFT highlight style' }), 'Background');
    await saved();
    expect((await readSetting('highlightStyles')).value.swift.mode).toBe('background');

    const colour = screen.getByLabelText('SWIFT highlight colour');
    // A colour picker reports every step of a drag; only the resting colour is stored.
    for (const step of ['#110000', '#220000', '#abcdef'])
      fireEvent.input(colour, { target: { value: step } });
    const preview = screen.getByText('SWIFT', { selector: '.topic-row__preview span' });
    await waitFor(() => expect(preview.getAttribute('style')).toMatch(/#abcdef40|rgba\(171, 205, 239/i));
    await waitFor(async () =>
      expect((await readSetting('highlightStyles')).value.swift).toEqual({
        color: '#abcdef',
        mode: 'background',
      }),
    );
  });

  it('follows storage changes made elsewhere (the popup’s site switch, another window)', async () => {
    await openOptions();
    await writeSetting('enabledTopics', { ...DEFAULT_ENABLED_TOPICS, iran: false });
    await writeSetting('disabledSites', ['news.example.com']);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Iran' })).toHaveProperty('checked', false),
    );
    expect(await screen.findByText('news.example.com')).toBeTruthy();
  });

  it('names the settings that were reset because their stored value was not valid', async () => {
    await fakeBrowser.storage.sync.set({ cardDelayMs: 'fast', enabledTopics: { iran: 'yes' } });
    await openOptions();
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/reset to their defaults: Topics, Card delay/);
    // The reset is real: the defaults are stored in place of the bad values.
    await waitFor(async () => expect((await loadSettings()).invalid).toEqual([]));
    expect(screen.getByRole('checkbox', { name: 'Iran' })).toHaveProperty('checked', true);
  });

  it('shows no notice when every stored setting is valid', async () => {
    await openOptions();
    expect(screen.queryByText(/were not valid/)).toBeNull();
  });
});

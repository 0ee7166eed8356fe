import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageSettings } from '../../components/options/LanguageSettings';
import type { SaveSetting } from '../../components/options/use-settings';
import { LANGUAGES, type Language } from '../../data/constants';
import { validateLanguages } from '../../utils/settings/settings-schema';
import { loadSettings } from '../../utils/settings/settings-store';

/** What an earlier version stored: its eight languages, some of them switched off. */
const STORED_BEFORE = ['en', 'ru', 'fa', 'de', 'zh'];

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the languages to match', () => {
  it('are sixteen, the eight from before first, in the order a stored list keeps', () => {
    expect(LANGUAGES).toHaveLength(16);
    expect(LANGUAGES.slice(0, 8)).toEqual(['en', 'ru', 'fa', 'ar', 'de', 'fr', 'es', 'zh']);
  });

  it('accept a list stored by an earlier version, and every new language', () => {
    expect(validateLanguages(STORED_BEFORE)).toEqual(STORED_BEFORE);
    expect(validateLanguages([...LANGUAGES])).toEqual([...LANGUAGES]);
    expect(validateLanguages(['uk', 'tr', 'pt', 'it', 'pl', 'nl', 'he', 'ja'])).toHaveLength(8);
    expect(validateLanguages(['en', 'xx'])).toBeUndefined();
  });

  it('load from storage as they were stored before', async () => {
    await fakeBrowser.storage.sync.set({ languages: STORED_BEFORE });
    const { settings, invalid } = await loadSettings();
    expect(settings.languages).toEqual(STORED_BEFORE);
    expect(invalid).not.toContain('languages');
  });

  it('can each be switched on in the options, and are saved in the canonical order', async () => {
    const saved: unknown[] = [];
    const save: SaveSetting = (key, value) => {
      if (key === 'languages') saved.push(value);
      return Promise.resolve(true);
    };
    render(<LanguageSettings value={STORED_BEFORE as Language[]} save={save} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(16);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(STORED_BEFORE.length);
    await userEvent.setup().click(boxes[LANGUAGES.indexOf('uk')]!);
    await waitFor(() => expect(saved.at(-1)).toEqual([...STORED_BEFORE, 'uk']));
  });
});

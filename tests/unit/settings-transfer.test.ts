import { describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings/settings-store';
import { DEFAULT_HIGHLIGHT_STYLES } from '../../utils/settings/settings-schema';
import { parseSettingsFile, serializeSettings } from '../../utils/settings/settings-transfer';

const custom: Settings = {
  enabledTopics: { iran: true, russia: false, putin: true, bushehr: false, swift: true },
  disabledSites: ['news.example.com', 'localhost:8080'],
  highlightStyles: { ...DEFAULT_HIGHLIGHT_STYLES, putin: { color: '#123abc', mode: 'background' } },
  highlightAmount: 'first',
  uiLanguage: 'ru',
  cardDelayMs: 900,
  languages: ['en', 'ru'],
  corrections: [{ site: 'food.example.org', topic: 'putin', text: 'poutine' }],
};

const valid = JSON.parse(serializeSettings(custom)) as Record<string, unknown>;
const withField = (key: string, value: unknown): string => JSON.stringify({ ...valid, [key]: value });
const without = (key: string): string => JSON.stringify({ ...valid, [key]: undefined });

describe('settings file', () => {
  it('carries its format, version and every setting', () => {
    expect(valid).toMatchObject({ format: 'backstory-settings', version: 1, ...custom });
  });

  it('round-trips to the same settings', () => {
    expect(parseSettingsFile(serializeSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it('reads a file written before "how much to highlight" existed, with that setting at its default', () => {
    expect(parseSettingsFile(without('highlightAmount'))).toEqual({
      ok: true,
      settings: { ...custom, highlightAmount: 'all' },
    });
  });

  it('ignores fields it does not know', () => {
    expect(parseSettingsFile(withField('exportedBy', 'someone'))).toEqual({ ok: true, settings: custom });
  });

  it.each([
    ['not JSON', '{ "format": ', /not valid JSON/],
    ['an array', '[]', /does not hold a settings object/],
    ['JSON null', 'null', /does not hold a settings object/],
    ['another format', withField('format', 'something-else'), /not a Backstory settings file/],
    ['no format', without('format'), /not a Backstory settings file/],
    ['a newer version', withField('version', 2), /version 2; this Backstory reads version 1/],
    ['a missing setting', without('languages'), /no value for Languages \(languages\)/],
    ['a bad highlight amount', withField('highlightAmount', 'some'), /How much to highlight/],
    [
      'a topic switch that is not a boolean',
      withField('enabledTopics', { iran: 'yes' }),
      /Topics \(enabledTopics\) is not valid/,
    ],
    ['a bad host name', withField('disabledSites', ['not a host/']), /Sites where Backstory is off/],
    [
      'a bad colour',
      withField('highlightStyles', { iran: { color: 'red', mode: 'underline' } }),
      /Highlight styles/,
    ],
    [
      'a bad style',
      withField('highlightStyles', { iran: { color: '#ff0000', mode: 'blink' } }),
      /Highlight styles/,
    ],
    ['a delay out of range', withField('cardDelayMs', 20), /Card delay/],
    ['a delay that is text', withField('cardDelayMs', '350'), /Card delay/],
    ['an unknown language', withField('languages', ['en', 'xx']), /Languages/],
    [
      'a correction for an unknown topic',
      withField('corrections', [{ site: 'a.com', topic: 'mars', text: 'x' }]),
      /corrections/,
    ],
  ])('refuses %s with a message naming the problem', (_case, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

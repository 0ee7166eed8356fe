import { describe, expect, it } from 'vitest';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
import { UI_LOCALES, type Messages } from '../../utils/i18n/i18n';

const parts = readCatalogParts();
const catalogs = new Map([...parts].map(([locale, p]) => [locale, joinParts(locale, p)]));
const english = catalogs.get('en')!;

/** The `{name}` values a message uses, sorted. */
const valuesOf = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A plural message's forms by category, or undefined for a plain one. */
function forms(message: string): Map<string, string> | undefined {
  if (!/^\s*(zero|one|two|few|many|other)\s*:/.test(message)) return undefined;
  return new Map(
    message.split('|').map((part) => {
      const at = part.indexOf(':');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
}
const PLURAL_KEYS = Object.keys(english).filter((k) => forms(english[k]!.message));

describe('the interface’s catalogs', () => {
  it('ship every language the interface offers', () => {
    expect([...catalogs.keys()].sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each([...catalogs].filter(([l]) => l !== 'en'))(
    '%s has exactly the English keys, in the same parts',
    (locale, catalog: Messages) => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      expect([...parts.get(locale)!.keys()]).toEqual([...parts.get('en')!.keys()]);
    },
  );

  it.each([...catalogs])(
    '%s uses the same values in each message as English, and no empty message',
    (locale, catalog: Messages) => {
      for (const [key, { message }] of Object.entries(catalog)) {
        expect(message.trim(), `${locale}:${key}`).not.toBe('');
        if (key === 'locale' || PLURAL_KEYS.includes(key)) continue;
        expect(valuesOf(message), `${locale}:${key}`).toEqual(valuesOf(english[key]!.message));
      }
    },
  );

  it.each([...catalogs])(
    '%s names its own BCP 47 tag and gives every plural category its language has',
    (locale, catalog: Messages) => {
      const tag = catalog.locale!.message;
      expect(tag.replace('-', '_')).toBe(locale);
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const key of PLURAL_KEYS) {
        const own = forms(catalog[key]!.message);
        expect(own, `${locale}:${key}`).toBeDefined();
        expect([...own!.keys()].sort(), `${locale}:${key}`).toEqual([...categories].sort());
        expect(own!.get('other'), `${locale}:${key}`).toContain('{count}');
      }
    },
  );
});

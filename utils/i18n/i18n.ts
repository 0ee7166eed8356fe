import { browser } from 'wxt/browser';
// Types only: the catalogs reach the browser as _locales files, never inside a bundle.
import type cardPart from './locales/en/card.json';
import type citePart from './locales/en/cite.json';
import type extensionPart from './locales/en/extension.json';
import type factsPart from './locales/en/facts.json';
import type optionsPart from './locales/en/options.json';
import type popupPart from './locales/en/popup.json';
import type settingsPart from './locales/en/settings.json';
import type welcomePart from './locales/en/welcome.json';

/*
 * The interface's words. Every string the reader sees comes from `_locales/<locale>/messages.json`: through
 * the browser's own i18n when the interface follows the browser's language, or from a catalog loaded for the
 * language the reader chose in the options. Messages name their values (`{topic}`), so a translation can put
 * them where its grammar wants them; counts pick a plural form with `Intl.PluralRules`.
 */

/**
 * The English catalog is the reference: every locale has exactly its keys (a test checks). It is written in
 * parts, one per area (see catalogs.ts); a key's type comes from the part that holds it.
 */
type Catalog = typeof extensionPart &
  typeof factsPart &
  typeof cardPart &
  typeof optionsPart &
  typeof settingsPart &
  typeof popupPart &
  typeof welcomePart &
  typeof citePart;
export type MessageKey = keyof Catalog;
export type Messages = Record<string, { message: string }>;
export type Values = Record<string, string | number>;

/** Locales we ship, as the browser names their folders. */
export const UI_LOCALES = ['en', 'ru', 'fa', 'ar', 'de', 'fr', 'es', 'zh_CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
const RTL = new Set(['fa', 'ar', 'he']);
const uiLocales: ReadonlySet<string> = new Set(UI_LOCALES);
export const isUiLocale = (v: unknown): v is UiLocale => typeof v === 'string' && uiLocales.has(v);
/** The interface's language as the reader chose it: the browser's, or one of ours. */
export type UiLanguage = 'auto' | UiLocale;

let chosen: { locale: string; messages: Messages } | undefined;

/** Uses `messages` (a locale's catalog) instead of the browser's language, until called with undefined. */
export function setMessages(catalog: { locale: string; messages: Messages } | undefined): void {
  chosen = catalog;
}

/** The message for `key` as the catalog holds it, before values are put in. */
function raw(key: MessageKey): string {
  const fromChosen = chosen?.messages[key]?.message;
  if (fromChosen !== undefined) return fromChosen;
  let message = fromBrowser.get(key);
  if (message === undefined) {
    try {
      // WXT types the keys from `public/_locales`; ours are joined at build time, so the call is typed here.
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      message = getMessage(key) || key;
    } catch {
      return key;
    }
    fromBrowser.set(key, message);
  }
  return message;
}

/**
 * The browser's messages as read once: its language stays for the page's life, and each read crosses into
 * native code (a popup keystroke read about a hundred, 2 ms of it).
 */
const fromBrowser = new Map<string, string>();

/** The BCP 47 tag of the language the interface speaks now ("fa", "zh-CN"), for `Intl` and `lang`. */
export function uiLocale(): string {
  return raw('locale');
}

/** The interface's locale as `Intl` should read it: Backstory's English is British (dates, lists). */
export function intlLocale(): string {
  const locale = uiLocale();
  return locale === 'en' ? 'en-GB' : locale;
}

/** "rtl" for Persian, Arabic and Hebrew. */
export function uiDirection(locale = uiLocale()): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

/** A language's name as the interface's language writes it ("Russian", "русский", "روسی"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Reuters, AP" / "Reuters، AP" / "路透社、美联社": a short list as the interface's language separates it. */
export function formatList(items: readonly string[]): string {
  return items.join(raw('list_separator'));
}

/** "banks and sanctions", «банки и санкции», "银行和制裁": a list joined with the interface's language's "and". */
export function formatAnd(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
}

/** Formats a number as the interface's language writes it. */
export function formatNumber(n: number): string {
  return n.toLocaleString(uiLocale());
}

function fill(message: string, values: Values | undefined): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The message for `key`, with `{name}` replaced by `values.name`. */
export function t(key: MessageKey, values?: Values): string {
  return fill(raw(key), values);
}

/** One set of plural rules per locale, made when first needed (like the date formats, see present.ts). */
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const pluralRules = (locale: string): Intl.PluralRules => {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) pluralRulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
};

/**
 * A message with a form per plural category, written `one: {count} fact | other: {count} facts` (each
 * language lists the categories it has: Russian one, few, many, other; Arabic all six).
 */
export function plural(key: MessageKey, count: number, values?: Values): string {
  const forms = new Map<string, string>();
  for (const part of raw(key).split('|')) {
    const at = part.indexOf(':');
    if (at > 0) forms.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const category = pluralRules(uiLocale()).select(count);
  const form = forms.get(category) ?? forms.get('other') ?? '';
  return fill(form, { count, ...values });
}

import { browser } from 'wxt/browser';
import { readSetting } from '../settings/settings-store';
import {
  isUiLocale,
  uiDirection,
  uiLocale,
  setMessages,
  type Messages,
  type UiLanguage,
  type UiLocale,
} from './i18n';

/** A locale's catalog as the build wrote it; extension pages and the worker read their own files. */
export async function fetchMessages(locale: UiLocale): Promise<Messages> {
  // The build writes these files (wxt.config.ts), so WXT's list of public paths does not know them.
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${locale}/messages.json`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`No catalog for ${locale}`);
  return (await response.json()) as Messages;
}

/**
 * Speaks the language the reader chose: the browser's own ('auto') through its i18n, another through its
 * catalog (`load` fetches it). A catalog that cannot be had leaves the browser's language: never no words.
 */
export async function speak(
  choice: UiLanguage,
  load: (locale: UiLocale) => Promise<Messages>,
): Promise<void> {
  if (choice === 'auto') return setMessages(undefined);
  try {
    setMessages({ locale: choice, messages: await load(choice) });
  } catch {
    setMessages(undefined);
  }
}

/**
 * True when the browser's i18n gives this page no words at all. Chrome can leave an extension's process
 * without its messages: in the end-to-end tests, half the browser starts whose welcome tab was closed as it
 * first read them gave every later page of that process empty strings, even for `@@ui_locale`.
 */
function browserSpeaksNothing(): boolean {
  try {
    return (browser.i18n.getMessage as (name: string) => string)('@@ui_locale') === '';
  } catch {
    return false;
  }
}

/** Which of our catalogs the browser's own language would pick, as the browser falls back: region, language, English. */
export function browserCatalog(uiLanguage: string): UiLocale {
  const exact = uiLanguage.replace('-', '_');
  if (isUiLocale(exact)) return exact;
  const language = exact.split('_')[0];
  return isUiLocale(language) ? language : 'en';
}

/** For an extension page, before it renders: its words, and its document's language and direction. */
export async function prepareExtensionPage(doc: Document = document): Promise<void> {
  const { value } = await readSetting('uiLanguage');
  // Where the browser's i18n gives nothing, the browser's language is read from its catalog instead.
  const choice =
    value === 'auto' && browserSpeaksNothing() ? browserCatalog(browser.i18n.getUILanguage()) : value;
  await speak(choice, fetchMessages);
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDirection();
}

import { browser } from 'wxt/browser';
import { readSetting } from '../settings/settings-store';
import { uiDirection, uiLocale, setMessages, type Messages, type UiLanguage, type UiLocale } from './i18n';

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

/** For an extension page, before it renders: its words, and its document's language and direction. */
export async function prepareExtensionPage(doc: Document = document): Promise<void> {
  const { value } = await readSetting('uiLanguage');
  await speak(value, fetchMessages);
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = uiDirection();
}

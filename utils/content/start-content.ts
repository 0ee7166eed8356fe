import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/protocol';
import { DEFAULT_HIGHLIGHT_STYLES } from '../settings/settings-schema';
import { speak } from '../i18n/choose';
import { loadSettings, watchSettings, type LoadedSettings } from '../settings/settings-store';
import { countReporter } from './count-report';
import { createPageScan } from './page-scan';
import { wireInteractions, type SendToBackground } from './interactions';
import type { ExtensionLife } from './lifecycle';
import type { AppStart } from './page-app-loader';
import { yieldToPage } from './scheduling';
import { importScriptGroup, scriptGroupPath } from '../matching/script-group-registry';

/** Answers one message from the popup or the worker. */
export type ContentHandler = (msg: ToContent) => Promise<unknown>;

/**
 * Reads settings, scans the page and wires hover, keys and messages; resolves to the message handler.
 * Each step is its own task, with the page allowed to run in between: the app's evaluation, the first use of
 * the storage API and wiring the listeners each cost a few ms, and together they made one long task.
 */
export async function startContent(
  life: ExtensionLife,
  { hint, mayNameTopic }: Partial<AppStart> = {},
): Promise<ContentHandler> {
  const { signal } = life;
  await yieldToPage();
  const send: SendToBackground = (msg) =>
    life.alive() ? browser.runtime.sendMessage(msg) : Promise.reject(new Error('extension gone'));
  const scan = createPageScan({
    doc: document,
    signal,
    reportCount: countReporter(life, (name) => browser.runtime.connect({ name })),
    // The Chromium build's manifest injects the default styles into the page (see wxt.config.ts).
    injectedStyles: import.meta.env.FIREFOX ? undefined : DEFAULT_HIGHLIGHT_STYLES,
    loadScriptGroup: (group) => importScriptGroup(group, browser.runtime.getURL(scriptGroupPath(group))),
    hint,
    mayNameTopic,
  });
  // Watch before reading, so a change made meanwhile is not missed.
  const unwatch = watchSettings((loaded) => {
    if (!life.alive()) return;
    void speakChosen(loaded);
    scan.apply(loaded);
  });
  signal.addEventListener('abort', () => {
    try {
      unwatch();
    } catch {
      // The extension is gone; its storage listeners went with it.
    }
  });
  // The card speaks the interface's language: the browser's, or the one the reader chose (asked of the worker).
  // Only when that choice changed: any other setting's change would fetch the same catalog again.
  let spoken: LoadedSettings['settings']['uiLanguage'] | undefined;
  const speakChosen = async (loaded: LoadedSettings) => {
    const choice = loaded.settings.uiLanguage;
    if (choice === spoken) return;
    spoken = choice;
    await speak(choice, (locale) => send({ type: 'ui-messages', locale }));
  };
  const ready = loadSettings().then(async (loaded) => {
    await speakChosen(loaded);
    scan.apply(loaded);
  });
  void ready.then(() => scan.startWhenIdle());
  await yieldToPage();
  return wireInteractions({ doc: document, signal, scan, send, ready, alive: life.alive }).handle;
}

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageScan } from '../utils/content/content-app';
import { wireInteractions, type SendToBackground } from '../utils/content/interactions';
import { watchExtensionLife, type ExtensionLife } from '../utils/content/lifecycle';
import { whenPageIdle } from '../utils/content/scheduling';
import { isToContent, type ToContent } from '../utils/messaging/protocol';
import { loadSettings, watchSettings } from '../utils/settings/settings-store';

type Handler = (msg: ToContent) => Promise<unknown>;

/** How long a busy page can keep us waiting before we start anyway. */
const START_TIMEOUT_MS = 1000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The top frame reads same-origin frames itself, so one script answers for the whole tab.
  allFrames: false,
  // Do not announce ourselves to the page's message listeners.
  noScriptStartedPostMessage: true,
  main() {
    // Our own lifetime rather than WXT's ctx, which a page can invalidate (see lifecycle.ts).
    const life = watchExtensionLife(window, () => browser.runtime);
    // Evaluation runs while the page is still starting, on every page: it only registers. Settings, the
    // scan and the listeners start when the page is idle, or at once when the popup asks this tab something.
    let started: Handler | undefined;
    const start = (): Handler => (started ??= startContent(life));
    const cancelStart = whenPageIdle(start, START_TIMEOUT_MS);

    const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      // Only our own extension's pages and worker may ask, and only in the shape the protocol allows.
      if (sender.id !== browser.runtime.id || !isToContent(msg)) return false;
      start()(msg).then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    life.signal.addEventListener('abort', () => {
      cancelStart();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension is gone; its listeners went with it.
      }
    });
  },
});

/** Reads settings, scans the page and wires hover, keys and messages; returns the message handler. */
function startContent(life: ExtensionLife): Handler {
  const { signal } = life;
  const send: SendToBackground = (msg) =>
    life.alive() ? browser.runtime.sendMessage(msg) : Promise.reject(new Error('extension gone'));
  const scan = createPageScan({
    doc: document,
    signal,
    reportCount: (count) => void send({ type: 'mention-count', count }).catch(() => undefined),
  });
  const ready = loadSettings().then((loaded) => scan.apply(loaded));
  void ready.then(() => scan.startWhenIdle());
  const unwatch = watchSettings((loaded) => life.alive() && scan.apply(loaded));
  signal.addEventListener('abort', () => {
    try {
      unwatch();
    } catch {
      // The extension is gone; its storage listeners went with it.
    }
  });
  return wireInteractions({ doc: document, signal, scan, send, ready, alive: life.alive }).handle;
}

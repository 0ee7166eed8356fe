import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchExtensionLife } from '../utils/content/lifecycle';
import { importPageApp, PAGE_APP_PATH } from '../utils/content/page-app-loader';
import { whenPageIdle } from '../utils/content/scheduling';
import { mayNameTopic } from '../utils/content/may-name-topic';
import { watchForTopics } from '../utils/content/topic-gate';
import type { ContentHandler } from '../utils/content/start-content';
import { isToContent } from '../utils/messaging/protocol';

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
    // Evaluation runs while the page is still starting, on every page: this file only registers. Once the
    // page is idle it looks for text that may name a topic (see topic-gate.ts) and imports the page app
    // (settings, scan, highlights, card) only then, or at once when the popup or the worker asks this tab.
    let started: Promise<ContentHandler> | undefined;
    let stopWatching = () => {};
    const start = (hint?: string): Promise<ContentHandler> => {
      stopWatching();
      return (started ??= importPageApp(browser.runtime.getURL(PAGE_APP_PATH)).then((startApp) =>
        startApp(life, { hint, mayNameTopic }),
      ));
    };
    const startQuietly = (hint: string) => {
      start(hint).catch((error: unknown) => {
        if (life.alive()) console.debug('[Backstory] the page app did not load', error);
      });
    };
    const cancelStart = whenPageIdle(() => {
      if (started === undefined) stopWatching = watchForTopics(document, startQuietly, life.signal);
    }, START_TIMEOUT_MS);

    const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      // Only our own extension's pages and worker may ask, and only in the shape the protocol allows.
      if (sender.id !== browser.runtime.id || !isToContent(msg)) return false;
      start()
        .then((handle) => handle(msg))
        .then(sendResponse, () => sendResponse(undefined));
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

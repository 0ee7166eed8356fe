import { browser } from 'wxt/browser';
import { isToContent } from '../messaging/protocol';
import { DEFAULT_HIGHLIGHT_STYLES } from '../settings/settings-schema';
import { highlightCss } from './highlight-css';
import { watchExtensionLife } from './lifecycle';
import { startContent, type ContentHandler } from './start-content';

/**
 * Runs the page app (highlights, card, keys) in the current document, one of the extension's own pages, as
 * the content script does in web pages: browsers inject content scripts only into web pages, never into an
 * extension's own pages. Text under `data-backstory-ignore` is left alone, so a page can offer a sample to try.
 */
export function startPageAppInOwnPage(): Promise<ContentHandler> {
  // Chromium's manifest injects the default highlight styles into web pages (see wxt.config.ts) and the page
  // app counts on them; here nothing injects them, so they go in first. Firefox's page app adds its own.
  if (!import.meta.env.FIREFOX) {
    const style = document.createElement('style');
    style.textContent = highlightCss(DEFAULT_HIGHLIGHT_STYLES, 'root');
    document.head.append(style);
  }
  const life = watchExtensionLife(window, () => browser.runtime);
  const started = startContent(life);

  // The popup (its list of the page's mentions) and the worker (the shortcuts) ask the tab, as they ask a
  // content script; only our own extension may, in the protocol's shapes.
  const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isToContent(msg)) return false;
    started.then((handle) => handle(msg)).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  return started;
}

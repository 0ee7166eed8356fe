import { uiDirection, uiLocale } from '../i18n/i18n';
import { CARD_HOST_TAG } from './skip-rules';

/** Long enough to read two short lines, short enough not to linger over the article. */
const NOTICE_MS = 2500;

const NOTICE_CSS = `
:host { all: initial; }
:host([popover]) { position: fixed; inset: auto 0 24px 0; margin: 0 auto; padding: 0; border: 0;
  background: transparent; width: fit-content; max-width: calc(100vw - 32px); overflow: visible; }
p { margin: 0; padding: 8px 14px; border-radius: 8px; background: #1d1f24; color: #fff;
  font: 400 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
`;

const shown = new WeakMap<Document, { host: HTMLElement; timer: number }>();

/**
 * A short message at the bottom of the page that a screen reader announces ("Highlights hidden"). It lives in a
 * closed shadow root in the top layer, like the card, and leaves the page's DOM when it fades.
 */
export function showNotice(doc: Document, text: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const previous = shown.get(doc);
  if (previous) {
    win.clearTimeout(previous.timer);
    previous.host.remove();
  }
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(NOTICE_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const message = doc.createElement('p');
  message.setAttribute('role', 'status');
  message.lang = uiLocale();
  message.dir = uiDirection();
  shadow.append(message);
  host.setAttribute('popover', 'manual');
  host.style.cssText = 'position:fixed;z-index:2147483647;';
  doc.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    // No popover support: the fixed host with the highest z-index is the fallback.
  }
  // Filled once the empty region is in the page: a region that arrives with its text is often not announced.
  win.requestAnimationFrame(() => (message.textContent = text));
  const timer = win.setTimeout(() => {
    host.remove();
    shown.delete(doc);
  }, NOTICE_MS);
  shown.set(doc, { host, timer });
}

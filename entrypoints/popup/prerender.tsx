// Build time (Node): the popup's first view at its plain address, rendered into popup.html by the build
// (scripts/prerender-popup.mjs), so that a reader sees it before the popup's script has loaded. main.tsx then
// hydrates it.
import { renderToString } from 'react-dom/server';
import type { PageLink } from '../../components/popup/page-link';
import { popupAddressOf } from '../../utils/tabs/popup-url';
import { PRERENDERED_ATTRIBUTE } from './first-view';
import { popupElement } from './popup-element';

/** The popup asks its page only from effects, which a render to HTML does not run. */
const NO_PAGE: PageLink = {
  activePage: () => Promise.resolve(null),
  pageMentions: () => Promise.reject(new Error('No page at build time')),
  focusMention: () => Promise.reject(new Error('No page at build time')),
  closePopup: () => undefined,
};

const EMPTY_ROOT = '<div id="root"></div>';

/** The first view of the popup's plain address (Browse), as HTML. */
export function prerenderedPopup(): string {
  return renderToString(popupElement(popupAddressOf(''), NO_PAGE));
}

/** `html` (the popup's page) with its empty root filled with the prerendered first view. */
export function withPrerenderedPopup(html: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`The popup's page has no ${EMPTY_ROOT} to prerender into`);
  return html.replace(EMPTY_ROOT, `<div id="root" ${PRERENDERED_ATTRIBUTE}>${prerenderedPopup()}</div>`);
}

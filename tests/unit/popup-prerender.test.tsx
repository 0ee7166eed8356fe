import { act } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageLink } from '../../components/popup/page-link';
import {
  OPENS_ELSEWHERE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  showsPrerenderedView,
} from '../../entrypoints/popup/first-view';
import { popupElement } from '../../entrypoints/popup/popup-element';
import { prerenderedPopup, withPrerenderedPopup } from '../../entrypoints/popup/prerender';
import { popupAddressOf } from '../../utils/tabs/popup-url';

const HEAD_SCRIPT = readFileSync(resolve(__dirname, '../../public/popup-first-view.js'), 'utf8');

/** A page link for a tab that is not a web page: the popup stays on Browse. */
const NO_PAGE: PageLink = {
  activePage: () => Promise.resolve(null),
  pageMentions: () => Promise.reject(new Error('no page')),
  focusMention: () => Promise.reject(new Error('no page')),
  closePopup: () => undefined,
};

/** Runs the popup's head script in a fresh document at an address with `search`; returns that document. */
function headScriptAt(search: string): Document {
  const doc = document.implementation.createHTMLDocument('popup');
  new Function('location', 'document', HEAD_SCRIPT)({ search }, doc);
  return doc;
}

let app: Root | undefined;
afterEach(() => {
  act(() => app?.unmount());
  app = undefined;
  document.body.replaceChildren();
  document.documentElement.removeAttribute(OPENS_ELSEWHERE_ATTRIBUTE);
});

describe('the popup’s prerendered first view', () => {
  it('is Browse at the plain address: the search field, the tabs and the bundled topics', () => {
    document.body.innerHTML = prerenderedPopup();
    expect(document.querySelector('input[type="search"]')?.getAttribute('aria-label')).toMatch(/Search/);
    const selected = document.querySelector('[role="tab"][aria-selected="true"]');
    expect(selected?.textContent).toBe('Browse');
    const topics = [...document.querySelectorAll('main section h2')].map((h) => h.textContent);
    expect(topics).toEqual(expect.arrayContaining(['Iran', 'Russia', 'Putin', 'Bushehr', 'SWIFT']));
  });

  it('goes into the page’s empty root, marked, and refuses a page without one', () => {
    const html = withPrerenderedPopup('<body><div id="root"></div></body>');
    expect(html).toContain(`<div id="root" ${PRERENDERED_ATTRIBUTE}><div class="popup popup--popup">`);
    expect(() => withPrerenderedPopup('<body><main></main></body>')).toThrow(/no <div id="root">/);
  });

  it('is taken over by the browser’s first render as it stands: the same nodes, no mismatch', async () => {
    document.body.innerHTML = withPrerenderedPopup('<div id="root"></div>');
    const root = document.getElementById('root')!;
    expect(showsPrerenderedView(root)).toBe(true);
    const field = root.querySelector('input[type="search"]');
    const mismatches: unknown[] = [];
    await act(async () => {
      app = hydrateRoot(root, popupElement(popupAddressOf(''), NO_PAGE), {
        onRecoverableError: (error) => mismatches.push(error),
      });
    });
    expect(mismatches).toEqual([]);
    // A mismatch would have React render the view again, with new nodes.
    expect(root.querySelector('input[type="search"]')).toBe(field);
  });

  it('is hidden, before it can paint, at an address that opens on another view', () => {
    expect(headScriptAt('').documentElement.hasAttribute(OPENS_ELSEWHERE_ATTRIBUTE)).toBe(false);
    for (const search of ['?over=3&mentions=12', '?topic=iran&tab=7', '?tab=7'])
      expect(headScriptAt(search).documentElement.hasAttribute(OPENS_ELSEWHERE_ATTRIBUTE)).toBe(true);
    document.body.innerHTML = withPrerenderedPopup('<div id="root"></div>');
    document.documentElement.setAttribute(OPENS_ELSEWHERE_ATTRIBUTE, '');
    expect(showsPrerenderedView(document.getElementById('root')!)).toBe(false);
  });
});

describe('typing before the popup’s script has taken over', () => {
  it('keeps what was typed and searches for it', async () => {
    document.body.innerHTML = withPrerenderedPopup('<div id="root"></div>');
    const root = document.getElementById('root')!;
    const field = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    field.value = 'Bushehr';
    await act(async () => {
      app = hydrateRoot(root, popupElement(popupAddressOf(''), NO_PAGE));
    });
    expect(field.value).toBe('Bushehr');
    await expect.poll(() => root.querySelector('.search-results')?.textContent ?? '').toMatch(/Bushehr/);
  });
});

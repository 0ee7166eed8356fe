import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { DEFAULT_HIGHLIGHT_STYLES } from '../../utils/settings/settings-schema';
import { browserWithPages } from './support/extension';
import { unstyledHighlights } from './support/highlight-style';

/** How the page draws its first Iran mention, and how many stylesheets its document has adopted. */
function iranLook(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('backstory-iran') ?? [])][0];
    const element = range?.startContainer.parentElement;
    if (!element) return undefined;
    const style = getComputedStyle(element, '::highlight(backstory-iran)');
    return {
      underline: style.textDecorationLine === 'none' ? undefined : style.textDecorationColor,
      tint: style.backgroundColor === 'rgba(0, 0, 0, 0)' ? undefined : style.backgroundColor,
      adoptedSheets: document.adoptedStyleSheets.length,
    };
  });
}

const RED_TINT = { ...DEFAULT_HIGHLIGHT_STYLES, iran: { color: '#ff0000', mode: 'background' } };

describe('highlight styles in real Chromium', () => {
  const env = browserWithPages();
  // Runs before the browser closes (after-hooks run in reverse order).
  afterAll(async () => {
    await env.ext?.worker
      .evaluate(() => chrome.storage.sync.remove('highlightStyles'))
      .catch(() => undefined);
  });

  async function openScanned(): Promise<Page> {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/news-multilingual.html`);
    expect((await mentionsOf(env.ext.worker, page)).mentions.some((m) => m.topic === 'iran')).toBe(true);
    return page;
  }

  it('draws the default styles from the stylesheet injected with the content script, adopting none', async () => {
    const page = await openScanned();
    // #0d9488, Iran's default underline; the page's own document adopted no sheet of ours (no restyle).
    expect(await iranLook(page)).toEqual({
      underline: 'rgb(13, 148, 136)',
      tint: undefined,
      adoptedSheets: 0,
    });
    expect(await unstyledHighlights(page)).toEqual([]);
    await page.close();
  });

  it('applies colours the reader chose, on an open page at once and on pages opened later', async () => {
    const open = await openScanned();
    await env.ext.worker.evaluate((styles) => chrome.storage.sync.set({ highlightStyles: styles }), RED_TINT);
    await expect
      .poll(() => iranLook(open), { timeout: 10_000 })
      .toEqual({ underline: undefined, tint: 'rgba(255, 0, 0, 0.25)', adoptedSheets: 1 });
    expect(await unstyledHighlights(open)).toEqual([]);

    const later = await openScanned();
    expect(await iranLook(later)).toEqual({
      underline: undefined,
      tint: 'rgba(255, 0, 0, 0.25)',
      adoptedSheets: 1,
    });

    // Back to the defaults: the pages draw them again.
    await env.ext.worker.evaluate(() => chrome.storage.sync.remove('highlightStyles'));
    await expect
      .poll(async () => (await iranLook(open))?.underline, { timeout: 10_000 })
      .toBe('rgb(13, 148, 136)');
    await open.close();
    await later.close();
  });
});

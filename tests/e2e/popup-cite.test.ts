import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { browserWithPages, openExtensionPage, openToolbarPopup } from './support/extension';

/** A claim with two published sources, one of them The Age's article. */
const FACT = {
  query: 'Stuxnet Chernobyl',
  words: 'Stuxnet worm',
  text: "Russia's NATO envoy Dmitry Rogozin said in January 2011 that the Stuxnet worm",
  url: 'https://www.theage.com.au/technology/russia-calls-for-nato-probe-into-iran-cyber-strike-20110127-1a5ph.html',
};

const clipboardOf = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * The popup's live region as the browser's accessibility tree has it (what a screen reader is given): its
 * politeness, and its text.
 */
async function liveRegionOf(page: Page): Promise<{ live?: string; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[aria-live]' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const region = nodes.find((n) => !n.ignored);
    const live = region?.properties?.find((p) => p.name === 'live')?.value.value as string | undefined;
    const text = await page.locator('[aria-live]').textContent();
    return { live, text: (text ?? '').trim() };
  } finally {
    await cdp.detach();
  }
}

describe('copy with source, from the popup', () => {
  const env = browserWithPages();

  beforeAll(async () => {
    // A reader's click is enough to write; the test also reads the clipboard back. (Chrome refuses a grant
    // for an extension's origin by name, "opaque", so it is granted for every origin of this profile.)
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  it('copies a found fact with its source, as plain text and as Markdown, and says so', async () => {
    const popup = await openExtensionPage(env.ext, 'popup.html');
    await popup.getByRole('searchbox').fill(FACT.query);
    const fact = popup
      .getByRole('region', { name: 'Search results' })
      .getByRole('listitem')
      .filter({ hasText: FACT.words })
      .first();

    await fact.getByRole('button', { name: 'Copy with source', exact: true }).click();
    await expect.poll(() => clipboardOf(popup)).toContain(FACT.text);
    const text = await clipboardOf(popup);
    expect(text).toMatch(/^26 January 2011: /);
    expect(text).toContain(
      `The Age, “Russia calls for NATO probe into Iran cyber strike”, 27 January 2011, ${FACT.url}`,
    );
    expect(await liveRegionOf(popup)).toEqual({ live: 'polite', text: 'Copied with its source' });
    expect(await fact.getByText('✓ Copied').isVisible()).toBe(true);

    await fact.getByRole('button', { name: 'Copy with source as Markdown' }).click();
    await expect.poll(() => clipboardOf(popup)).toMatch(/^\*\*26 January 2011\*\*: /);
    expect(await clipboardOf(popup)).toContain(
      `[“Russia calls for NATO probe into Iran cyber strike”](${FACT.url})`,
    );
    expect((await liveRegionOf(popup)).text).toBe('Copied with its source as Markdown');
    await popup.close();
  });

  it('copies the facts of the topics a page mentions, as a Markdown list under each topic', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/news-multilingual.html`);
    const { mentions } = await mentionsOf(env.ext.worker, page);
    const topics = [...new Set(mentions.map((m) => m.topic))];
    expect(topics).toEqual(expect.arrayContaining(['iran', 'russia', 'putin', 'bushehr']));
    await page.bringToFront();

    // The real toolbar popup, as a click on the icon opens it over the page.
    const popup = await openToolbarPopup(env.ext);
    const copy = popup.getByRole('button', { name: 'Copy facts as Markdown' });
    await expect.poll(() => copy.isEnabled()).toBe(true);
    await copy.click();
    await expect.poll(() => clipboardOf(popup)).toMatch(/^## /);
    const markdown = await clipboardOf(popup);
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toHaveLength(topics.length);
    expect(headings).toContain('## Iran');
    const items = markdown.split('\n').filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThanOrEqual(topics.length);
    expect(items.every((l) => /\(Sources?: .+\)$/.test(l))).toBe(true);
    // The newest facts are reported ones, dated, with their sources linked.
    const linked = items.filter((l) => /^- \*\*[^*]+\*\*: .+\[“[^”]+”\]\(https:\/\/[^)\s]+\)/.test(l));
    expect(linked.length).toBeGreaterThanOrEqual(topics.length);
    expect(await liveRegionOf(popup)).toEqual({
      live: 'polite',
      text: `Copied ${items.length} facts with their sources as Markdown`,
    });
    await popup.close();
    await page.close();
  });

  it('sent nothing anywhere', () => {
    expect(env.ext.outsideRequests).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dialogsInAccessibilityTree,
  mentionsOf,
  pointOfWord,
  waitForCard,
} from '../../scripts/demo-steps.mjs';
import { browserWithPages } from './support/extension';

/** How many ranges each topic's highlight draws on the page right now (the active mark left out). */
function drawn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('backstory-') && name !== 'backstory-active') out[name.slice(10)] = highlight.size;
    return out;
  });
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('a calm page on request', () => {
  const env = browserWithPages({ viewport: { width: 1100, height: 800 }, realKeyboard: true });
  const setAmount = (amount: string) =>
    env.ext.worker.evaluate((a) => chrome.storage.sync.set({ highlightAmount: a }), amount);
  afterEach(async () => {
    await env.ext.worker.evaluate(() => chrome.storage.sync.remove('highlightAmount'));
  });

  async function open(): Promise<{ page: Page; mentions: number }> {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/sample-news.html`);
    await page.bringToFront();
    const { mentions } = await mentionsOf(env.ext.worker, page);
    return { page, mentions: mentions.length };
  }

  it('draws only the first mention of each topic when asked, and every one again after', async () => {
    await setAmount('first');
    const { page, mentions } = await open();
    const topics = Object.keys(await drawn(page)).length;
    await expect.poll(async () => Object.values(await drawn(page))).toEqual(Array(topics).fill(1));
    expect(mentions).toBeGreaterThan(topics);
    await setAmount('all');
    await expect.poll(async () => total(await drawn(page))).toBe(mentions);
    await page.close();
  });

  it('draws none until asked, while the keys still reach every mention', async () => {
    await setAmount('none');
    const { page, mentions } = await open();
    expect(mentions).toBeGreaterThan(3);
    expect(await drawn(page)).toEqual({});
    // Resting on a mention that is not drawn opens nothing.
    const point = await pointOfWord(page, 'Bushehr');
    await page.mouse.move(point!.x, point!.y);
    await page.waitForTimeout(900);
    expect(await dialogsInAccessibilityTree(page)).toEqual([]);
    // The keys do.
    await env.ext.pressShortcut('Alt+Shift+K');
    await expect.poll(async () => (await dialogsInAccessibilityTree(page)).length).toBe(1);
    await page.close();
  });

  it('hides and shows every highlight with Alt+Shift+H, and says so', async () => {
    const { page, mentions } = await open();
    await expect.poll(async () => total(await drawn(page))).toBe(mentions);
    await env.ext.pressShortcut('Alt+Shift+H');
    await expect.poll(() => drawn(page)).toEqual({});
    await expect.poll(() => statusTexts(page)).toContainEqual(expect.stringMatching(/highlights hidden/));
    // Hidden highlights do not open cards either.
    const point = await pointOfWord(page, 'Bushehr');
    await page.mouse.move(point!.x, point!.y);
    await page.waitForTimeout(900);
    expect(await dialogsInAccessibilityTree(page)).toEqual([]);
    await env.ext.pressShortcut('Alt+Shift+H');
    await expect.poll(async () => total(await drawn(page))).toBe(mentions);
    await expect.poll(() => statusTexts(page)).toContainEqual(expect.stringMatching(/highlights shown/));
    await page.mouse.move(point!.x + 1, point!.y);
    await waitForCard(page, 'Bushehr');
    await page.close();
  });
});

/** What the live regions on the page say (closed shadow roots included), through the accessibility tree. */
async function statusTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (id: string): string => {
      const n = byId.get(id);
      if (!n) return '';
      if (n.role?.value === 'StaticText') return String(n.name?.value ?? '');
      return (n.childIds ?? []).map(textOf).join('');
    };
    return nodes.filter((n) => n.role?.value === 'status').map((n) => textOf(n.nodeId));
  } finally {
    await cdp.detach();
  }
}

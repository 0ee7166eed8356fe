import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dialogsInAccessibilityTree,
  mentionsOf,
  pointOfWord,
  waitForCard,
} from '../../scripts/demo-steps.mjs';
import { cardBox, clickInCard } from './support/card-box';
import { browserWithPages } from './support/extension';

const PHONE = { width: 390, height: 844 };

describe('on a phone (touch, 390 × 844)', () => {
  const env = browserWithPages({ viewport: PHONE, device: { hasTouch: true, isMobile: true } });

  async function open(path: string): Promise<Page> {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/${path}`);
    await mentionsOf(env.ext.worker, page); // scanned
    return page;
  }
  async function tap(page: Page, word: string): Promise<void> {
    const point = await pointOfWord(page, word);
    if (!point) throw new Error(`${word} not on the page`);
    await page.touchscreen.tap(point.x, point.y);
  }
  const dialogs = (page: Page) => dialogsInAccessibilityTree(page);
  const viewportOf = (page: Page) =>
    page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));

  it('opens the card on a tap, as a sheet along the bottom wholly inside the viewport', async () => {
    const page = await open('touch.html');
    await tap(page, 'Putin');
    await waitForCard(page, 'Putin');
    const viewport = await viewportOf(page);
    // A sheet: as wide as the screen, resting on its bottom edge (once its 120 ms entry animation is over).
    await expect
      .poll(async () => {
        const b = await cardBox(page, 'Putin');
        return !!b && b.width > viewport.width - 2 && Math.abs(b.y + b.height - viewport.height) < 2;
      })
      .toBe(true);
    const box = (await cardBox(page, 'Putin'))!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
    // The mention stays visible above it.
    const mention = (await pointOfWord(page, 'Putin'))!;
    expect(mention.y).toBeLessThan(box.y);
    await page.close();
  });

  it('does not follow the link under a tapped mention; the close button and a tap elsewhere close the card', async () => {
    const page = await open('touch.html');
    const url = page.url();
    await tap(page, 'Iran');
    await waitForCard(page, 'Iran');
    expect(page.url()).toBe(url);
    await clickInCard(page, /^Close$/, { touch: true });
    await expect.poll(() => dialogs(page)).toEqual([]);
    expect(page.url()).toBe(url);

    await tap(page, 'Putin');
    await waitForCard(page, 'Putin');
    await tap(page, 'Energy talks resume');
    await expect.poll(() => dialogs(page)).toEqual([]);
    await page.close();
  });

  it('a tap on the card itself stays in the card', async () => {
    const page = await open('touch.html');
    await tap(page, 'Iran');
    await waitForCard(page, 'Iran');
    const box = (await cardBox(page, 'Iran'))!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + 30);
    await page.waitForTimeout(300);
    expect(await dialogs(page)).toHaveLength(1);
    expect(page.url()).toContain('touch.html');
    await page.close();
  });

  it('scrolls a mention the sheet would cover into the space above it', async () => {
    const page = await open('touch.html');
    await page.evaluate(() => document.getElementById('low')!.scrollIntoView({ block: 'end' }));
    await tap(page, 'Bushehr');
    await waitForCard(page, 'Bushehr');
    await expect
      .poll(async () => {
        const box = await cardBox(page, 'Bushehr');
        const mention = await pointOfWord(page, 'Bushehr');
        return !!box && !!mention && mention.y > 0 && mention.y < box.y;
      })
      .toBe(true);
    await page.close();
  });
});

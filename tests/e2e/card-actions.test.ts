import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dialogsInAccessibilityTree,
  mentionsOf,
  pointOfWord,
  waitForCard,
} from '../../scripts/demo-steps.mjs';
import { clickInCard } from './support/card-box';
import { browserWithPages, openExtensionPage } from './support/extension';

describe('what a reader can do from the card', () => {
  const env = browserWithPages();
  let page: Page;

  beforeAll(async () => {
    page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/distractors.html`);
  });

  const listed = async () =>
    (await mentionsOf(env.ext.worker, page)).mentions.map((m) => `${m.topic}:${m.text}`);

  it('counts the page’s mentions on the toolbar badge', async () => {
    const { tabId } = await mentionsOf(env.ext.worker, page);
    await expect
      .poll(() => env.ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('2');
  });

  it('updates the badge when the page adds a mention later', async () => {
    const later = await env.ext.context.newPage();
    await later.goto(`${env.server.url}/distractors.html`);
    const { tabId } = await mentionsOf(env.ext.worker, later);
    const badge = () => env.ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('2');
    await later.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later that day, Iran said it would answer.';
      document.body.append(p);
    });
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    await later.close();
  });

  it('opens the full topic view for the page from “All … facts”', async () => {
    const point = await pointOfWord(page, 'SWIFT,');
    await page.mouse.move(point!.x - 10, point!.y);
    await waitForCard(page, 'SWIFT');
    const opened = env.ext.context.waitForEvent('page');
    await clickInCard(page, /^All \d+ facts about SWIFT/);
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/popup\.html\?topic=swift&tab=\d+$/);
    await expect.poll(() => tab.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe('swift');
    await tab.close();
  });

  it('forgets a wrong meaning for this site when the reader says so, and the options list it', async () => {
    await page.bringToFront();
    await page.mouse.move(1, 1);
    const point = await pointOfWord(page, 'Moscow warned');
    await page.mouse.move(point!.x - 20, point!.y);
    await waitForCard(page, 'Russia');
    expect(await listed()).toEqual(['swift:SWIFT', 'russia:Moscow']);
    await clickInCard(page, /^Not this meaning$/);
    await expect.poll(listed).toEqual(['swift:SWIFT']);
    expect(await dialogsInAccessibilityTree(page)).toEqual([]);
    const options = await openExtensionPage(env.ext, 'options.html');
    const remove = options.getByRole('button', { name: /Remove correction/ });
    await expect.poll(() => remove.count()).toBe(1);
    await remove.click();
    await expect.poll(listed).toEqual(['swift:SWIFT', 'russia:Moscow']);
    await options.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionsOf, pointOfWord, waitForCard } from '../../scripts/demo-steps.mjs';
import type { StaticServer } from '../../scripts/static-server.mjs';
import { cardBox } from './support/card-box';
import { openExtensionPage, startBrowser, type ExtensionBrowser } from './support/extension';
import { servePages } from './support/pages';

/** The accessible names of the buttons in the page's first dialog (the card, in its closed shadow root). */
async function cardButtonNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => n.role?.value === 'button').map((n) => String(n.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}

/** Chromium speaking `lang` (its interface language, which the extension follows by default). */
function browserIn(lang: string | undefined) {
  const env = {} as { ext: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    env.server = await servePages();
    env.ext = await startBrowser({ extraArgs: lang ? [`--lang=${lang}`] : [] });
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

async function openCard(env: { ext: ExtensionBrowser; server: StaticServer }, word: string) {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.url}/sample-news.html`);
  await mentionsOf(env.ext.worker, page);
  const point = await pointOfWord(page, word);
  await page.mouse.move(point!.x, point!.y);
  return page;
}

describe('Chromium in Persian', () => {
  const env = browserIn('fa');

  it('lays the popup out right to left and labels its search field in Persian', async () => {
    const popup = await openExtensionPage(env.ext, 'popup.html');
    await expect
      .poll(() => popup.evaluate(() => getComputedStyle(document.documentElement).direction))
      .toBe('rtl');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fa');
    const field = popup.getByRole('searchbox');
    expect(await field.getAttribute('aria-label')).toMatch(/جست/);
    await popup.close();
  });

  it('mirrors the card and speaks Persian in it', async () => {
    const page = await openCard(env, 'Bushehr');
    await waitForCard(page, 'بوشهر');
    await expect.poll(() => cardButtonNames(page)).toContain('بستن');
    const box = await cardBox(page, 'بوشهر');
    expect(box).toBeDefined();
    await page.close();
  });
});

describe('Chromium in Russian', () => {
  const env = browserIn('ru');

  it('names the card’s close button in Russian and gives the topic its Russian name', async () => {
    const page = await openCard(env, 'Putin');
    await waitForCard(page, 'Путин');
    await expect.poll(() => cardButtonNames(page)).toContain('Закрыть');
    await page.close();
  });
});

describe('a language chosen in the options', () => {
  const env = browserIn(undefined);

  it('is what the card speaks, whatever the browser’s language', async () => {
    await env.ext.worker.evaluate(() => chrome.storage.sync.set({ uiLanguage: 'de' }));
    const page = await openCard(env, 'Putin');
    await waitForCard(page, 'Putin');
    await expect.poll(() => cardButtonNames(page)).toContain('Schließen');
    await env.ext.worker.evaluate(() => chrome.storage.sync.remove('uiLanguage'));
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { browserWithPages } from './support/extension';

/**
 * The page app carries the Latin-script aliases; each other script group is a module of its own that a page
 * loads only when it holds text in that script (utils/matching/script-groups.ts).
 */
describe('script groups', () => {
  const env = browserWithPages();

  /** Opens `path` and records which script group modules the page loads. */
  async function open(path: string): Promise<{ page: Page; groups: () => string[] }> {
    const page = await env.ext.context.newPage();
    // A dynamic URL is requested, then redirected to the extension's own: each group shows up twice.
    const requested = new Set<string>();
    page.on('request', (request) => {
      const group = /\/script-(\w+)\.js$/.exec(request.url())?.[1];
      if (group !== undefined) requested.add(group);
    });
    await page.goto(`${env.server.url}/${path}`);
    return { page, groups: () => [...requested] };
  }
  const listed = async (page: Page) =>
    (await mentionsOf(env.ext.worker, page)).mentions.map((m) => `${m.topic}:${m.text}`);

  it('loads the Cyrillic group on a page in Russian, and finds its mentions and its context words', async () => {
    const { page, groups } = await open('news-russian.html');
    expect(await listed(page)).toEqual([
      // "заявила" after "Москва" is a government signal that only the Cyrillic group's words hold.
      'russia:Москва',
      'putin:Путин',
      'iran:Ирана',
      'russia:Кремле',
      'russia:Российские',
      'swift:SWIFT',
    ]);
    expect(groups()).toEqual(['cyrillic']);
    await page.close();
  });

  it('loads no other group on a page written in Latin script', async () => {
    const { page, groups } = await open('place-names.html');
    expect(await listed(page)).toEqual(['russia:Russian']);
    expect(groups()).toEqual([]);
    await page.close();
  });

  it('loads a group when text in its script arrives later, then finds its mentions', async () => {
    const { page, groups } = await open('place-names.html');
    expect(await listed(page)).toEqual(['russia:Russian']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'ישראל ואיראן ניהלו שיחות.';
      document.body.append(p);
    });
    await expect.poll(() => listed(page)).toEqual(['russia:Russian', 'iran:איראן']);
    expect(groups()).toEqual(['hebrew']);
    await page.close();
  });
});

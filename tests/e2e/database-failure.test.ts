import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, mentionsOf, pointOfWord, waitForCard } from '../../scripts/demo-steps.mjs';
import type { StaticServer } from '../../scripts/static-server.mjs';
import { openExtensionPage, startBrowser, type ExtensionBrowser } from './support/extension';
import { servePages } from './support/pages';

describe('when IndexedDB fails', () => {
  let ext: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await servePages();
    ext = await startBrowser();
    // A damaged database: a later version on disk has lost the fact tables, so every read fails
    // (NotFoundError), in the popup and in the worker alike.
    await ext.worker.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const req = indexedDB.open('backstory', 100_000);
          req.onupgradeneeded = () => {
            for (const store of ['facts', 'topics']) {
              if (req.result.objectStoreNames.contains(store)) req.result.deleteObjectStore(store);
            }
          };
          req.onsuccess = () => {
            req.result.close();
            ok();
          };
          req.onerror = () => fail(req.error);
        }),
    );
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the popup says so and still searches the built-in facts', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await expect.poll(() => popup.getByText(/Offline copy/).count()).toBeGreaterThan(0);
    await popup.getByRole('searchbox').fill('Bushehr');
    await expect
      .poll(() => popup.getByRole('listitem').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/2013/)]));
    await popup.close();
  });

  it('the card still shows facts, from the bundled copy, and says so', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/sample-news.html`);
    await mentionsOf(ext.worker, page);
    const point = await pointOfWord(page, 'Bushehr');
    await page.mouse.move(point!.x, point!.y);
    await waitForCard(page, 'Bushehr');
    await expect.poll(() => cardText(page, 'Bushehr')).toMatch(/Offline copy/);
    expect(await cardText(page, 'Bushehr')).toMatch(/2013/);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardText, mentionsOf, pointOfWord, waitForCard } from '../../scripts/demo-steps.mjs';
import { browserWithPages } from './support/extension';

const MARKER = 'Marker text written into IndexedDB by the test';

describe('the built extension on a news page', () => {
  const env = browserWithPages();
  let page: Page;
  const url = () => `${env.server.url}/sample-news.html`;

  it('fills its database in the extension origin, where the card reads it', async () => {
    // Rewrite one Bushehr fact inside the extension's own IndexedDB: if the card shows the new text,
    // the card's facts came from the database, not from a copy bundled in the content script.
    await env.ext.worker.evaluate(async (marker) => {
      const open = () =>
        new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('backstory');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
      for (let i = 0; i < 50; i++) {
        const db = await open();
        const count = await new Promise<number>((ok) => {
          if (!db.objectStoreNames.contains('facts')) return ok(0);
          const req = db.transaction('facts').objectStore('facts').count();
          req.onsuccess = () => ok(req.result);
        });
        if (count > 0) {
          await new Promise<void>((ok, fail) => {
            const tx = db.transaction('facts', 'readwrite');
            const store = tx.objectStore('facts');
            const get = store.get('bushehr-built-by-russia');
            get.onsuccess = () => store.put({ ...get.result, text: marker });
            tx.oncomplete = () => ok();
            tx.onerror = () => fail(tx.error);
          });
          db.close();
          return;
        }
        db.close();
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the database was never filled');
    }, MARKER);
  });

  it('answers page-mentions with every mention in document order', async () => {
    page = await env.ext.context.newPage();
    await page.goto(url());
    const { mentions } = await mentionsOf(env.ext.worker, page);
    const texts = mentions.map((m) => `${m.topic}:${m.text}`);
    expect(texts.slice(0, 4)).toEqual(['iran:Tehran', 'russia:Moscow', 'iran:Iran', 'russia:Russia']);
    expect(texts).toContain('bushehr:Bushehr nuclear power plant');
    expect(texts).toContain('putin:Vladimir Putin');
    expect(texts).toContain('swift:SWIFT');
    expect(texts).toContain('russia:Россия');
    expect(texts).toContain('iran:ایران');
    expect(texts).toContain('russia:俄罗斯');
  });

  it('opens a card with facts from IndexedDB when the pointer rests on a mention', async () => {
    const point = await pointOfWord(page, 'Bushehr');
    expect(point).toBeDefined();
    await page.mouse.move(point!.x, point!.y);
    await waitForCard(page, 'Bushehr');
    await expect.poll(async () => cardText(page, 'Bushehr'), { timeout: 3000 }).toContain(MARKER);
  });

  it('leaves no database of ours in the web page origin', async () => {
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toEqual([]);
  });

  it('sent nothing anywhere', () => {
    expect(env.ext.outsideRequests).toEqual([]);
  });
});

import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, tabIdOf } from '../../scripts/demo-steps.mjs';
import { closeCard, hoverForCard, pointOfWord } from './support/hostile-card';
import { watchWorkerStatus } from './support/worker-status';
import {
  highlightSizes,
  mentionTexts,
  recordEveryWorld,
  startHostileSession,
  type HostileSession,
} from './support/hostile-session';

const ARTICLE = ['bushehr:Bushehr', 'iran:Iran', 'russia:Russia', 'putin:Putin'];
const ARTICLE_SIZES = {
  'backstory-iran': 1,
  'backstory-russia': 1,
  'backstory-putin': 1,
  'backstory-bushehr': 1,
  'backstory-swift': 0,
  'backstory-active': 0,
};

/** Resolves with the next service worker of the extension that starts. */
function nextWorker(session: HostileSession): Promise<Worker> {
  const origin = `chrome-extension://${session.ext.extensionId}/`;
  return new Promise((resolve) => {
    const onWorker = (w: Worker) => {
      if (!w.url().startsWith(origin)) return;
      session.ext.context.off('serviceworker', onWorker);
      resolve(w);
    };
    session.ext.context.on('serviceworker', onWorker);
  });
}

describe('service worker stops and extension reloads', () => {
  let session: HostileSession;
  let page: Page;
  let everyWorld: string[];

  beforeAll(async () => {
    session = await startHostileSession({ realKeyboard: true });
    page = await session.ext.context.newPage();
    everyWorld = await recordEveryWorld(page);
    await page.goto(session.url('plain-article.html'));
    expect(await mentionTexts(session, page)).toEqual(ARTICLE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('wakes the stopped service worker on the next hover; the card shows facts from the database', async () => {
    await session.worker().evaluate(() => {
      (globalThis as { __beforeStop?: boolean }).__beforeStop = true;
    });
    const status = await watchWorkerStatus(page);
    await status.stopAll();
    await expect.poll(status.latest).toBe('stopped');
    await page.waitForTimeout(500);
    expect(status.latest()).toBe('stopped'); // nothing else woke it

    await hoverForCard(page, 'Iran', 'Iran');
    // The database's answer lists "All N facts"; the bundled fallback would offer only "Open Backstory".
    await expect.poll(() => cardText(page, 'Iran'), { timeout: 5000 }).toMatch(/All \d+ facts about Iran/);
    await closeCard(page);
    expect(status.latest()).toBe('running');
    // A fresh start of the worker, not the old one still running.
    expect(
      await session.worker().evaluate(() => (globalThis as { __beforeStop?: boolean }).__beforeStop),
    ).toBeUndefined();
    await status.detach();
  });

  describe('after chrome.runtime.reload() with a tab open', () => {
    let oldTab: number;
    let reloadedWorker: Worker;

    it('reloads: the old service worker goes away and a new one starts', async () => {
      oldTab = await tabIdOf(session.worker(), page);
      // A reloaded unpacked extension stays enabled only in developer mode (a user loading it has that on;
      // a fresh test profile has it off, and Chromium would disable the extension as "unsupported").
      const settings = await session.ext.context.newPage();
      await settings.goto('chrome://extensions');
      await settings.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
      );
      await settings.close();
      const old = session.worker();
      const closed = new Promise<void>((resolve) => old.once('close', () => resolve()));
      const started = nextWorker(session);
      await old.evaluate(() => chrome.runtime.reload());
      await closed;
      reloadedWorker = await started;
      expect(reloadedWorker).not.toBe(old);
    });

    it('has the old content script tear down its highlights (no stale copy left behind)', async () => {
      await expect
        .poll(async () => Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0), {
          timeout: 3000,
        })
        .toBe(0);
    });

    it('leaves the old tab quiet: hovering and the shortcut raise no error anywhere', async () => {
      const point = await pointOfWord(page, 'Putin');
      await page.mouse.move(1, 1);
      await page.mouse.move(point!.x, point!.y, { steps: 3 });
      await page.bringToFront();
      await session.ext.pressShortcut('Alt+Shift+K');
      await page.waitForTimeout(1500);
      expect(everyWorld.filter((m) => /context invalidated/i.test(m))).toEqual([]);
      expect(everyWorld).toEqual([]);
    });

    it('takes over a newly loaded tab: page-mentions answers and each highlight is registered once', async () => {
      const fresh = await session.ext.context.newPage();
      await fresh.goto(session.url('plain-article.html'));
      expect(await mentionTexts(session, fresh)).toEqual(ARTICLE);
      expect(await highlightSizes(fresh)).toEqual(ARTICLE_SIZES);
      await hoverForCard(fresh, 'Putin', 'Putin');
      await closeCard(fresh);
    });

    it('does not inject into the already-open tab (Chrome never does), so page-mentions finds no receiver there', async () => {
      const outcome = await reloadedWorker.evaluate(async (id) => {
        try {
          return JSON.stringify(await chrome.tabs.sendMessage(id, { type: 'page-mentions' }));
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      }, oldTab);
      expect(outcome).toMatch(/Receiving end does not exist/);
    });

    it('takes over the old tab once it is reloaded, without doubled highlights', async () => {
      await page.reload();
      expect(await mentionTexts(session, page)).toEqual(ARTICLE);
      expect(await highlightSizes(page)).toEqual(ARTICLE_SIZES);
    });
  });

  it('sent nothing anywhere', () => {
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, mentionsOf } from '../../scripts/demo-steps.mjs';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/launch.mjs';
import type { StaticServer } from '../../scripts/static-server.mjs';
import { dataset } from '../../data/index';
import { filterFacts, orderTimeline } from '../../utils/search/timeline';
import { readDatabase } from './support/extension-db';
import { closeCard, hoverForCard } from './support/hostile-card';
import { servePages } from './support/pages';

const OFFLINE = /Offline copy/;
// The card on the sample page leads with the seed article's Bushehr fact; Browse lists newest first.
const bushehrFact = dataset.facts.find((f) => f.id === 'bushehr-built-by-russia')!;
const savedFact = orderTimeline(filterFacts(dataset.facts, { topic: 'bushehr' }))[0]!;

/** Everything the extension keeps in chrome.storage (settings, corrections), read in its service worker. */
function storedSettings(ext: LaunchedExtension) {
  return ext.worker.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

function openPopup(ext: LaunchedExtension): Promise<Page> {
  return ext.context.newPage().then(async (page) => {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    return page;
  });
}

/** The popup's Browse view narrowed to Bushehr, optionally to saved facts only. */
async function browseBushehr(popup: Page, savedOnly: boolean) {
  await popup.getByRole('tab', { name: 'Browse' }).click();
  await popup.getByRole('combobox', { name: 'Topic' }).selectOption('bushehr');
  if (savedOnly) await popup.getByRole('checkbox', { name: 'Saved only' }).check();
  return popup.getByRole('tabpanel').getByRole('listitem');
}

/**
 * A real IndexedDB failure, no mocks: between two starts of the browser, the directory that holds the
 * extension origin's IndexedDB is moved aside and a regular file put in its place, so Chromium cannot open
 * the backing store ("Internal error opening backing store"). Then the directory comes back.
 * (A quota override through CDP, Storage.overrideQuotaForOrigin, makes a web origin's writes fail but leaves
 * an extension origin's writes succeeding, so it cannot stand in for a failing database here.)
 */
describe('when IndexedDB fails, and when it recovers', () => {
  let server: StaticServer;
  let profile: string;
  let ext: LaunchedExtension | undefined;
  let settingsBefore: Awaited<ReturnType<typeof storedSettings>>;
  let store: string;

  const start = async () => {
    ext = await launchWithExtension({ profile });
    return ext;
  };
  const stop = async () => {
    await ext?.context.close();
    ext = undefined;
  };

  beforeAll(async () => {
    server = await servePages();
  });
  afterAll(async () => {
    await stop();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('first, with a working database: the reader saves a fact and changes a setting', async () => {
    const first = await launchWithExtension();
    ext = first;
    profile = first.profile;
    store = join(
      profile,
      'Default',
      'IndexedDB',
      `chrome-extension_${first.extensionId}_0.indexeddb.leveldb`,
    );
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'SWIFT', exact: true }).uncheck();
    await expect.poll(async () => (await storedSettings(first)).sync).not.toEqual({});
    settingsBefore = await storedSettings(first);

    const popup = await openPopup(first);
    const items = await browseBushehr(popup, false);
    const item = items.filter({ hasText: savedFact.text });
    await item.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => item.getByRole('button', { name: 'Save' }).getAttribute('aria-pressed'))
      .toBe('true');
    const saved = (await readDatabase(popup, ['saved'])).rows.saved as Array<{ factId: string }>;
    expect(saved.map((r) => r.factId)).toEqual([savedFact.id]);
    await stop();
  });

  describe('with the database unopenable', () => {
    beforeAll(async () => {
      renameSync(store, `${store}.aside`);
      writeFileSync(store, 'not a database');
      await start();
    });

    it('IndexedDB itself really fails in the extension’s origin', async () => {
      const outcome = await ext!.worker.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('backstory');
            open.onsuccess = () => resolve('opened');
            open.onerror = () => resolve(`${open.error?.name}: ${open.error?.message}`);
          }),
      );
      expect(outcome).toMatch(/^UnknownError: Internal error opening backing store/);
    });

    it('a card on a page still shows facts, from the bundled copy, and says so', async () => {
      const page = await ext!.context.newPage();
      await page.goto(`${server.url}/sample-news.html`);
      await mentionsOf(ext!.worker, page);
      await hoverForCard(page, 'Bushehr', 'Bushehr');
      await expect.poll(() => cardText(page, 'Bushehr'), { timeout: 5000 }).toMatch(OFFLINE);
      expect(await cardText(page, 'Bushehr')).toContain(bushehrFact.text);
      await closeCard(page);
      await page.close();
    });

    it('the popup says so, still searches the built-in facts, and switches saving off', async () => {
      const popup = await openPopup(ext!);
      await expect.poll(() => popup.getByText(OFFLINE).count()).toBeGreaterThan(0);
      await popup.getByRole('searchbox').fill('Bushehr');
      await expect
        .poll(() => popup.getByRole('listitem').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringMatching(/Bushehr/)]));
      await popup.getByRole('searchbox').fill('');
      await browseBushehr(popup, false);
      expect(await popup.getByRole('checkbox', { name: 'Saved only' }).isDisabled()).toBe(true);
      await popup.close();
    });

    it('leaves the settings as they were', async () => {
      expect(await storedSettings(ext!)).toEqual(settingsBefore);
      await stop();
    });
  });

  describe('after the failure clears', () => {
    beforeAll(async () => {
      rmSync(store);
      renameSync(`${store}.aside`, store);
      await start();
    });

    it('the saved fact and the settings are all still there; the popup reads the database again', async () => {
      expect(await storedSettings(ext!)).toEqual(settingsBefore);
      const popup = await openPopup(ext!);
      const items = await browseBushehr(popup, true);
      await expect.poll(() => items.allTextContents()).toEqual([expect.stringContaining(savedFact.text)]);
      expect(await popup.getByText(OFFLINE).count()).toBe(0);
      await popup.close();
    });

    it('sent nothing anywhere', () => {
      expect(ext!.outsideRequests).toEqual([]);
    });
  });
});
